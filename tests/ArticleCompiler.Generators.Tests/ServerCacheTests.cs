using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;
using Steps = ArticleCompiler.Generators.ArticleGenerator.Steps;

namespace ArticleCompiler.Generators.Tests;

/// <summary>
/// The package's targets compile the articles' assembly with the compiler's
/// <c>enable-generator-cache</c> feature: the compiler server keeps the generator's driver between
/// builds and gives it the next build's options, parse options and files, each a new object
/// (Roslyn's <c>CommonCompiler.RunGenerators</c>). These tests take the same steps in process.
/// </summary>
public class ServerCacheTests
{
    // Seed copies; one quotes a speaker it does not define (ARTC104), two share an id (ARTC108).
    private static List<AdditionalText> Corpus()
    {
        var seed = GeneratorHarness.Seed;
        var files = new List<AdditionalText>();
        for (var i = 0; i < 20; i++)
        {
            var id = i == 8 ? "article-007" : $"article-{i:D3}";
            var text = seed.Replace("id: russia-us-syria", "id: " + id, System.StringComparison.Ordinal);
            if (i == 5)
            {
                var at = text.IndexOf("{@antonov}", System.StringComparison.Ordinal);
                text = text.Substring(0, at) + "{@antonv}" + text.Substring(at + "{@antonov}".Length);
            }

            files.Add(GeneratorHarness.Article($"news/a{i:D3}.article.md", text));
        }

        return files;
    }

    // The next build's files as the compiler reads them: new objects, the same text but for one.
    private static List<AdditionalText> NextBuild(List<AdditionalText> files, int edited) =>
        files.Select((file, i) => GeneratorHarness.Article(
            file.Path.Substring(GeneratorHarness.ProjectDirectory.Length + 1),
            i == edited ? file.GetText()!.ToString().Replace("Russia is ready to", "Russia is willing to", System.StringComparison.Ordinal) : file.GetText()!.ToString()))
        .ToList();

    private static IEnumerable<string> Describe(IEnumerable<Diagnostic> diagnostics) =>
        diagnostics.Select(d => d.ToString()).OrderBy(text => text, System.StringComparer.Ordinal);

    [Fact]
    public void AKeptDriverParsesOnlyTheEditedArticleAndGivesWhatAFreshOneGives()
    {
        var files = Corpus();
        var kept = GeneratorHarness.Driver(files).RunGeneratorsAndUpdateCompilation(GeneratorHarness.Compilation(), out _, out var firstFindings);
        Assert.Contains(firstFindings, d => d.Id == "ARTC104");
        Assert.Contains(firstFindings, d => d.Id == "ARTC108");

        // The next build, as the server runs it with the kept driver, and as a driver of its own.
        var next = NextBuild(files, edited: 12);
        var compilation = GeneratorHarness.Compilation();
        kept = kept
            .WithUpdatedParseOptions(new CSharpParseOptions(LanguageVersion.Latest))
            .WithUpdatedAnalyzerConfigOptions(GeneratorHarness.OptionsProvider())
            .ReplaceAdditionalTexts(next.ToImmutableArray())
            .RunGeneratorsAndUpdateCompilation(compilation, out var keptOutput, out var keptFindings);
        GeneratorHarness.Driver(next).RunGeneratorsAndUpdateCompilation(compilation, out var freshOutput, out var freshFindings);

        var result = kept.GetRunResult().Results.Single();
        var parse = result.TrackedSteps[Steps.Parse].SelectMany(run => run.Outputs).Select(output => output.Reason).ToList();
        Assert.Equal(20, parse.Count);
        Assert.Equal(1, parse.Count(reason => reason == IncrementalStepRunReason.Modified));
        Assert.Equal(19, parse.Count(reason => reason == IncrementalStepRunReason.Cached));

        // The same sources, and every finding again, those of unedited files included: a build that
        // failed on an article keeps failing until the article is mended.
        Assert.Equal(
            freshOutput.SyntaxTrees.Select(tree => tree.FilePath + "\n" + tree.GetText()),
            keptOutput.SyntaxTrees.Select(tree => tree.FilePath + "\n" + tree.GetText()));
        Assert.Equal(Describe(freshFindings), Describe(keptFindings));
        Assert.Equal(Describe(firstFindings), Describe(keptFindings));
    }
}
