using System.Diagnostics;
using System.IO;
using System.Net.Sockets;
using System.Threading.Tasks;
using Xunit;

namespace ArticleCompiler.Cli.Tests;

/// <summary>
/// FIFOs, sockets, devices, folders and links where artc expects files: inputs are reported
/// without being opened (a FIFO open blocks), outputs are written as Unix tools write them. The
/// runs are child processes, so a hang fails the test (Artc.HangLimit) instead of blocking it.
/// </summary>
public class SpecialFileTests
{
    private static string MakeFifo(string path)
    {
        using var mkfifo = Process.Start("mkfifo", new[] { path })!;
        mkfifo.WaitForExit();
        Assert.Equal(0, mkfifo.ExitCode);
        return path;
    }

    /// <summary>test(1) on <paramref name="path"/>: -c character device, -p FIFO, -S socket, -L link.</summary>
    internal static bool Is(string flag, string path)
    {
        using var test = Process.Start("test", new[] { flag, path })!;
        test.WaitForExit();
        return test.ExitCode == 0;
    }

    private static Socket MakeSocket(string path)
    {
        var socket = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
        socket.Bind(new UnixDomainSocketEndPoint(path));
        return socket;
    }

    [Fact]
    public void AFifoNamedLikeAnArticleIsReportedWithoutOpeningIt()
    {
        using var corpus = new TempCorpus();
        corpus.Write("news/good.article.md", Samples.Valid("good"));
        MakeFifo(Path.Combine(corpus.Root, "news", "stuck.article.md"));

        foreach (var args in new[] { new[] { "validate", "news" }, new[] { "validate", "news/stuck.article.md" }, new[] { "validate", "news/*.article.md" }, new[] { "export", "news" } })
        {
            var result = Artc.Process(corpus.Root, null, args);

            Assert.Equal(2, result.ExitCode);
            Assert.Contains("artc: error: cannot read 'news/stuck.article.md': it is a named pipe (FIFO), not a regular file\n", result.Error);
        }
    }

    [Fact]
    public void TheOtherFilesAreStillCheckedBesideAFifo()
    {
        using var corpus = new TempCorpus();
        corpus.Write("news/broken.article.md", Samples.UnknownSpeaker);
        MakeFifo(Path.Combine(corpus.Root, "news", "stuck.article.md"));

        var result = Artc.Process(corpus.Root, null, "validate", "news", "--format", "msbuild");

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("news/broken.article.md(9,18): error ARTC104", result.Output);
    }

    [Fact]
    public void ASocketNamedLikeAnArticleIsReportedAsAnInputProblem()
    {
        using var corpus = new TempCorpus();
        using var socket = MakeSocket(Path.Combine(corpus.Root, "live.article.md"));

        var result = Artc.Process(corpus.Root, null, "validate", ".");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("artc: error: cannot read 'live.article.md': it is a socket, not a regular file\n", result.Error);
    }

    [Fact]
    public void ACharacterDeviceIsNotReadAsAnArticle()
    {
        var result = Artc.InProcess("validate", "/dev/zero");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("artc: error: cannot read '/dev/zero': it is a character device, not a regular file\n", result.Error);
    }

    [Fact]
    public void AFolderNamedLikeAnArticleIsReportedNotSearched()
    {
        using var corpus = new TempCorpus();
        corpus.Write("news/good.article.md", Samples.Valid("good"));
        corpus.Write("news/draft.article.md/inside.article.md", Samples.Valid("inside"));

        var walked = Artc.Process(corpus.Root, null, "validate", "news");
        var named = Artc.Process(corpus.Root, null, "validate", "news/draft.article.md");
        var searched = Artc.Process(corpus.Root, null, "validate", "news/draft.article.md/");

        Assert.Equal((2, "artc: error: cannot read 'news/draft.article.md': it is a folder, not a file\n", "1 file checked: 0 errors, 0 warnings.\n"), (walked.ExitCode, walked.Error, walked.Output));
        Assert.Equal((2, "artc: error: cannot read 'news/draft.article.md': it is a folder, not a file\n"), (named.ExitCode, named.Error));
        Assert.Equal((0, "1 file checked: 0 errors, 0 warnings.\n"), (searched.ExitCode, searched.Output));
    }

    [Fact]
    public void ASymbolicLinkToAnArticleIsReadAsTheArticle()
    {
        using var corpus = new TempCorpus();
        corpus.Write("real/good.article.md", Samples.Valid("good"));
        File.CreateSymbolicLink(Path.Combine(corpus.Root, "link.article.md"), Path.Combine(corpus.Root, "real", "good.article.md"));

        var result = Artc.InProcess("validate", Path.Combine(corpus.Root, "link.article.md"));

        Assert.Equal((0, "1 file checked: 0 errors, 0 warnings.\n"), (result.ExitCode, result.Output));
    }

    [Fact]
    public void DiffAndAnnotateReportAFifoWithoutOpeningIt()
    {
        using var corpus = new TempCorpus();
        corpus.Write("old.article.md", Samples.Valid("good"));
        MakeFifo(Path.Combine(corpus.Root, "new.article.md"));
        MakeFifo(Path.Combine(corpus.Root, "raw.txt"));

        var diff = Artc.Process(corpus.Root, null, "diff", "old.article.md", "new.article.md");
        var annotate = Artc.Process(corpus.Root, null, "annotate", "raw.txt");

        Assert.Equal((2, "artc: error: cannot read 'new.article.md': it is a named pipe (FIFO), not a regular file\n"), (diff.ExitCode, diff.Error));
        Assert.Equal((2, "artc: error: cannot read 'raw.txt': it is a named pipe (FIFO), not a regular file\n"), (annotate.ExitCode, annotate.Error));
    }

    [Fact]
    public void ARegistryThatIsAFifoIsReportedWithoutOpeningIt()
    {
        using var corpus = new TempCorpus();
        corpus.Write("news/good.article.md", Samples.Valid("good"));
        MakeFifo(Path.Combine(corpus.Root, "news", "speakers.yaml"));

        var result = Artc.Process(corpus.Root, null, "validate", "news");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("artc: error: cannot read 'news/speakers.yaml': it is a named pipe (FIFO), not a regular file\n", result.Error);
    }

    [Fact]
    public void AnEditorConfigThatIsAFifoConfiguresNothing()
    {
        using var corpus = new TempCorpus();
        corpus.Write("news/warned.article.md", Samples.WarningOnly);
        MakeFifo(Path.Combine(corpus.Root, "news", ".editorconfig"));

        var result = Artc.Process(corpus.Root, null, "validate", "news", "--format", "msbuild");

        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith("news/warned.article.md(4,1): warning ", result.Output);
    }

    [Fact]
    public void ExportOntoDevNullLeavesTheDeviceADevice()
    {
        using var corpus = new TempCorpus();
        corpus.Write("news/good.article.md", Samples.Valid("good"));

        var result = Artc.Process(corpus.Root, null, "export", "news", "-o", "/dev/null");

        Assert.Equal((0, string.Empty), (result.ExitCode, result.Error));
        Assert.True(Is("-c", "/dev/null"), "/dev/null is no longer a character device");
    }

    [Fact]
    public async Task ExportIntoAFifoReachesItsReader()
    {
        using var corpus = new TempCorpus();
        corpus.Write("news/good.article.md", Samples.Valid("good"));
        var fifo = MakeFifo(Path.Combine(corpus.Root, "out.jsonl"));
        var reader = Task.Run(() => File.ReadAllText(fifo));

        var result = Artc.Process(corpus.Root, null, "export", "news", "--format", "jsonl", "-o", "out.jsonl");

        Assert.Equal((0, string.Empty), (result.ExitCode, result.Error));
        var received = await reader.WaitAsync(Artc.HangLimit);
        Assert.True(Is("-p", fifo), "the FIFO was replaced");
        Assert.StartsWith("{\"id\":\"good\",", received);
        Assert.Empty(Directory.GetFiles(corpus.Root, ".artc-export-*"));
    }

    [Fact]
    public void ExportOntoDevStdoutWritesToStandardOutput()
    {
        using var corpus = new TempCorpus();
        corpus.Write("news/good.article.md", Samples.Valid("good"));

        var result = Artc.Process(corpus.Root, null, "export", "news", "--format", "jsonl", "-o", "/dev/stdout");

        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith("{\"id\":\"good\",", result.Output);
    }

    [Fact]
    public void ExportOntoASymbolicLinkReplacesTheTargetAndKeepsTheLink()
    {
        using var corpus = new TempCorpus();
        corpus.Write("news/good.article.md", Samples.Valid("good"));
        var target = corpus.Write("data/corpus.jsonl", "old\n");
        var link = Path.Combine(corpus.Root, "latest.jsonl");
        File.CreateSymbolicLink(link, "data/corpus.jsonl");

        var result = Artc.InProcess("export", Path.Combine(corpus.Root, "news"), "--format", "jsonl", "-o", link);

        Assert.Equal(0, result.ExitCode);
        Assert.True(Is("-L", link), "the link was replaced by a file");
        Assert.Equal("data/corpus.jsonl", new FileInfo(link).LinkTarget);
        Assert.StartsWith("{\"id\":\"good\",", File.ReadAllText(target));
        Assert.Empty(Directory.GetFiles(corpus.Root, ".*", SearchOption.AllDirectories));
    }

    [Fact]
    public void AnnotateWithForceOntoASymbolicLinkKeepsTheLink()
    {
        using var corpus = new TempCorpus();
        var raw = corpus.Write("raw.txt", "\"We are ready,\" Anatoly Antonov, the ambassador, said on Monday.\n");
        var target = corpus.Write("drafts/real.article.md", "old draft\n");
        var link = Path.Combine(corpus.Root, "draft.article.md");
        File.CreateSymbolicLink(link, target);

        var refused = Artc.InProcess("annotate", raw, "-o", link);
        var forced = Artc.InProcess("annotate", raw, "-o", link, "--force");

        Assert.Equal(2, refused.ExitCode);
        Assert.Equal(0, forced.ExitCode);
        Assert.Equal(target, new FileInfo(link).LinkTarget);
        Assert.StartsWith("---\n", File.ReadAllText(target));
    }

    // export or annotate (which also writes through AtomicFile) onto OUTPUT, in a corpus with one article and one raw text.
    private static ArtcResult WriteThrough(TempCorpus corpus, string command, string output)
    {
        corpus.Write("news/good.article.md", Samples.Valid("good"));
        var raw = corpus.Write("raw.txt", "\"We are ready,\" Anatoly Antonov, the ambassador, said on Monday.\n");
        return command == "export"
            ? Artc.InProcess("export", Path.Combine(corpus.Root, "news"), "-o", output)
            : Artc.InProcess("annotate", raw, "-o", output, "--force");
    }

    [Theory]
    [InlineData("export")]
    [InlineData("annotate")]
    public void ARelativeLinkUnderALinkedFolderIsReadFromTheLinksRealFolder(string command)
    {
        using var corpus = new TempCorpus();
        var target = corpus.Write("sub/t.json", "old\n");
        Directory.CreateDirectory(Path.Combine(corpus.Root, "sub", "dir"));
        Directory.CreateSymbolicLink(Path.Combine(corpus.Root, "dl"), "sub/dir");
        File.CreateSymbolicLink(Path.Combine(corpus.Root, "sub", "dir", "rel.json"), "../t.json");

        var result = WriteThrough(corpus, command, Path.Combine(corpus.Root, "dl", "rel.json"));

        Assert.Equal(0, result.ExitCode);
        Assert.NotEqual("old\n", File.ReadAllText(target));
        Assert.False(File.Exists(Path.Combine(corpus.Root, "t.json")), "a new file was made where the link's path as written points");
        Assert.Equal("../t.json", new FileInfo(Path.Combine(corpus.Root, "sub", "dir", "rel.json")).LinkTarget);
    }

    [Theory]
    [InlineData("export")]
    [InlineData("annotate")]
    public void ALoopOfLinksIsReportedAndTheLinksStay(string command)
    {
        using var corpus = new TempCorpus();
        var la = Path.Combine(corpus.Root, "la");
        File.CreateSymbolicLink(la, "lb");
        File.CreateSymbolicLink(Path.Combine(corpus.Root, "lb"), "la");

        var result = WriteThrough(corpus, command, la);

        Assert.Equal((2, $"artc: error: cannot write '{la}': its symbolic links loop\n"), (result.ExitCode, result.Error));
        Assert.Equal("lb", new FileInfo(la).LinkTarget);
    }

    [Theory]
    [InlineData("export")]
    [InlineData("annotate")]
    public void ALinkIntoAMissingFolderIsReportedAndTheFolderIsNotMade(string command)
    {
        using var corpus = new TempCorpus();
        var link = Path.Combine(corpus.Root, "out.json");
        File.CreateSymbolicLink(link, "nowhere/out.json");

        var result = WriteThrough(corpus, command, link);

        var missing = Path.Combine(corpus.Root, "nowhere", "out.json");
        Assert.Equal((2, $"artc: error: cannot write '{link}': it links to '{missing}', whose folder does not exist\n"), (result.ExitCode, result.Error));
        Assert.False(Directory.Exists(Path.Combine(corpus.Root, "nowhere")), "the link's missing folder was made");
        Assert.True(Is("-L", link), "the link was replaced");
    }

    [Fact]
    public void AnnotateOntoDevNullNeedsNoForce()
    {
        using var corpus = new TempCorpus();
        var raw = corpus.Write("raw.txt", "\"We are ready,\" Anatoly Antonov, the ambassador, said on Monday.\n");

        var result = Artc.InProcess("annotate", raw, "-o", "/dev/null");

        Assert.Equal(0, result.ExitCode);
        Assert.DoesNotContain("artc: error", result.Error);
    }

    [Fact]
    public void ExportOntoASocketIsRefusedAndTheSocketStays()
    {
        using var corpus = new TempCorpus();
        corpus.Write("news/good.article.md", Samples.Valid("good"));
        var path = Path.Combine(corpus.Root, "out.json");
        using var socket = MakeSocket(path);

        var result = Artc.InProcess("export", Path.Combine(corpus.Root, "news"), "-o", path);

        Assert.Equal((2, $"artc: error: cannot write '{path}': it is a socket\n"), (result.ExitCode, result.Error));
        Assert.True(Is("-S", path), "the socket was replaced");
    }
}
