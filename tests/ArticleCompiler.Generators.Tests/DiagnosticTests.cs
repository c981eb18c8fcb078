using System.Linq;
using ArticleCompiler.Validation;
using Microsoft.CodeAnalysis;
using Xunit;

namespace ArticleCompiler.Generators.Tests;

public class DiagnosticTests
{
    private const string UnknownSpeaker =
        "---\nid: broken\ntitle: T\nspeakers:\n  antonov:\n    name: Anatoly Antonov\n---\n\n\"Ready to talk.\"{@antonv} Antonov said. \"Yes.\"{@antonov}\n";

    [Fact]
    public void AnUnknownSpeakerIsACompilerErrorAtTheLineAndColumnOfTheArticle()
    {
        var result = GeneratorHarness.Run(string.Empty, GeneratorHarness.Article("news/broken.article.md", UnknownSpeaker));

        var diagnostic = Assert.Single(result.GeneratorDiagnostics);
        Assert.Equal("ARTC104", diagnostic.Id);
        Assert.Equal(Microsoft.CodeAnalysis.DiagnosticSeverity.Error, diagnostic.Severity);
        Assert.Equal("unknown speaker 'antonv' (did you mean 'antonov'?)", diagnostic.GetMessage());
        var span = diagnostic.Location.GetLineSpan();
        Assert.Equal("/project/news/broken.article.md", span.Path);
        Assert.Equal((8, 17, 8, 24), (span.StartLinePosition.Line, span.StartLinePosition.Character, span.EndLinePosition.Line, span.EndLinePosition.Character));
        Assert.Equal("/project/news/broken.article.md(9,18): error ARTC104: unknown speaker 'antonv' (did you mean 'antonov'?)", diagnostic.ToString());
    }

    [Fact]
    public void TheGeneratorReportsWhatArtcValidateReportsForEveryBrokenArticle()
    {
        var folder = System.IO.Path.Combine(ArticleCompiler.Tests.Shared.RepositoryPaths.Root, "tests", "ArticleCompiler.Core.Tests", "Broken");
        foreach (var path in System.IO.Directory.EnumerateFiles(folder, "*.article.md"))
        {
            var text = System.IO.File.ReadAllText(path);
            var findings = ArticleValidator.Validate(text, new ValidationOptions(System.DateTimeOffset.UtcNow));
            var expected = FindingLimit.Configure(findings, new System.Collections.Generic.Dictionary<string, ArticleCompiler.Configuration.ConfiguredSeverity>())
                .Select(d => $"{d.Code} {d.Span.Line}:{d.Span.Column}-{d.Span.EndLine}:{d.Span.EndColumn} {d.Message}");

            var result = GeneratorHarness.Run(string.Empty, GeneratorHarness.Article("broken.article.md", text));

            var actual = result.GeneratorDiagnostics.Select(d =>
            {
                var s = d.Location.GetLineSpan();
                return $"{d.Id} {s.StartLinePosition.Line + 1}:{s.StartLinePosition.Character + 1}-{s.EndLinePosition.Line + 1}:{s.EndLinePosition.Character + 1} {d.GetMessage()}";
            });
            Assert.Equal(expected, actual);
            Assert.Empty(result.CompileProblems.Select(d => System.IO.Path.GetFileName(path) + ": " + d));
        }
    }

    [Fact]
    public void TheSameIdInTwoFilesIsReportedOnceAndOnlyTheFirstIsGenerated()
    {
        var article = "---\nid: same\ntitle: T\n---\n";
        var result = GeneratorHarness.Run(
            "public static class Use { public static object X() => Consumer.Articles.Same; }",
            GeneratorHarness.Article("a.article.md", article),
            GeneratorHarness.Article("b.article.md", article));

        var diagnostic = Assert.Single(result.GeneratorDiagnostics);
        Assert.Equal("ARTC108", diagnostic.Id);
        Assert.Equal("/project/b.article.md", diagnostic.Location.GetLineSpan().Path);
        Assert.Empty(result.CompileProblems);
    }

    [Fact]
    public void EveryCodeOfTheCatalogHasARoslynDescriptorWithTheSameSeverityAndTitle()
    {
        foreach (var descriptor in DiagnosticDescriptors.All)
        {
            var roslyn = Diagnostics.ArticleDiagnosticDescriptors.For(descriptor.Code);
            Assert.Equal(descriptor.Title, roslyn.Title.ToString());
            Assert.Equal(descriptor.DefaultSeverity.ToString(), roslyn.DefaultSeverity.ToString());
            Assert.Equal(descriptor.HelpLink, roslyn.HelpLinkUri);
        }
    }

    [Fact]
    public void TheReleaseTrackingFileListsEveryCodeWithItsCategoryAndSeverity()
    {
        var path = System.IO.Path.Combine(ArticleCompiler.Tests.Shared.RepositoryPaths.Root, "generators", "ArticleCompiler.Generators", "AnalyzerReleases.Unshipped.md");
        var rows = System.IO.File.ReadAllLines(path)
            .Where(line => line.StartsWith("ARTC", System.StringComparison.Ordinal))
            .Select(line => string.Join("|", line.Split('|').Take(3).Select(cell => cell.Trim())))
            .ToArray();

        var catalog = DiagnosticDescriptors.All.Select(d => $"{d.Code}|{d.Category}|{d.DefaultSeverity}").ToArray();

        Assert.Equal(catalog, rows);
    }

    [Fact]
    public void TwoFilesWithTheSameMalformedIdAreDuplicatesAsArtcValidateSays()
    {
        var article = "---\nid: Bad_Id\ntitle: T\n---\n";
        var result = GeneratorHarness.Run(string.Empty, GeneratorHarness.Article("a.article.md", article), GeneratorHarness.Article("b.article.md", article));
        Assert.Equal(new[] { "ARTC102", "ARTC102", "ARTC108" }, result.GeneratorDiagnostics.Select(d => d.Id).OrderBy(id => id));
    }

    [Fact]
    public void ANulCharacterIsNotTextInTheBuildToo()
    {
        var result = GeneratorHarness.Run(string.Empty, GeneratorHarness.Article("a.article.md", "---\nid: a\ntitle: T\n---\nab\0c\n"));
        var diagnostic = Assert.Single(result.GeneratorDiagnostics);
        Assert.Equal(("ARTC010", 5, 3), (diagnostic.Id, diagnostic.Location.GetLineSpan().StartLinePosition.Line + 1, diagnostic.Location.GetLineSpan().StartLinePosition.Character + 1));
    }
}
