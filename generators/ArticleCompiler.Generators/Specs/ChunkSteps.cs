using System;
using System.Collections.Immutable;
using System.Linq;
using ArticleCompiler.Generators.Models;
using ArticleCompiler.Model;

namespace ArticleCompiler.Generators.Specs;

/// <summary>The step that spreads the articles over the generated parts (<see cref="ArticleChunk"/>).</summary>
internal static class ChunkSteps
{
    /// <summary>The non-empty parts, each with its articles in class-name order.</summary>
    public static ImmutableArray<ArticleChunk> Split(ImmutableArray<EncodedArticle> articles)
    {
        // Without UTF-8 literals (before C# 11) there is no choice.
        var stringLiterals = articles.Any(article => !article.Spec.UseUtf8Data) || articles.Sum(article => (long)article.Data.Length) <= ArticleChunk.StringLiteralBudget;
        // One file given twice is one spec twice (its class name is its own: the index names them).
        return articles
            .GroupBy(article => article.Spec.ClassName, StringComparer.Ordinal).Select(same => same.First())
            .GroupBy(article => PartOf(article.Spec.Id))
            .OrderBy(group => group.Key)
            .Select(group => new ArticleChunk(
                group.First().Spec.Namespace,
                group.Key,
                new EquatableArray<EncodedArticle>(group.OrderBy(article => article.Spec.ClassName, StringComparer.Ordinal).ToArray()),
                stringLiterals))
            .ToImmutableArray();
    }

    // A stable hash: an article stays in its part from one run (and process) to the next.
    private static int PartOf(string id) => (int)(Text.Fnv1a.Hash(id) % ArticleChunk.Parts);
}
