using System.Linq;
using ArticleCompiler.Tests.Shared;
using Microsoft.CodeAnalysis;
using Xunit;

namespace ArticleCompiler.Generators.Tests;

/// <summary>
/// .editorconfig severities apply to findings in article files, as they do to analyzers' findings
/// in C#. The build passes .editorconfig files to the generator as AdditionalFiles.
/// </summary>
public class SeverityConfigurationTests
{
    private const string UnknownKey = "---\nid: a\ntitle: T\ncategroy: x\n---\n";

    private static Diagnostic[] Run(params AdditionalText[] editorConfigs)
    {
        var files = editorConfigs.Append(GeneratorHarness.Article("news/a.article.md", UnknownKey));
        GeneratorHarness.Driver(files).RunGeneratorsAndUpdateCompilation(GeneratorHarness.Compilation(), out _, out var diagnostics);
        return diagnostics.ToArray();
    }

    private static AdditionalText EditorConfig(string folder, string text) => new ArticleText(folder + "/.editorconfig", text);

    [Theory]
    [InlineData("error", DiagnosticSeverity.Error)]
    [InlineData("warning", DiagnosticSeverity.Warning)]
    [InlineData("suggestion", DiagnosticSeverity.Info)]
    [InlineData("default", DiagnosticSeverity.Warning)]
    public void TheConfiguredSeverityIsTheReportedOne(string configured, DiagnosticSeverity reported)
    {
        var diagnostic = Assert.Single(Run(EditorConfig("/project", $"root = true\n[*.article.md]\ndotnet_diagnostic.ARTC201.severity = {configured}\n")));
        Assert.Equal(("ARTC201", reported), (diagnostic.Id, diagnostic.Severity));
    }

    [Theory]
    [InlineData("none")]
    [InlineData("silent")]
    public void NoneAndSilentSuppressTheFinding(string configured)
    {
        Assert.Empty(Run(EditorConfig("/project", $"[*]\ndotnet_diagnostic.artc201.severity = {configured}\n")));
    }

    [Theory]
    [InlineData(null, "ARTC104 Error, ARTC202 Warning")]
    [InlineData(SeverityCase.Swapped, "ARTC104 Warning, ARTC202 Error")]
    [InlineData(SeverityCase.Silenced, "")]
    public void TheSharedCaseGivesWhatArtcValidateGives(string? editorConfig, string expected)
    {
        // tests/ArticleCompiler.Cli.Tests/ValidateCommandTests asserts the same for artc validate.
        var files = new[] { GeneratorHarness.Article("/project/news/a.article.md", SeverityCase.Article) }
            .Concat(editorConfig is null ? new AdditionalText[0] : new[] { EditorConfig("/project", editorConfig) });
        GeneratorHarness.Driver(files).RunGeneratorsAndUpdateCompilation(GeneratorHarness.Compilation(), out _, out var diagnostics);

        Assert.Equal(expected, string.Join(", ", diagnostics.OrderBy(d => d.Id).Select(d => d.Id + " " + d.Severity)));
    }

    [Theory]
    [InlineData("KeysSilenced")]
    [InlineData("KeysAndSummarySilenced")]
    [InlineData("SummarySilenced")]
    [InlineData("UnknownSpeakersLowered")]
    public void TheLimitOnFindingsCountsTheConfiguredOnesAsArtcValidateDoes(string name)
    {
        // tests/ArticleCompiler.Cli.Tests/ValidateCommandTests asserts the same for artc validate.
        var (article, editorConfig, expected, exitCode) = SeverityCase.Limit[name];
        var files = new[] { GeneratorHarness.Article("/project/news/a.article.md", article), EditorConfig("/project", editorConfig) };
        GeneratorHarness.Driver(files).RunGeneratorsAndUpdateCompilation(GeneratorHarness.Compilation(), out _, out var diagnostics);

        Assert.Equal(expected, SeverityCase.Count(diagnostics.Select(d => (d.Id, d.Severity.ToString().ToLowerInvariant()))));
        Assert.Equal(exitCode == 1, diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error));
    }

    [Theory]
    [InlineData(null, DiagnosticSeverity.Warning)]
    [InlineData(UrlCase.Raised, DiagnosticSeverity.Error)]
    public void AUrlWithCredentialsIsReportedAtTheCredentialsAsArtcValidateReportsIt(string? editorConfig, DiagnosticSeverity severity)
    {
        // tests/ArticleCompiler.Cli.Tests/ValidateCommandTests asserts the same for artc validate.
        var files = new[] { GeneratorHarness.Article("/project/news/a.article.md", UrlCase.Article) }
            .Concat(editorConfig is null ? new AdditionalText[0] : new[] { EditorConfig("/project", editorConfig) });
        GeneratorHarness.Driver(files).RunGeneratorsAndUpdateCompilation(GeneratorHarness.Compilation(), out _, out var diagnostics);

        var diagnostic = Assert.Single(diagnostics);
        var span = diagnostic.Location.GetLineSpan();
        Assert.Equal(("ARTC207", severity, UrlCase.Message), (diagnostic.Id, diagnostic.Severity, diagnostic.GetMessage()));
        Assert.Equal(UrlCase.Position, $"{span.StartLinePosition.Line + 1},{span.StartLinePosition.Character + 1}-{span.EndLinePosition.Line + 1},{span.EndLinePosition.Character + 1}");
    }

    [Fact]
    public void EditorconfigRulesGiveWhatArtcValidateGives()
    {
        var files = new[] { GeneratorHarness.Article("/project/news/b.article.md", SeverityCase.Categorised), EditorConfig("/project", SeverityCase.Rules) };
        GeneratorHarness.Driver(files).RunGeneratorsAndUpdateCompilation(GeneratorHarness.Compilation(), out _, out var diagnostics);

        Assert.Equal(
            "ARTC112 Error (1,1), ARTC113 Error (4,11)",
            string.Join(", ", diagnostics.OrderBy(d => d.Id).Select(d => $"{d.Id} {d.Severity} ({d.Location.GetLineSpan().StartLinePosition.Line + 1},{d.Location.GetLineSpan().StartLinePosition.Character + 1})")));
    }

    [Fact]
    public void WithoutConfigurationTheDefaultSeverityHolds()
    {
        Assert.Equal(DiagnosticSeverity.Warning, Assert.Single(Run()).Severity);
    }

    [Fact]
    public void TheNearestEditorconfigWinsAndRootStopsTheSearch()
    {
        var outer = EditorConfig("", "[*.md]\ndotnet_diagnostic.ARTC201.severity = none\n");
        var project = EditorConfig("/project", "root = true\n[*.md]\ndotnet_diagnostic.ARTC201.severity = error\n");
        var news = EditorConfig("/project/news", "[*.article.md]\ndotnet_diagnostic.ARTC201.severity = suggestion\n");

        Assert.Equal(DiagnosticSeverity.Info, Assert.Single(Run(outer, project, news)).Severity);
        Assert.Equal(DiagnosticSeverity.Error, Assert.Single(Run(outer, project)).Severity);
    }

    [Fact]
    public void ASectionThatDoesNotMatchTheArticleChangesNothing()
    {
        Assert.Equal(DiagnosticSeverity.Warning, Assert.Single(Run(EditorConfig("/project", "[*.cs]\ndotnet_diagnostic.ARTC201.severity = none\n"))).Severity);
    }
}
