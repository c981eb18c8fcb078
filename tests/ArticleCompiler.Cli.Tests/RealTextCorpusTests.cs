using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.RegularExpressions;
using ArticleCompiler.Parsing;
using ArticleCompiler.Tests.Shared;
using Xunit;

namespace ArticleCompiler.Cli.Tests;

/// <summary>
/// The committed real news (English Wikinews: tests/Gold, hand-annotated, and tests/RealText/wikinews,
/// raw) through validate, annotate and diff, as the real-text benchmark runs PolNeAR
/// (tests/ArticleCompiler.Benchmarks/realtext.sh): what real text breaks shows up in CI.
/// </summary>
public class RealTextCorpusTests
{
    private static readonly string RealTextWikinews = Path.Combine(RepositoryPaths.Root, "tests", "RealText", "wikinews");

    // The raw Wikinews texts: the gold set's and the real-text set's.
    private static IEnumerable<string> RawTexts =>
        Directory.GetFiles(RepositoryPaths.Gold, "*.txt").Concat(Directory.GetFiles(RealTextWikinews, "*.txt")).OrderBy(p => p, System.StringComparer.Ordinal);

    [Fact]
    public void TheRealTextSetHoldsEnoughArticlesToMeanSomething()
    {
        Assert.True(RawTexts.Count() >= 20, $"{RawTexts.Count()} raw texts");
        Assert.True(Directory.GetFiles(RepositoryPaths.Gold, "*.article.md").Length >= 5);
    }

    [Fact]
    public void DraftsOfTheWikinewsTextsWithAndWithoutHeadlinesValidateTogetherWithShortUniqueIdsAndTitles()
    {
        using var corpus = new TempCorpus();
        foreach (var path in RawTexts)
        {
            var text = File.ReadAllText(path).Replace("\r\n", "\n");
            var name = Path.GetFileNameWithoutExtension(path);
            corpus.Write($"raw/{name}.txt", text);

            // As many feeds give it: the body only, the headline line gone.
            corpus.Write($"raw/{name}-body.txt", text.Substring(text.IndexOf("\n\n", System.StringComparison.Ordinal) + 2));
        }

        var drafts = Path.Combine(corpus.Root, "drafts");
        var annotate = Artc.InProcess("annotate", Path.Combine(corpus.Root, "raw"), "-o", drafts + "/");
        Assert.True(annotate.ExitCode == 0, annotate.Error);

        var validate = Artc.InProcess("validate", drafts, "--format", "json");
        using var report = JsonDocument.Parse(validate.Output);
        var errors = report.RootElement.GetProperty("diagnostics").EnumerateArray()
            .Where(d => d.GetProperty("severity").GetString() == "error")
            .Select(d => $"{Path.GetFileName(d.GetProperty("file").GetString())}: {d.GetProperty("code").GetString()} {d.GetProperty("message").GetString()}");
        AssertNone(errors);
        Assert.Equal(0, validate.ExitCode);

        var articles = Directory.GetFiles(drafts, "*.article.md").Select(p => (File: Path.GetFileName(p), ArticleParser.Parse(File.ReadAllText(p)).Article.Metadata)).ToList();
        Assert.Equal(2 * RawTexts.Count(), articles.Count);
        AssertNone(articles.GroupBy(a => a.Metadata.Id).Where(g => g.Count() > 1).Select(g => $"id {g.Key} shared by {string.Join(", ", g.Select(a => a.File))}")
            .Concat(articles.Where(a => a.Metadata.Id.Length > 64).Select(a => $"{a.File}: id of {a.Metadata.Id.Length}: {a.Metadata.Id}"))
            .Concat(articles.Where(a => a.Metadata.Title.Length > 120).Select(a => $"{a.File}: title of {a.Metadata.Title.Length}: {a.Metadata.Title}")));
    }

    [Fact]
    public void EachWikinewsArticleValidatesAndOneRewordedWordDiffsAsOneEditedSentence()
    {
        using var corpus = new TempCorpus();
        var validate = Artc.InProcess("validate", RepositoryPaths.Gold, "--format", "msbuild");
        Assert.True(validate.ExitCode == 0, validate.Output);

        // The hand-annotated articles, and drafts of the raw texts that have none.
        var drafts = Path.Combine(corpus.Root, "drafts");
        Assert.Equal(0, Artc.InProcess("annotate", RealTextWikinews, "-o", drafts + "/").ExitCode);
        var articles = Directory.GetFiles(RepositoryPaths.Gold, "*.article.md").Concat(Directory.GetFiles(drafts, "*.article.md")).ToList();
        Assert.True(articles.Count >= 20);

        foreach (var path in articles)
        {
            var revised = corpus.Write("revised/" + Path.GetFileName(path), RewordOneWord(File.ReadAllText(path)));
            var diff = Artc.InProcess("diff", path, revised, "--format", "json");
            Assert.True(diff.ExitCode == 1, $"{path}: exit {diff.ExitCode}: {diff.Error}");

            using var json = JsonDocument.Parse(diff.Output);
            var changes = json.RootElement.GetProperty("sentences").EnumerateArray()
                .Where(s => s.GetProperty("op").GetString() != "unchanged")
                .Select(s => s.GetProperty("op").GetString() + (s.GetProperty("new").TryGetProperty("count", out var count) ? $" ×{count}" : string.Empty))
                .ToList();
            Assert.True(changes.SequenceEqual(new[] { "edited" }), $"{Path.GetFileName(path)}: {string.Join(", ", changes)}");
        }
    }

    // Every problem in full, one a line (Assert.Empty cuts them short).
    private static void AssertNone(IEnumerable<string> problems)
    {
        var list = problems.ToList();
        Assert.True(list.Count == 0, $"{list.Count} problems:\n{string.Join("\n", list)}");
    }

    // The middle paragraph's first lower-case word of seven letters or more (never inside an
    // attribute block) becomes "reworded".
    private static string RewordOneWord(string article)
    {
        var bodyStart = article.IndexOf("\n---\n", 3, System.StringComparison.Ordinal) + 5;
        var paragraphs = Regex.Matches(article.Substring(bodyStart), @"(?m)^[^#:\n-][^\n]{80,}$").ToList();
        foreach (var paragraph in paragraphs.Skip(paragraphs.Count / 2).Concat(paragraphs))
        {
            var word = Regex.Match(paragraph.Value, @"(?<![@#.\\\p{L}-])[a-z]{7,}(?![\p{L}}-])");
            if (word.Success && word.Value != "reworded")
            {
                var at = bodyStart + paragraph.Index + word.Index;
                return article.Substring(0, at) + "reworded" + article.Substring(at + word.Length);
            }
        }

        throw new Xunit.Sdk.XunitException("no word to reword");
    }
}
