using System.IO;
using System.Linq;
using ArticleCompiler.Parsing;
using ArticleCompiler.Tests.Shared;
using Xunit;

namespace ArticleCompiler.Cli.Tests;

public class AnnotateCommandTests
{
    private static readonly string RawSeed = File.ReadAllText(RepositoryPaths.RawSeed);

    [Fact]
    public void OneRawArticleBecomesADraftOnStandardOutputWithNotesOnStandardError()
    {
        var result = Artc.Process(Artc.RepositoryRoot, null, "annotate", "seeds/raw/000_325cd8fcc397f6ab.txt");

        Assert.Equal(0, result.ExitCode);
        var article = ArticleParser.Parse(result.Output).Article;

        // The seed's 39 quotes less its one partial quote, "substantive", which the draft leaves to the
        // report around it (mixed quotation), and one reported span the rules miss.
        Assert.Equal(37, article.Quotes.Count);
        Assert.StartsWith("---\n# artc annotate: check these attributions", result.Output);
        var notes = result.Error.TrimEnd('\n').Split('\n');
        Assert.All(notes, line => Assert.Matches(@"^seeds/raw/000_325cd8fcc397f6ab\.txt\(\d+,\d+\): note: ", line));
        Assert.Contains("seeds/raw/000_325cd8fcc397f6ab.txt(47,1): note: indirect quote 'Besides enhancing", result.Error);

        using var drafts = new TempCorpus();
        var validate = Artc.InProcess("validate", "--format", "msbuild", drafts.Write("seed.article.md", result.Output));
        Assert.Equal(0, validate.ExitCode);
    }

    [Fact]
    public void AnExistingDraftIsKeptUnlessForceIsGiven()
    {
        using var corpus = new TempCorpus();
        var raw = corpus.Write("seed.txt", RawSeed);
        var draft = corpus.Write("seed.article.md", "mine\n");

        var refused = Artc.InProcess("annotate", raw, "-o", draft);
        Assert.Equal(2, refused.ExitCode);
        Assert.Equal($"artc: error: '{draft}' exists; use --force to overwrite it\n", refused.Error);
        Assert.Equal("mine\n", File.ReadAllText(draft));

        var forced = Artc.InProcess("annotate", raw, "-o", draft, "--force");
        Assert.Equal(0, forced.ExitCode);
        Assert.Equal(37, ArticleParser.Parse(File.ReadAllText(draft)).Article.Quotes.Count);
        Assert.Equal(new[] { "seed.article.md", "seed.txt" }, Directory.GetFiles(corpus.Root).Select(Path.GetFileName).OrderBy(n => n));
        Assert.Empty(forced.Output);
    }

    [Fact]
    public void AFolderOfRawArticlesBecomesAFolderOfDrafts()
    {
        using var corpus = new TempCorpus();
        corpus.Write("raw/a.txt", RawSeed);
        corpus.Write("raw/sub/b.txt", RawSeed.Replace("Russia Ready to Increase", "Russia Still Ready to Increase"));
        corpus.Write("raw/ignored.md", "not raw");
        var drafts = Path.Combine(corpus.Root, "drafts");

        var result = Artc.InProcess("annotate", Path.Combine(corpus.Root, "raw"), "-o", drafts);

        Assert.Equal(0, result.ExitCode);
        Assert.EndsWith("2 drafts written: 74 quotes annotated, 6 attributions to check.\n", result.Error);
        Assert.Equal(new[] { "a.article.md", "b.article.md" }, Directory.GetFiles(drafts).Select(Path.GetFileName).OrderBy(n => n));
        var validate = Artc.InProcess("validate", drafts);
        Assert.Equal((0, "2 files checked: 0 errors, 0 warnings.\n"), (validate.ExitCode, validate.Output.Split('\n').Reverse().Skip(1).First() + "\n"));
    }

    [Fact]
    public void SeveralRawArticlesNeedAnOutputFolder()
    {
        using var corpus = new TempCorpus();
        corpus.Write("a.txt", RawSeed);
        corpus.Write("b.txt", RawSeed);

        var result = Artc.InProcess("annotate", corpus.Root);

        Assert.Equal((2, "artc: error: several raw articles need --output FOLDER for their drafts\n"), (result.ExitCode, result.Error));
    }

    [Fact]
    public void OneRawArticleFoundInAFolderIsOneInput()
    {
        using var corpus = new TempCorpus();
        corpus.Write("raw/a.txt", RawSeed);
        Directory.CreateDirectory(Path.Combine(corpus.Root, "empty"));

        var result = Artc.InProcess("annotate", Path.Combine(corpus.Root, "raw"));
        var empty = Artc.InProcess("annotate", Path.Combine(corpus.Root, "empty"));

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(37, ArticleParser.Parse(result.Output).Article.Quotes.Count);
        Assert.Equal((2, $"artc: error: no raw articles (*.txt) found in '{Path.Combine(corpus.Root, "empty")}'\n"), (empty.ExitCode, empty.Error));
    }

    [Fact]
    public void TheDraftNeverReplacesTheRawArticleAndItsFolderIsMadeIfMissing()
    {
        using var corpus = new TempCorpus();
        var raw = corpus.Write("seed.txt", RawSeed);
        corpus.Write("file", "not a folder");

        var self = Artc.InProcess("annotate", raw, "-o", raw, "--force");
        Assert.Equal((2, $"artc: error: '{raw}' is a raw article being annotated; write the draft elsewhere\n"), (self.ExitCode, self.Error));
        Assert.Equal(RawSeed, File.ReadAllText(raw));

        var underFile = Artc.InProcess("annotate", raw, "-o", Path.Combine(corpus.Root, "file", "x.article.md"));
        Assert.Equal(2, underFile.ExitCode);
        Assert.EndsWith("is a file, not a folder\n", underFile.Error);

        var nested = Path.Combine(corpus.Root, "new", "folder", "seed.article.md");
        var made = Artc.InProcess("annotate", raw, "-o", nested);
        Assert.Equal(0, made.ExitCode);
        Assert.True(File.Exists(nested));
    }

    [Fact]
    public void AMinimumConfidenceThatIsNoNumberIsAUsageErrorWithoutAStackTrace()
    {
        var result = Artc.Process(Artc.RepositoryRoot, null, "annotate", "seeds/raw/000_325cd8fcc397f6ab.txt", "--min-confidence", "abc");

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("artc: error: Cannot parse argument 'abc' for option '--min-confidence'", result.Error);
        Assert.DoesNotContain("   at ", result.Error);
    }

    [Theory]
    [InlineData("2", "--min-confidence must be a number from 0 to 1")]
    [InlineData("-0.5", "--min-confidence must be a number from 0 to 1")]
    public void AMinimumConfidenceOutsideZeroToOneIsAUsageError(string value, string message)
    {
        var result = Artc.InProcess("annotate", RepositoryPaths.RawSeed, "--min-confidence", value);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains(message, result.Error);
        Assert.Empty(result.Output);
    }

    [Fact]
    public void AMissingFileIsAUsageError()
    {
        var result = Artc.InProcess("annotate", "no/such/file.txt");

        Assert.Equal((2, "artc: error: path 'no/such/file.txt' does not exist\n"), (result.ExitCode, result.Error));
    }

    [Fact]
    public void ABinaryFileIsReportedWithItsCodeAndNoDraftIsWritten()
    {
        using var corpus = new TempCorpus();
        var raw = corpus.WriteBytes("photo.txt", new byte[] { 0x89, 0x50, 0x4E, 0x47, 0, 0, 0, 0 });
        var draft = Path.Combine(corpus.Root, "photo.article.md");

        var result = Artc.InProcess("annotate", raw, "-o", draft);

        Assert.Equal(1, result.ExitCode);
        Assert.StartsWith(raw + "(1,1): error ARTC010: ", result.Error);
        Assert.False(File.Exists(draft));
    }

    [Fact]
    public void AHighMinimumConfidenceListsWhatItLeavesOut()
    {
        var result = Artc.InProcess("annotate", RepositoryPaths.RawSeed, "--min-confidence", "0.9");

        Assert.Equal(0, result.ExitCode);
        Assert.Matches(@"not annotated: perhaps Anatoly Antonov, confidence 0\.[0-8]\d is below 0\.90: 'he' taken as Anatoly Antonov", result.Error);
        Assert.True(ArticleParser.Parse(result.Output).Article.Quotes.Count < 37);
    }
}
