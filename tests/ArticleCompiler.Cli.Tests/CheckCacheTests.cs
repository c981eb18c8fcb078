using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using ArticleCompiler.Cli.Commands;
using ArticleCompiler.Tests.Shared;
using Xunit;

namespace ArticleCompiler.Cli.Tests;

/// <summary>
/// <c>artc validate --cache</c>. A file the cache must not read again is held open with an
/// exclusive lock (.NET's FileShare.None is flock(2) on Unix): artc reading it would report
/// "cannot read", so a run that gives the same output did not read it.
/// </summary>
public class CheckCacheTests
{
    private const string Registry = "putin:\n  name: Vladimir Putin\n";

    // Quotes a speaker from the registry only.
    private const string RegistryArticle = "---\nid: d\ntitle: T\n---\n\n\"Yes.\"{@putin} he said.\n";

    [Fact]
    public void AnUnchangedFileIsNotReadAgain()
    {
        using var corpus = Corpus();
        var cache = Path.Combine(corpus.Root, "cache");
        var uncached = Validate(corpus, "text");
        Assert.Equal(uncached, Validate(corpus, "text", cache));

        // c.article.md has an ARTC108 finding, whose caret line is shown: not read for that either.
        using (Lock(corpus, "news/a.article.md"))
        using (Lock(corpus, "news/c.article.md"))
        {
            Assert.Equal(uncached, Validate(corpus, "text", cache));

            var notCached = Validate(corpus, "text");
            Assert.Contains("artc: error: cannot read", notCached.Error);
        }
    }

    [Fact]
    public void AnEditedFileIsCheckedAgainEvenWithItsSizeAndMtimeKept()
    {
        using var corpus = Corpus();
        var cache = Path.Combine(corpus.Root, "cache");
        Validate(corpus, "msbuild", cache);

        // Same size, mtime set back as tar or rsync -t would: the ctime and the content still differ.
        var path = Path.Combine(corpus.Root, "news/a.article.md");
        var mtime = File.GetLastWriteTimeUtc(path);
        File.WriteAllText(path, SeverityCase.Article.Replace("\"Yes.\"{@antonv}", "\"Ye.\"{@antonov}"));
        Assert.Equal(SeverityCase.Article.Length, new FileInfo(path).Length);
        File.SetLastWriteTimeUtc(path, mtime);

        var cached = Validate(corpus, "msbuild", cache);
        Assert.Equal(Validate(corpus, "msbuild"), cached);
        Assert.DoesNotContain("ARTC104", cached.Output);
    }

    [Fact]
    public void AnEditedEditorconfigAboveTheFileChecksItAgain()
    {
        using var corpus = Corpus();
        var cache = Path.Combine(corpus.Root, "cache");
        Assert.Contains("error ARTC104", Validate(corpus, "msbuild", cache).Output);

        corpus.Write(".editorconfig", SeverityCase.Swapped);
        Age(corpus);

        var cached = Validate(corpus, "msbuild", cache);
        Assert.Equal(Validate(corpus, "msbuild"), cached);
        Assert.Contains("warning ARTC104", cached.Output);
    }

    [Fact]
    public void AnEditedRegistryChecksAgain()
    {
        using var corpus = Corpus();
        var cache = Path.Combine(corpus.Root, "cache");
        Assert.DoesNotContain("d.article.md", Validate(corpus, "msbuild", cache).Output);

        corpus.Write("speakers.yaml", Registry.Replace("putin", "vladimir"));
        Age(corpus);

        var cached = Validate(corpus, "msbuild", cache);
        Assert.Equal(Validate(corpus, "msbuild"), cached);
        Assert.Contains("d.article.md(6,8): error ARTC104", cached.Output);
    }

    [Fact]
    public void AnotherArtcVersionChecksAgain()
    {
        using var corpus = Corpus();
        var cache = Path.Combine(corpus.Root, "cache");
        Run(corpus, cache, "1.0.0");

        using (Lock(corpus, "news/a.article.md"))
        {
            Assert.DoesNotContain("cannot read", Run(corpus, cache, "1.0.0").Error);
            Assert.Contains("artc: error: cannot read", Run(corpus, cache, "1.0.1").Error);
        }
    }

    [Theory]
    [InlineData("garbage")]
    [InlineData("empty")]
    [InlineData("truncated")]
    [InlineData("flipped")]
    [InlineData("foreign")]
    public void ACacheThatCannotBeTrustedIsIgnoredWithANoteAndWrittenAnew(string damage)
    {
        using var corpus = Corpus();
        var cache = Path.Combine(corpus.Root, "cache");
        var uncached = Validate(corpus, "text");
        Validate(corpus, "text", cache);
        var good = File.ReadAllBytes(cache);

        // A damaged cache that still parsed would report its findings: these are not the file's.
        var bytes = damage switch
        {
            "garbage" => Enumerable.Range(0, 4096).Select(i => (byte)(i * 7)).ToArray(),
            "empty" => Array.Empty<byte>(),
            "truncated" => good.AsSpan(0, good.Length / 2).ToArray(),
            "flipped" => Flip(good, good.Length / 2),
            _ => System.Text.Encoding.UTF8.GetBytes("{ \"eslint\": \"cache\" }\n"),
        };
        File.WriteAllBytes(cache, bytes);

        var ignored = Validate(corpus, "text", cache);
        Assert.Equal(uncached.Output, ignored.Output);
        Assert.Equal(uncached.ExitCode, ignored.ExitCode);
        var note = Assert.Single(ignored.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith($"artc: note: cache '{cache}' ignored: ", note);

        // Written anew, and trusted by the next run.
        using (Lock(corpus, "news/a.article.md"))
        {
            Assert.Equal(uncached, Validate(corpus, "text", cache));
        }
    }

    [Theory]
    [InlineData("text", false)]
    [InlineData("msbuild", false)]
    [InlineData("json", false)]
    [InlineData("sarif", false)]
    [InlineData("text", true)]
    [InlineData("msbuild", true)]
    [InlineData("json", true)]
    [InlineData("sarif", true)]
    public void TheCachedOutputIsByteForByteTheUncachedOne(string format, bool warnAsError)
    {
        using var corpus = Corpus();
        var cache = Path.Combine(corpus.Root, "cache");
        var uncached = Validate(corpus, format, null, warnAsError);
        Assert.Equal(uncached, Validate(corpus, format, cache, warnAsError));

        // Every article held locked: everything below came from the cache.
        using var locks = new Locks(Directory.GetFiles(Path.Combine(corpus.Root, "news")).Select(path => Lock(path)).ToList());
        Assert.Equal(uncached, Validate(corpus, format, cache, warnAsError));
    }

    [Fact]
    public void ACacheLocationNamesAFileOrAFolderToKeepItIn()
    {
        using var corpus = Corpus();
        var file = Path.Combine(corpus.Root, "my.cache");
        var folder = Directory.CreateDirectory(Path.Combine(corpus.Root, "existing")).FullName;
        var newFolder = Path.Combine(corpus.Root, "new") + Path.DirectorySeparatorChar;

        Validate(corpus, "text", file);
        Validate(corpus, "text", folder);
        Validate(corpus, "text", newFolder);

        Assert.True(File.Exists(file));
        Assert.Equal(new[] { ".artccache" }, Directory.GetFileSystemEntries(folder).Select(Path.GetFileName));
        Assert.Equal(new[] { ".artccache" }, Directory.GetFileSystemEntries(newFolder).Select(Path.GetFileName));
    }

    [Fact]
    public void AFifoWhereTheCacheShouldBeIsNeitherOpenedNorReplaced()
    {
        using var corpus = Corpus();
        var fifo = Path.Combine(corpus.Root, "cache");
        using (var mkfifo = System.Diagnostics.Process.Start("mkfifo", new[] { fifo })!)
        {
            mkfifo.WaitForExit();
        }

        // Opening the FIFO would block this run for ever: the test would hang, not fail.
        var result = Validate(corpus, "msbuild", fifo);
        Assert.Equal(Validate(corpus, "msbuild").Output, result.Output);
        Assert.Equal($"artc: note: cache '{fifo}' ignored: it is a named pipe (FIFO), not a regular file; it is not written either\n", result.Error);
        Assert.Equal(Input.FileKind.Fifo, Input.FileKinds.Of(fifo));
    }

    [Fact]
    public void TheCacheIsOffByDefaultAndKeptInTheCurrentFolder()
    {
        using var corpus = Corpus();
        Assert.Equal(0, Artc.Process(corpus.Root, null, "validate", "news/b.article.md").ExitCode);
        Assert.False(File.Exists(Path.Combine(corpus.Root, ".artccache")));

        Assert.Equal(0, Artc.Process(corpus.Root, null, "validate", "news/b.article.md", "--cache").ExitCode);
        Assert.True(File.Exists(Path.Combine(corpus.Root, ".artccache")));

        // Nothing but the cache is left beside it: no temporary file.
        Assert.Equal(new[] { ".artccache" }, Directory.GetFiles(corpus.Root).Select(Path.GetFileName).Where(name => name!.StartsWith(".artccache", StringComparison.Ordinal)));
    }

    [Fact]
    public void AFileWhoseMetadataChangedButNotItsTextIsNotCheckedAgain()
    {
        using var corpus = Corpus();
        var path = Path.Combine(corpus.Root, "news/a.article.md");
        var location = Path.Combine(corpus.Root, "cache");
        Assert.Equal(1, CheckOnce(corpus, location, path));

        // A fresh clone or a touch: another mtime, the same text. Read and hashed, not checked.
        File.SetLastWriteTimeUtc(path, DateTime.UtcNow.AddMinutes(-5));
        Assert.Equal(0, CheckOnce(corpus, location, path));

        File.WriteAllText(path, SeverityCase.Article + "\nMore.\n");
        File.SetLastWriteTimeUtc(path, DateTime.UtcNow.AddMinutes(-4));
        Assert.Equal(1, CheckOnce(corpus, location, path));
    }

    [Fact]
    public void AFindingOfAPublicationDateAheadIsKeptOnlyUntilThatDate()
    {
        var text = "---\nid: p\ntitle: T\npublished: 2090-01-02\n---\n\nText.\n";
        var before = Kept(text, new DateTimeOffset(2030, 1, 1, 0, 0, 0, TimeSpan.Zero));
        var after = Kept(text, new DateTimeOffset(2091, 1, 1, 0, 0, 0, TimeSpan.Zero));

        Assert.Equal(new DateTimeOffset(2090, 1, 2, 0, 0, 0, TimeSpan.Zero).UtcTicks, before.ValidUntil);
        Assert.Equal(long.MaxValue, after.ValidUntil);
    }

    // What the cache keeps of an article with no findings checked at 'now'.
    private static Input.CachedFile Kept(string text, DateTimeOffset now)
    {
        var checkedArticle = new Checking.CheckedArticle("a.article.md", Parsing.ArticleParser.Parse(text), null, default);
        var report = new Checking.FileReport("a.article.md", default, null, Checking.SourceExcerpt.None);
        return Input.CachedFile.Of(new Checking.InputFile("a.article.md", text, null), checkedArticle, report, now);
    }

    // How many times the cache had the file at 'path' checked in one run (0: reused).
    private static int CheckOnce(TempCorpus corpus, string location, string path)
    {
        var check = new Checking.CorpusCheck(new Input.DiskCorpusFiles(1 << 20), new[] { path }, new Validation.ValidationOptions(DateTimeOffset.UtcNow));
        var cache = Input.CheckCache.Open(Input.CheckCache.Preload(location), "test", 1 << 20, check.Registries, check.ContextOf, DateTimeOffset.UtcNow, TextWriter.Null);
        var checks = 0;
        cache.Check(
            path,
            cached => cached,
            () =>
            {
                checks++;
                return Kept(File.ReadAllText(path), DateTimeOffset.UtcNow);
            },
            file => file);
        cache.Save(TextWriter.Null);
        return checks;
    }

    // a: ARTC104 error + ARTC202 warning; b and c: one id (ARTC108 on c); d: a registry speaker;
    // all older than the cache's racy window, as files are that were not just written.
    internal static TempCorpus Corpus()
    {
        var corpus = new TempCorpus();
        corpus.Write("news/a.article.md", SeverityCase.Article);
        corpus.Write("news/b.article.md", Samples.Valid("same"));
        corpus.Write("news/c.article.md", Samples.Valid("same"));
        corpus.Write("news/d.article.md", RegistryArticle);
        corpus.Write("speakers.yaml", Registry);
        corpus.Write(".editorconfig", "root = true\n\n[*.article.md]\ndotnet_diagnostic.ARTC202.severity = warning\n");
        Age(corpus);
        return corpus;
    }

    internal static void Age(TempCorpus corpus)
    {
        foreach (var file in Directory.GetFiles(corpus.Root, "*", SearchOption.AllDirectories))
        {
            File.SetLastWriteTimeUtc(file, DateTime.UtcNow.AddHours(-1));
        }
    }

    private static ArtcResult Validate(TempCorpus corpus, string format, string? cache = null, bool warnAsError = false)
    {
        var args = new List<string> { "validate", Path.Combine(corpus.Root, "news"), Path.Combine(corpus.Root, "speakers.yaml"), "--format", format };
        if (warnAsError)
        {
            args.Add("--warnaserror");
        }

        if (cache is not null)
        {
            args.AddRange(new[] { "--cache", "--cache-location", cache });
        }

        return Artc.InProcess(args.ToArray());
    }

    private static ArtcResult Run(TempCorpus corpus, string cache, string artcVersion)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var request = new ValidateCommand.Request(new[] { Path.Combine(corpus.Root, "news") }, ValidateCommand.Format.MsBuild, false, 1 << 20, false)
        {
            Cache = cache,
            ArtcVersion = artcVersion,
        };
        var exitCode = ValidateCommand.Run(request, output, error);
        return new ArtcResult(exitCode, output.ToString(), error.ToString());
    }

    private static FileStream Lock(TempCorpus corpus, string relativePath) => Lock(Path.Combine(corpus.Root, relativePath));

    internal static FileStream Lock(string path) => new(path, FileMode.Open, FileAccess.ReadWrite, FileShare.None);

    internal static byte[] Flip(byte[] bytes, int at)
    {
        var copy = (byte[])bytes.Clone();
        copy[at] ^= 0x55;
        return copy;
    }

    internal sealed class Locks : IDisposable
    {
        private readonly IReadOnlyList<FileStream> _streams;

        public Locks(IReadOnlyList<FileStream> streams) => _streams = streams;

        public void Dispose()
        {
            foreach (var stream in _streams)
            {
                stream.Dispose();
            }
        }
    }
}
