using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using ArticleCompiler.Tests.Shared;
using Xunit;

namespace ArticleCompiler.Cli.Tests;

public class ValidateCommandTests
{
    [Theory]
    [InlineData(null, 1, "ARTC104 error, ARTC202 warning")]
    [InlineData(SeverityCase.Swapped, 1, "ARTC104 warning, ARTC202 error")]
    [InlineData(SeverityCase.Silenced, 0, "")]
    public void EditorconfigSeveritiesApplyAsInTheBuild(string? editorConfig, int exitCode, string expected)
    {
        // tests/ArticleCompiler.Generators.Tests/SeverityConfigurationTests asserts the same for the build.
        using var corpus = new TempCorpus();
        corpus.Write("news/a.article.md", SeverityCase.Article);
        if (editorConfig is not null)
        {
            corpus.Write(".editorconfig", editorConfig);
        }

        var result = Artc.InProcess("validate", corpus.Root, "--format", "msbuild");

        Assert.Equal(exitCode, result.ExitCode);
        var findings = result.Output.Split('\n').Where(l => l.Contains(": error ARTC") || l.Contains(": warning ARTC"))
            .Select(l => System.Text.RegularExpressions.Regex.Match(l, @": (error|warning) (ARTC\d+)")).Select(m => m.Groups[2].Value + " " + m.Groups[1].Value).OrderBy(f => f);
        Assert.Equal(expected, string.Join(", ", findings));
    }

    [Theory]
    [InlineData("KeysSilenced")]
    [InlineData("KeysAndSummarySilenced")]
    [InlineData("SummarySilenced")]
    [InlineData("UnknownSpeakersLowered")]
    public void TheLimitOnFindingsCountsTheConfiguredOnesAsInTheBuild(string name)
    {
        // tests/ArticleCompiler.Generators.Tests/SeverityConfigurationTests asserts the same for the build.
        var (article, editorConfig, expected, exitCode) = SeverityCase.Limit[name];
        using var corpus = new TempCorpus();
        corpus.Write("news/a.article.md", article);
        corpus.Write(".editorconfig", editorConfig);

        var result = Artc.InProcess("validate", corpus.Root, "--format", "msbuild");

        Assert.Equal(exitCode, result.ExitCode);
        var findings = result.Output.Split('\n').Select(l => System.Text.RegularExpressions.Regex.Match(l, @": (error|warning) (ARTC\d+)")).Where(m => m.Success);
        Assert.Equal(expected, SeverityCase.Count(findings.Select(m => (m.Groups[2].Value, m.Groups[1].Value))));
        Assert.Equal(exitCode, Artc.InProcess("export", corpus.Root).ExitCode);
    }

    [Theory]
    [InlineData(null, 0, "warning")]
    [InlineData(UrlCase.Raised, 1, "error")]
    public void AUrlWithCredentialsIsReportedWithACaretUnderThem(string? editorConfig, int exitCode, string severity)
    {
        // tests/ArticleCompiler.Generators.Tests/SeverityConfigurationTests asserts the same for the build.
        using var corpus = new TempCorpus();
        var article = corpus.Write("news/a.article.md", UrlCase.Article);
        if (editorConfig is not null)
        {
            corpus.Write(".editorconfig", editorConfig);
        }

        var result = Artc.InProcess("validate", article);

        Assert.Equal(exitCode, result.ExitCode);
        var lines = result.Output.Split('\n');
        var (line, column) = (UrlCase.Position.Split('-')[0].Split(',')[0], UrlCase.Position.Split('-')[0].Split(',')[1]);
        Assert.Equal($"{article}:{line}:{column}: {severity} ARTC207: {UrlCase.Message}", lines[0]);
        Assert.Equal("4 | url: https://jane@example.org:s3cret@www.newspaper.com/world/article-slug/", lines[1]);
        Assert.Equal("  |" + new string(' ', 14) + "^" + new string('~', "jane@example.org:s3cret".Length - 1), lines[2]);
    }

    [Fact]
    public void AFileWithThousandsOfFindingsOnOneLineShowsTheFirstHundredAndASummaryInEveryFormat()
    {
        using var corpus = new TempCorpus();
        var article = corpus.Write("news/a.article.md", "---\nid: a\ntitle: T\nspeakers:\n  a:\n    name: A\n---\n\n\"x\"{@a" + string.Concat(Enumerable.Repeat(" .y", 20000)) + "}\n");

        var text = Artc.InProcess("validate", article);
        var msbuild = Artc.InProcess("validate", article, "--format", "msbuild");
        using var json = JsonDocument.Parse(Artc.InProcess("validate", article, "--format", "json").Output);

        Assert.Equal(1, text.ExitCode);
        Assert.EndsWith("1 file checked: 100 errors, 1 warning.\n", text.Output);
        Assert.Contains($"{article}:9:305: error ARTC115: 19901 more findings in this file are not shown (19901 errors, 0 warnings): only the first 100 of a file are reported; the next one is here", text.Output);
        Assert.Equal(101, msbuild.Output.Split('\n').Count(l => l.Contains(": error ARTC") || l.Contains(": warning ARTC")));
        Assert.Equal(101, json.RootElement.GetProperty("diagnostics").GetArrayLength());

        // The caret line of a finding far along the line shows a window of it, not the line.
        Assert.All(text.Output.Split('\n'), l => Assert.True(l.Length < 400, l.Length.ToString()));
    }

    [Fact]
    public void EditorconfigRulesRequireKeysAndLimitCategoriesAsInTheBuild()
    {
        // tests/ArticleCompiler.Generators.Tests/SeverityConfigurationTests asserts the same for the build.
        using var corpus = new TempCorpus();
        var article = corpus.Write("news/b.article.md", SeverityCase.Categorised);
        corpus.Write(".editorconfig", SeverityCase.Rules);

        var result = Artc.InProcess("validate", corpus.Root, "--format", "msbuild");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains($"{article}(1,1): error ARTC112: the front matter has no 'source', which .editorconfig requires (artc_required_keys)", result.Output);
        Assert.Contains($"{article}(4,11): error ARTC113: category 'world' is not one of 'World', 'Politics' (artc_allowed_categories in .editorconfig)", result.Output);
        Assert.Equal(2, result.Output.Split('\n').Count(l => l.Contains(": error ")));
    }

    [Fact]
    public void AnEditorconfigAboveARootOneDoesNotApply()
    {
        using var corpus = new TempCorpus();
        corpus.Write(".editorconfig", SeverityCase.Silenced);
        corpus.Write("project/.editorconfig", "root = true\n");
        corpus.Write("project/news/a.article.md", SeverityCase.Article);

        var result = Artc.InProcess("validate", System.IO.Path.Combine(corpus.Root, "project"), "--format", "msbuild");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("error ARTC104", result.Output);
    }

    [Fact]
    public void TheSeedsValidateCleanThroughTheRealCommand()
    {
        var result = Artc.Process(Artc.RepositoryRoot, null, "validate", "seeds");
        Assert.Equal(0, result.ExitCode);
        Assert.Equal("4 files checked: 0 errors, 0 warnings.\n", result.Output);
        Assert.Equal(string.Empty, result.Error);
    }

    [Fact]
    public void TextFormatPrintsCompilerStyleLinesWithTheSourceLineAndACaret()
    {
        using var corpus = new TempCorpus();
        corpus.Write("broken.article.md", Samples.UnknownSpeaker);

        var result = Artc.Process(corpus.Root, null, "validate", "broken.article.md");

        Assert.Equal(1, result.ExitCode);
        var lines = result.Output.Split('\n');
        Assert.Equal("broken.article.md:9:18: error ARTC104: unknown speaker 'antonv' (did you mean 'antonov'?)", lines[0]);
        Assert.Equal("9 | \"Ready to talk.\"{@antonv} Antonov said. \"Yes.\"{@antonov}", lines[1]);
        Assert.Equal("  |                  ^~~~~~~", lines[2]);
        Assert.Equal("1 file checked: 1 error, 0 warnings.", lines[3]);
        Assert.DoesNotContain('\u001b', result.Output);
    }

    [Fact]
    public void MsBuildFormatPrintsOneCanonicalLinePerFinding()
    {
        using var corpus = new TempCorpus();
        corpus.Write("broken.article.md", Samples.UnknownSpeaker);
        corpus.Write("warned.article.md", Samples.WarningOnly);

        var result = Artc.Process(corpus.Root, null, "validate", ".", "--format", "msbuild");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(
            "broken.article.md(9,18): error ARTC104: unknown speaker 'antonv' (did you mean 'antonov'?)\n" +
            "warned.article.md(4,1): warning ARTC201: unknown front-matter key 'categroy' (did you mean 'category'?)\n",
            result.Output);
    }

    [Fact]
    public void JsonFormatIsOneDocumentWithCountsAndPositions()
    {
        using var corpus = new TempCorpus();
        var broken = corpus.Write("broken.article.md", Samples.UnknownSpeaker);
        corpus.Write("warned.article.md", Samples.WarningOnly);

        var result = Artc.InProcess("validate", corpus.Root, "--format", "json");

        Assert.Equal(1, result.ExitCode);
        using var document = JsonDocument.Parse(result.Output);
        var root = document.RootElement;
        Assert.Equal(2, root.GetProperty("files").GetInt32());
        Assert.Equal(1, root.GetProperty("errors").GetInt32());
        Assert.Equal(1, root.GetProperty("warnings").GetInt32());
        var first = root.GetProperty("diagnostics")[0];
        Assert.Equal("ARTC104", first.GetProperty("code").GetString());
        Assert.Equal("error", first.GetProperty("severity").GetString());
        Assert.Equal("unknown speaker 'antonv' (did you mean 'antonov'?)", first.GetProperty("message").GetString());
        Assert.Equal(broken, first.GetProperty("file").GetString());
        Assert.Equal((9, 18, 9, 25), (first.GetProperty("line").GetInt32(), first.GetProperty("column").GetInt32(), first.GetProperty("endLine").GetInt32(), first.GetProperty("endColumn").GetInt32()));
        Assert.Equal("warning", root.GetProperty("diagnostics")[1].GetProperty("severity").GetString());
    }

    [Fact]
    public void SarifFormatHasARulePerCodeAndResultsWithRegions()
    {
        using var corpus = new TempCorpus();
        corpus.Write("news/broken.article.md", Samples.UnknownSpeaker);

        var result = Artc.Process(corpus.Root, null, "validate", "news", "--format", "sarif");

        Assert.Equal(1, result.ExitCode);
        using var document = JsonDocument.Parse(result.Output);
        var root = document.RootElement;
        Assert.Equal("2.1.0", root.GetProperty("version").GetString());
        var run = root.GetProperty("runs")[0];
        var rules = run.GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray().ToArray();
        Assert.Equal(Validation.DiagnosticDescriptors.All.Count, rules.Length);
        var rule = rules.Single(r => r.GetProperty("id").GetString() == "ARTC104");
        Assert.Equal("UnknownSpeaker", rule.GetProperty("name").GetString());
        Assert.Equal("Unknown speaker", rule.GetProperty("shortDescription").GetProperty("text").GetString());
        Assert.Equal("error", rule.GetProperty("defaultConfiguration").GetProperty("level").GetString());
        var sarifResult = run.GetProperty("results").EnumerateArray().Single();
        Assert.Equal("ARTC104", sarifResult.GetProperty("ruleId").GetString());
        Assert.Equal(System.Array.IndexOf(rules.Select(r => r.GetProperty("id").GetString()).ToArray(), "ARTC104"), sarifResult.GetProperty("ruleIndex").GetInt32());
        Assert.Equal("error", sarifResult.GetProperty("level").GetString());
        var location = sarifResult.GetProperty("locations")[0].GetProperty("physicalLocation");
        Assert.Equal("news/broken.article.md", location.GetProperty("artifactLocation").GetProperty("uri").GetString());
        var region = location.GetProperty("region");
        Assert.Equal((9, 18, 9, 25), (region.GetProperty("startLine").GetInt32(), region.GetProperty("startColumn").GetInt32(), region.GetProperty("endLine").GetInt32(), region.GetProperty("endColumn").GetInt32()));
    }

    [Fact]
    public void WarningsAloneExitZeroButFailWithWarnAsError()
    {
        using var corpus = new TempCorpus();
        var path = corpus.Write("warned.article.md", Samples.WarningOnly);

        var plain = Artc.InProcess("validate", path);
        Assert.Equal(0, plain.ExitCode);
        Assert.Contains("warning ARTC201", plain.Output);
        Assert.EndsWith("1 file checked: 0 errors, 1 warning.\n", plain.Output);

        var strict = Artc.InProcess("validate", path, "--warnaserror");
        Assert.Equal(1, strict.ExitCode);
        Assert.Contains("error ARTC201", strict.Output);
        Assert.EndsWith("1 file checked: 1 error, 0 warnings.\n", strict.Output);
    }

    [Fact]
    public void AMissingPathIsOneLineOnStandardErrorAndExitTwo()
    {
        var result = Artc.Process(Artc.RepositoryRoot, null, "validate", "no-such-folder");
        Assert.Equal(2, result.ExitCode);
        Assert.Equal("artc: error: path 'no-such-folder' does not exist\n", result.Error);
        Assert.Equal(string.Empty, result.Output);
    }

    [Theory]
    [InlineData("validate", "--no-such-option")]
    [InlineData("validate", "--format", "xml")]
    [InlineData("no-such-verb")]
    public void UsageErrorsExitTwoWithoutAStackTrace(params string[] args)
    {
        var result = Artc.InProcess(args);
        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("artc: error: ", result.Error);
        Assert.DoesNotContain("   at ", result.Error);
    }

    [Fact]
    public void AFolderIsSearchedRecursivelySkippingBuildOutputAndHiddenFolders()
    {
        using var corpus = new TempCorpus();
        corpus.Write("a.article.md", Samples.Valid("a"));
        corpus.Write("deep/er/b.article.md", Samples.Valid("b"));
        corpus.Write("notes.md", "not an article");
        corpus.Write("bin/c.article.md", Samples.UnknownSpeaker);
        corpus.Write("obj/d.article.md", Samples.UnknownSpeaker);
        corpus.Write(".git/e.article.md", Samples.UnknownSpeaker);

        var result = Artc.InProcess("validate", corpus.Root);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("2 files checked: 0 errors, 0 warnings.\n", result.Output);
    }

    [Fact]
    public void GlobPatternsSelectFiles()
    {
        using var corpus = new TempCorpus();
        corpus.Write("2018/a.article.md", Samples.Valid("a"));
        corpus.Write("2019/b.article.md", Samples.UnknownSpeaker);

        var matched = Artc.Process(corpus.Root, null, "validate", "2018/**/*.article.md", "--format", "msbuild");
        Assert.Equal((0, string.Empty), (matched.ExitCode, matched.Output));

        var all = Artc.Process(corpus.Root, null, "validate", "**/*.article.md", "--format", "msbuild");
        Assert.Equal(1, all.ExitCode);
        Assert.StartsWith("2019/b.article.md(9,18): error ARTC104", all.Output);

        var none = Artc.Process(corpus.Root, null, "validate", "2020/*.article.md");
        Assert.Equal((2, "artc: error: no file matches '2020/*.article.md'\n"), (none.ExitCode, none.Error));
    }

    [Fact]
    public void AFileThatIsNotTextIsAFindingNotACrash()
    {
        using var corpus = new TempCorpus();
        var path = corpus.WriteBytes("binary.article.md", new byte[] { 0x2D, 0x2D, 0x2D, 0x0A, 0xFF, 0xFE, 0x00 });

        var result = Artc.InProcess("validate", path, "--format", "msbuild");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal($"{path}(1,1): error ARTC010: the file is not UTF-8 text (invalid UTF-8 at byte 4)\n", result.Output);
    }

    [Fact]
    public void AFileOverTheSizeLimitIsAFinding()
    {
        using var corpus = new TempCorpus();
        var path = corpus.Write("big.article.md", Samples.Valid("big"));
        var size = new FileInfo(path).Length;

        var result = Artc.InProcess("validate", path, "--format", "msbuild", "--max-file-size", "10");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal($"{path}(1,1): error ARTC011: the file is {size} bytes, larger than the limit of 10 bytes\n", result.Output);
        Assert.Equal(0, Artc.InProcess("validate", path).ExitCode);
    }

    [Fact]
    public void TheSameIdInTwoFilesFailsUnlessTheyAreDistinctRevisions()
    {
        using var corpus = new TempCorpus();
        corpus.Write("a.article.md", Samples.Valid("same"));
        corpus.Write("b.article.md", Samples.Valid("same"));
        var duplicate = Artc.Process(corpus.Root, null, "validate", ".", "--format", "msbuild");
        Assert.Equal(1, duplicate.ExitCode);
        Assert.StartsWith("b.article.md(2,5): error ARTC108: article id 'same' is also used by a.article.md", duplicate.Output);

        corpus.Write("a.article.md", Samples.Valid("same", revision: 1));
        corpus.Write("b.article.md", Samples.Valid("same", revision: 2));
        Assert.Equal(0, Artc.Process(corpus.Root, null, "validate", ".").ExitCode);
    }

    [Fact]
    public void ByteOrderMarksAndCrlfLineEndingsAreRead()
    {
        using var corpus = new TempCorpus();
        var seed = File.ReadAllText(Path.Combine(Artc.RepositoryRoot, "seeds", "russia-us-syria.article.md"));
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(seed.Replace("\n", "\r\n"))).ToArray();
        var path = corpus.WriteBytes("seed.article.md", bytes);

        var result = Artc.InProcess("validate", path);

        Assert.Equal((0, "1 file checked: 0 errors, 0 warnings.\n"), (result.ExitCode, result.Output));
    }

    [Fact]
    public void ColourIsUsedOnATerminalButNeverWithNoColor()
    {
        using var corpus = new TempCorpus();
        corpus.Write("broken.article.md", Samples.UnknownSpeaker);
        var command = $"dotnet '{Artc.DllPath}' validate broken.article.md";

        var coloured = Artc.RunUnderTerminal(corpus.Root, command, noColor: false);
        var plain = Artc.RunUnderTerminal(corpus.Root, command, noColor: true);

        // .NET itself may switch the terminal's keypad mode (ESC[?1h); colour is an SGR sequence (ESC[...m).
        Assert.Contains("\u001b[1;31merror", coloured);
        Assert.Contains("error ARTC104", plain);
        Assert.DoesNotMatch("\u001b\\[[0-9;]*m", plain);
    }

    [Fact]
    public void HelpListsTheVerbAndItsOptions()
    {
        var result = Artc.InProcess("validate", "--help");
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("--format", result.Output);
        Assert.Contains("--warnaserror", result.Output);
        Assert.Contains("--max-file-size", result.Output);
    }
}
