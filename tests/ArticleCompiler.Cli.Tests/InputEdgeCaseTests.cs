using System.Diagnostics;
using System.IO;
using Xunit;

namespace ArticleCompiler.Cli.Tests;

/// <summary>Inputs found by review: pipes, symbolic links, bad limits, broken files among good ones.</summary>
public class InputEdgeCaseTests
{
    [Fact]
    public void AnArticleCanBeReadFromAPipe()
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[] { Artc.DllPath, "validate", "/dev/stdin" })
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        process.StandardInput.Write(Samples.UnknownSpeaker);
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();

        Assert.Equal(1, process.ExitCode);
        Assert.StartsWith("/dev/stdin:9:18: error ARTC104", output);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-1")]
    public void AMaximumFileSizeBelowOneByteIsAUsageError(string size)
    {
        var result = Artc.InProcess("validate", ".", "--max-file-size", size);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--max-file-size must be a positive number of bytes", result.Error);
    }

    [Fact]
    public void AFileReachedTwiceThroughSymbolicLinksIsReadOnce()
    {
        using var corpus = new TempCorpus();
        corpus.Write("a/good.article.md", Samples.Valid("good"));
        Directory.CreateSymbolicLink(Path.Combine(corpus.Root, "a", "loop"), "..");
        Directory.CreateDirectory(Path.Combine(corpus.Root, "b"));
        Directory.CreateSymbolicLink(Path.Combine(corpus.Root, "b", "to-a"), Path.Combine(corpus.Root, "a"));

        var result = Artc.InProcess("validate", corpus.Root);

        Assert.Equal((0, "1 file checked: 0 errors, 0 warnings.\n"), (result.ExitCode, result.Output));
    }

    [Fact]
    public void AnUnreadableFileIsNotCountedAndDoesNotHideTheOthers()
    {
        using var corpus = new TempCorpus();
        corpus.Write("broken.article.md", Samples.UnknownSpeaker);
        File.CreateSymbolicLink(Path.Combine(corpus.Root, "dangling.article.md"), Path.Combine(corpus.Root, "missing"));

        var result = Artc.InProcess("validate", corpus.Root, "--format", "json");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("cannot read", result.Error);
        using var document = System.Text.Json.JsonDocument.Parse(result.Output);
        Assert.Equal(1, document.RootElement.GetProperty("files").GetInt32());
        Assert.Equal("ARTC104", document.RootElement.GetProperty("diagnostics")[0].GetProperty("code").GetString());
    }

    [Fact]
    public void AFileThatOnceCrashedTheParserIsReportedLikeAnyOther()
    {
        using var corpus = new TempCorpus();
        corpus.Write("a.article.md", "---\nid: a\ntags: [a, b\ntitle: t\n---\n");
        corpus.Write("b.article.md", Samples.UnknownSpeaker);

        var result = Artc.InProcess("validate", corpus.Root, "--format", "msbuild");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("error ARTC003", result.Output);
        Assert.Contains("error ARTC104", result.Output);
        Assert.Equal(string.Empty, result.Error);
    }
}
