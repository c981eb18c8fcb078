using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Xunit;

namespace ArticleCompiler.Cli.Tests;

/// <summary>
/// <c>artc export --cache</c>, and the cache shared with <c>artc validate</c>. As in
/// <see cref="CheckCacheTests"/>, an article the cache must not read again is held locked: a run
/// that reads it reports "cannot read", so a run with the uncached output did not read it.
/// </summary>
public class ExportCacheTests
{
    public static TheoryData<string[]> Exports => new()
    {
        new[] { "--format", "json" },
        new[] { "--format", "jsonl" },
        new[] { "--format", "jsonl", "--records", "quotes" },
        new[] { "--format", "csv", "--records", "speakers" },
        new[] { "--format", "csv", "--output", "{folder}" },
    };

    [Theory]
    [MemberData(nameof(Exports))]
    public void AWarmExportIsByteForByteTheColdOneAndTheUncachedOne(string[] options)
    {
        using var corpus = CheckCacheTests.Corpus();
        var cache = Path.Combine(corpus.Root, "cache");
        var uncached = Export(corpus, options);
        Assert.Equal(uncached, Export(corpus, options, cache));

        using (LockArticles(corpus))
        {
            Assert.Equal(uncached, Export(corpus, options, cache));
        }

        // The cache was not rewritten by a run that reused everything, and still serves the next.
        using (LockArticles(corpus))
        {
            Assert.Equal(uncached, Export(corpus, options, cache));
        }
    }

    [Fact]
    public void AnEditedArticleIsRenderedAgain()
    {
        using var corpus = CheckCacheTests.Corpus();
        var cache = Path.Combine(corpus.Root, "cache");
        Assert.DoesNotContain("Edited title", Export(corpus, Jsonl, cache).Output);

        corpus.Write("news/b.article.md", Samples.Valid("same").Replace("title: T", "title: Edited title"));
        CheckCacheTests.Age(corpus);

        var cached = Export(corpus, Jsonl, cache);
        Assert.Contains("\"title\":\"Edited title\"", cached.Output);
        Assert.Equal(Export(corpus, Jsonl), cached);
    }

    [Fact]
    public void OtherExportOptionsRenderAgain()
    {
        using var corpus = CheckCacheTests.Corpus();
        var cache = Path.Combine(corpus.Root, "cache");
        var runs = new[]
        {
            Jsonl,
            new[] { "--format", "csv", "--records", "quotes" },
            new[] { "--format", "jsonl", "--records", "quotes" },
            new[] { "--format", "json" },
            Jsonl,
        };
        foreach (var options in runs)
        {
            Assert.Equal(Export(corpus, options), Export(corpus, options, cache));
        }

        // The articles' bytes are those of the last export: another one must read the files again.
        var last = Export(corpus, Jsonl);
        using (LockArticles(corpus))
        {
            Assert.Equal(last, Export(corpus, Jsonl, cache));
            Assert.Contains("artc: error: cannot read", Export(corpus, new[] { "--format", "json" }, cache).Error);
        }
    }

    [Fact]
    public void AFileNamedAnotherWayIsExportedUnderThatName()
    {
        using var corpus = CheckCacheTests.Corpus();
        var cache = Path.Combine(corpus.Root, "cache");
        Export(corpus, Jsonl, cache);

        // The same files, named through "./": the file column shows that name, as without a cache.
        var other = new[] { Path.Combine(corpus.Root, ".", "news"), Path.Combine(corpus.Root, "speakers.yaml") };
        var uncached = Export(other, Jsonl, null);
        Assert.Contains("/./news/", uncached.Output);
        Assert.Equal(uncached, Export(other, Jsonl, cache));
    }

    [Fact]
    public void AnArticleWithNoRowsKeepsAUsableEntryWhenTheCacheIsWrittenAnew()
    {
        // Its speakers.csv bytes are none, stored after the others' (it is the last file); the run
        // over it alone writes a cache file holding no bytes at all, which must still be trusted.
        using var corpus = new TempCorpus();
        for (var i = 0; i < 8; i++)
        {
            corpus.Write($"news/a{i}.article.md", Samples.Valid("a" + i));
        }

        var lone = corpus.Write("news/z.article.md", "---\nid: z\ntitle: T\n---\n\nText.\n");
        CheckCacheTests.Age(corpus);
        var cache = Path.Combine(corpus.Root, "cache");
        var options = new[] { "--format", "csv", "--records", "speakers" };
        Export(new[] { Path.Combine(corpus.Root, "news") }, options, cache);

        var uncached = Export(new[] { lone }, options, null);
        Assert.Equal(uncached, Export(new[] { lone }, options, cache));
        Assert.Equal(uncached, Export(new[] { lone }, options, cache));
    }

    [Fact]
    public void TheRegistryColumnFollowsTheCurrentFolderWithACache()
    {
        using var corpus = CheckCacheTests.Corpus();
        var registry = Path.Combine(corpus.Root, "speakers.yaml");
        string[] Args(bool cached) => new[] { "export", Path.Combine(corpus.Root, "news"), registry, "--format", "csv", "--records", "speakers", "--allow-invalid" }
            .Concat(cached ? new[] { "--cache", "--cache-location", Path.Combine(corpus.Root, "cache") } : Array.Empty<string>()).ToArray();

        // Shown relative to the current folder when it is below it, else whole: the same files, other bytes.
        var inRoot = Artc.Process(corpus.Root, null, Args(cached: false));
        var below = Artc.Process(Path.Combine(corpus.Root, "news"), null, Args(cached: false));
        Assert.Contains(",speakers.yaml\r\n", inRoot.Output);
        Assert.Contains("," + registry + "\r\n", below.Output);

        Assert.Equal(inRoot, Artc.Process(corpus.Root, null, Args(cached: true)));
        Assert.Equal(below, Artc.Process(Path.Combine(corpus.Root, "news"), null, Args(cached: true)));
        Assert.Equal(inRoot, Artc.Process(corpus.Root, null, Args(cached: true)));
    }

    [Fact]
    public void ValidateAndExportShareOneCacheAndEachReusesWhatTheOtherLeft()
    {
        using var corpus = CheckCacheTests.Corpus();
        var cache = Path.Combine(corpus.Root, "cache");
        var validated = Validate(corpus);
        var exported = Export(corpus, Jsonl);

        // Validate leaves findings, no bytes: the export renders every article.
        Assert.Equal(validated, Validate(corpus, cache));
        Assert.Equal(exported, Export(corpus, Jsonl, cache));

        // The export kept the findings for validate, and validate the bytes for the export.
        using (LockArticles(corpus))
        {
            Assert.Equal(validated, Validate(corpus, cache));
            Assert.Equal(exported, Export(corpus, Jsonl, cache));
        }

        // A validate that checks one edited file writes the cache anew: the others' bytes come along.
        corpus.Write("news/b.article.md", Samples.Valid("same").Replace("title: T", "title: Edited title"));
        CheckCacheTests.Age(corpus);
        validated = Validate(corpus);
        exported = Export(corpus, Jsonl);
        Assert.Equal(validated, Validate(corpus, cache));
        Assert.Equal(exported, Export(corpus, Jsonl, cache));
        using (LockArticles(corpus))
        {
            Assert.Equal(exported, Export(corpus, Jsonl, cache));
            Assert.Equal(validated, Validate(corpus, cache));
        }
    }

    [Theory]
    [InlineData("bytes")]
    [InlineData("index")]
    public void ADamagedCacheIsNotTrustedAndSaysSo(string damage)
    {
        using var corpus = CheckCacheTests.Corpus();
        var cache = Path.Combine(corpus.Root, "cache");
        var uncached = Export(corpus, Jsonl);
        Export(corpus, Jsonl, cache);

        // The articles' bytes follow the 10-byte header; the index comes last.
        var bytes = File.ReadAllBytes(cache);
        File.WriteAllBytes(cache, CheckCacheTests.Flip(bytes, damage == "bytes" ? 20 : bytes.Length - 40));

        var result = Export(corpus, Jsonl, cache);
        Assert.Equal(uncached.Output, result.Output);
        Assert.Equal(uncached.ExitCode, result.ExitCode);
        var notes = result.Error.Split('\n').Where(line => line.StartsWith("artc: note: ", StringComparison.Ordinal)).ToList();
        Assert.StartsWith(damage == "bytes" ? $"artc: note: cache '{cache}': the export bytes of 1 file in it did not match" : $"artc: note: cache '{cache}' ignored: ", Assert.Single(notes));
        Assert.Equal(uncached.Error, string.Join('\n', result.Error.Split('\n').Except(notes)));

        // Written anew, and trusted by the next run.
        using (LockArticles(corpus))
        {
            Assert.Equal(uncached, Export(corpus, Jsonl, cache));
        }
    }

    [Fact]
    public void AnInvalidArticleInTheCacheStillRefusesTheExport()
    {
        using var corpus = CheckCacheTests.Corpus();
        var cache = Path.Combine(corpus.Root, "cache");
        var target = Path.Combine(corpus.Root, "out.jsonl");
        var options = new[] { "--format", "jsonl", "--output", target };
        var refused = Export(corpus, options, allowInvalid: false);
        Assert.Equal(1, refused.ExitCode);
        Assert.Contains("ARTC104", refused.Error);
        Assert.Contains("ARTC108", refused.Error);

        Assert.Equal(refused, Export(corpus, options, cache, allowInvalid: false));
        using (LockArticles(corpus))
        {
            Assert.Equal(refused, Export(corpus, options, cache, allowInvalid: false));
        }

        Assert.False(File.Exists(target));
    }

    private static readonly string[] Jsonl = { "--format", "jsonl" };

    private static ArtcResult Export(TempCorpus corpus, string[] options, string? cache = null, bool allowInvalid = true) =>
        Export(new[] { Path.Combine(corpus.Root, "news"), Path.Combine(corpus.Root, "speakers.yaml") }, options.Select(o => o.Replace("{folder}", Path.Combine(corpus.Root, "csv"))).ToArray(), cache, allowInvalid);

    // The run's output: standard output, and the files of a csv folder after it.
    private static ArtcResult Export(string[] paths, string[] options, string? cache, bool allowInvalid = true)
    {
        var args = new List<string> { "export" };
        args.AddRange(paths);
        args.AddRange(options);
        if (allowInvalid)
        {
            args.Add("--allow-invalid");
        }

        if (cache is not null)
        {
            args.AddRange(new[] { "--cache", "--cache-location", cache });
        }

        var result = Artc.InProcess(args.ToArray());
        var folder = options.SkipWhile(option => option != "--output").Skip(1).FirstOrDefault();
        if (folder is not null && Directory.Exists(folder))
        {
            var files = Directory.GetFiles(folder).OrderBy(file => file, StringComparer.Ordinal).Select(file => Path.GetFileName(file) + ":\n" + File.ReadAllText(file));
            result = result with { Output = result.Output + string.Join("\n", files) };
            Directory.Delete(folder, recursive: true);
        }

        return result;
    }

    private static ArtcResult Validate(TempCorpus corpus, string? cache = null)
    {
        var args = new List<string> { "validate", Path.Combine(corpus.Root, "news"), Path.Combine(corpus.Root, "speakers.yaml"), "--format", "msbuild" };
        if (cache is not null)
        {
            args.AddRange(new[] { "--cache", "--cache-location", cache });
        }

        return Artc.InProcess(args.ToArray());
    }

    private static CheckCacheTests.Locks LockArticles(TempCorpus corpus) =>
        new(Directory.GetFiles(Path.Combine(corpus.Root, "news")).Select(CheckCacheTests.Lock).ToList());
}
