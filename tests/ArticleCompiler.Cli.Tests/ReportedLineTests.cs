using System.IO;
using Xunit;

namespace ArticleCompiler.Cli.Tests;

/// <summary>The error lines and paths fuzzing found wrong: each as docs/validate.md and docs/diff.md say.</summary>
public class ReportedLineTests
{
    [Fact]
    public void DiffWithASideThatIsNotTextEndsWithItsErrorLine()
    {
        using var corpus = new TempCorpus();
        corpus.Write("old.article.md", Samples.Valid("good"));
        corpus.WriteBytes("new.article.md", new byte[] { (byte)'x', 0, (byte)'y', (byte)'\n' });

        var result = Artc.Process(corpus.Root, null, "diff", "old.article.md", "new.article.md");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal(
            "new.article.md:1:2: error ARTC010: the file is not UTF-8 text (it contains a NUL character)\n"
            + "1 | x\u2400y\n"
            + "  |  ^\n"
            + "artc: error: 'new.article.md' is not text; nothing compared.\n",
            result.Error);
    }

    [Fact]
    public void TheCaretOfANulCharacterStandsUnderIt()
    {
        using var corpus = new TempCorpus();
        corpus.WriteBytes("nul.article.md", System.Text.Encoding.UTF8.GetBytes("---\nid: a\u0000b\n"));

        var result = Artc.Process(corpus.Root, null, "validate", "nul.article.md");

        Assert.Equal(1, result.ExitCode);
        Assert.StartsWith(
            "nul.article.md:2:6: error ARTC010: the file is not UTF-8 text (it contains a NUL character)\n"
            + "2 | id: a\u2400b\n"
            + "  |      ^\n",
            result.Output);
    }

    [Fact]
    public void DiffOfAFileTooLargeSaysSo()
    {
        using var corpus = new TempCorpus();
        corpus.Write("old.article.md", Samples.Valid("good"));
        corpus.Write("new.article.md", Samples.Valid("good"));

        var result = Artc.InProcess("diff", Path.Combine(corpus.Root, "old.article.md"), Path.Combine(corpus.Root, "new.article.md"), "--max-file-size", "10");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains($"\nartc: error: '{Path.Combine(corpus.Root, "old.article.md")}' is too large to compare; nothing compared.\n", result.Error);
    }

    [Fact]
    public void AnUnknownCommandIsOneErrorLineAndTheHelpHint()
    {
        var result = Artc.InProcess("bogus");

        Assert.Equal((2, "artc: error: unknown command 'bogus'\nRun 'artc --help' for usage.\n"), (result.ExitCode, result.Error));
    }

    [Theory]
    [InlineData("validate")]
    [InlineData("export")]
    [InlineData("annotate")]
    public void AnUnknownOptionIsNamedAsOneNotAsAMissingPath(string verb)
    {
        var result = Artc.InProcess(verb, "--bogus");

        Assert.Equal((2, "artc: error: unknown option '--bogus'\nRun 'artc --help' for usage.\n"), (result.ExitCode, result.Error));
    }

    [Fact]
    public void AnUnknownFormatIsOneLineListingTheFormats()
    {
        var result = Artc.InProcess("validate", "--format", "yaml");

        Assert.Equal((2, "artc: error: Argument 'yaml' not recognized. Must be one of: 'text', 'msbuild', 'json', 'sarif'\nRun 'artc --help' for usage.\n"), (result.ExitCode, result.Error));
    }

    [Fact]
    public void NoCommandIsOneErrorLineNamingTheCommands()
    {
        var result = Artc.InProcess();

        Assert.Equal((2, "artc: error: no command given (validate, diff, annotate, export, schema)\nRun 'artc --help' for usage.\n"), (result.ExitCode, result.Error));
    }

    [Fact]
    public void ARegistryFoundThroughAnAbsolutePathIsPrintedAbsoluteAsItsArticles()
    {
        using var corpus = new TempCorpus();
        corpus.Write("news/good.article.md", Samples.Valid("good"));
        corpus.Write("news/speakers.yaml", "putin:\n  role: President\n");
        var news = Path.Combine(corpus.Root, "news");

        var absolute = Artc.Process(corpus.Root, null, "validate", news, "--format", "msbuild");
        var relative = Artc.Process(corpus.Root, null, "validate", "news", "--format", "msbuild");
        var article = Artc.Process(corpus.Root, null, "validate", Path.Combine(news, "good.article.md"), "--format", "msbuild");

        Assert.StartsWith($"{news}/speakers.yaml(1,1): error ARTC110", absolute.Output);
        Assert.StartsWith("news/speakers.yaml(1,1): error ARTC110", relative.Output);
        Assert.StartsWith($"{news}/speakers.yaml(1,1): error ARTC110", article.Output);
    }
}
