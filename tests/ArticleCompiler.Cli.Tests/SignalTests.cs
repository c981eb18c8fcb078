using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using Xunit;

namespace ArticleCompiler.Cli.Tests;

/// <summary>20,000 small articles: enough that an export is still running when a test signals it.</summary>
public sealed class BigCorpus : IDisposable
{
    private readonly TempCorpus _corpus = new();

    public BigCorpus()
    {
        for (var i = 0; i < 20_000; i++)
        {
            _corpus.Write(FormattableString.Invariant($"news/a{i:D5}.article.md"), Samples.Valid(FormattableString.Invariant($"a{i:D5}")));
        }
    }

    /// <summary>The folder of the articles.</summary>
    public string News => Path.Combine(_corpus.Root, "news");

    public void Dispose() => _corpus.Dispose();
}

/// <summary>
/// SIGINT and SIGTERM during a real run: temporary files removed, existing outputs as they were,
/// exit code 128 + the signal. The signal is sent once the run has made its temporary file.
/// </summary>
public class SignalTests : IClassFixture<BigCorpus>
{
    private readonly BigCorpus _big;

    public SignalTests(BigCorpus big) => _big = big;

    [Theory]
    [InlineData("TERM", 143, "SIGTERM")]
    [InlineData("INT", 130, "SIGINT")]
    public void ASignalDuringExportLeavesNoTemporaryFileAndTheOldOutput(string signal, int exitCode, string name)
    {
        using var output = new TempCorpus();
        string target;
        ArtcResult result;
        var attempts = 0;
        do
        {
            // On a loaded machine the export may finish between its temporary file appearing and the
            // signal: then it exits 0 with the new export, which says nothing about the handler; run again.
            target = output.Write("corpus.json", "the old export\n");
            using var run = Artc.Start(output.Root, null, "export", _big.News, "-o", "corpus.json");
            WaitFor(run, () => Directory.GetFiles(output.Root, ".artc-export-*.tmp").Length > 0);
            run.Signal(signal);
            result = run.Finish();
        }
        while (result.ExitCode == 0 && ++attempts < 3);

        Assert.Equal((exitCode, $"artc: interrupted by {name}\n"), (result.ExitCode, result.Error));
        Assert.Empty(Directory.GetFiles(output.Root, ".artc-export-*"));
        Assert.Equal("the old export\n", File.ReadAllText(target));
    }

    [Fact]
    public void SigtermWhileExportWaitsForAFifoReaderRemovesItsTemporaryFile()
    {
        // The export is done and blocked opening a FIFO nobody reads: no cancellation reaches it
        // there, the signal handler must clean up on its own.
        using var work = new TempCorpus();
        work.Write("news/good.article.md", Samples.Valid("good"));
        var temporaryFolder = Directory.CreateDirectory(Path.Combine(work.Root, "tmp")).FullName;
        using (var mkfifo = System.Diagnostics.Process.Start("mkfifo", new[] { Path.Combine(work.Root, "out.json") })!)
        {
            mkfifo.WaitForExit();
        }

        using var run = Artc.Start(work.Root, new Dictionary<string, string?> { ["TMPDIR"] = temporaryFolder }, "export", "news", "-o", "out.json");
        WaitFor(run, () => Directory.GetFiles(temporaryFolder, ".artc-export-*.tmp").Length > 0);
        run.Signal("TERM");
        var result = run.Finish();

        Assert.Equal(143, result.ExitCode);
        Assert.Empty(Directory.GetFiles(temporaryFolder));
        Assert.True(SpecialFileTests.Is("-p", Path.Combine(work.Root, "out.json")), "the FIFO was replaced");
    }

    [Fact]
    public void SigtermDuringAnnotateLeavesNoTemporaryDraft()
    {
        using var work = new TempCorpus();
        for (var i = 0; i < 3_000; i++)
        {
            work.Write(FormattableString.Invariant($"raw/r{i:D4}.txt"), FormattableString.Invariant($"Talks resume\n\n\"We are ready to talk about item {i},\" Anatoly Antonov, the ambassador, said on Monday.\n"));
        }

        var drafts = Path.Combine(work.Root, "drafts");
        using var run = Artc.Start(work.Root, null, "annotate", "raw", "-o", "drafts/");
        WaitFor(run, () => Directory.Exists(drafts) && Directory.EnumerateFileSystemEntries(drafts).Any());
        run.Signal("TERM");
        var result = run.Finish();

        Assert.Equal((143, "artc: interrupted by SIGTERM\n"), (result.ExitCode, result.Error));
        Assert.Empty(Directory.GetFiles(drafts, "*.tmp"));
        Assert.All(Directory.GetFiles(drafts), draft => Assert.EndsWith("\n", File.ReadAllText(draft)));
    }

    // Polls until the run has reached the state; a run that ends first fails the test with its output.
    private static void WaitFor(RunningArtc run, Func<bool> reached)
    {
        var deadline = DateTime.UtcNow + Artc.HangLimit;
        while (!reached())
        {
            if (run.Process.HasExited)
            {
                var early = run.Finish();
                Assert.Fail($"artc ended before it could be signalled: exit {early.ExitCode}\n{early.Error}");
            }

            Assert.True(DateTime.UtcNow < deadline, "artc never got there");
            Thread.Sleep(5);
        }
    }
}
