using System;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using ArticleCompiler.Model;

namespace ArticleCompiler.Generators.Models;

/// <summary>
/// The articles emitted into one generated file. A file per article made the compiler pay per file
/// (a 1,000-article project compiled its generated code in 11 s as 1,000 files and in 7 s as one);
/// a fixed number of parts, each article in the part its id hashes to, keeps the file count small
/// while an edit still re-emits only the part that holds the article. A value, like every model.
/// </summary>
/// <param name="StringLiterals">
/// Whether the data goes in string literals rather than UTF-8 literals. A string literal compiles
/// far faster (a UTF-8 literal cost a build 1.2 s per 3.8 MB), but all of an assembly's string
/// literals share a 16 MB heap (CS8103), so only corpora whose data is well within it use them.
/// </param>
internal sealed record ArticleChunk(string Namespace, int Number, EquatableArray<ArticleSpec> Articles, bool StringLiterals)
{
    /// <summary>The most generated files the articles are spread over.</summary>
    public const int Parts = 32;

    /// <summary>The most characters of data kept in string literals: half of the heap they share with the consumer's own strings.</summary>
    public const int StringLiteralBudget = 4 * 1024 * 1024;

    /// <summary>The generated file's name.</summary>
    public string HintName => "Articles.Part" + Number.ToString("D2", CultureInfo.InvariantCulture) + ".g.cs";

    /// <summary>The non-empty parts, each with its articles in class-name order.</summary>
    public static ImmutableArray<ArticleChunk> Split(ImmutableArray<ArticleSpec> specs)
    {
        // Without UTF-8 literals (before C# 11) there is no choice.
        var stringLiterals = specs.Any(spec => !spec.UseUtf8Data) || specs.Sum(spec => (long)spec.Data.Length) <= StringLiteralBudget;
        // One file given twice is one spec twice (its class name is its own: the index names them).
        return specs
            .GroupBy(spec => spec.ClassName, StringComparer.Ordinal).Select(same => same.First())
            .GroupBy(spec => PartOf(spec.Id))
            .OrderBy(group => group.Key)
            .Select(group => new ArticleChunk(
                group.First().Namespace,
                group.Key,
                new EquatableArray<ArticleSpec>(group.OrderBy(spec => spec.ClassName, StringComparer.Ordinal).ToArray()),
                stringLiterals))
            .ToImmutableArray();
    }

    // A stable hash: an article stays in its part from one run (and process) to the next.
    private static int PartOf(string id) => (int)(Text.Fnv1a.Hash(id) % Parts);
}
