using System.IO;
using System.Linq;
using ArticleCompiler.Parsing;
using Xunit;

namespace ArticleCompiler.Cli.Tests;

/// <summary>
/// Shapes of real raw text that made <c>artc annotate</c>'s drafts collide or take the wrong title,
/// found by the real-text benchmark on PolNeAR (texts invented, same shapes). Issue 13, deliverable 2.
/// </summary>
public class RealTextShapesTests
{
    private const string Body = "The senator spoke for an hour on Tuesday about the budget and the war.\n\n\"We will not give in,\" Senator Jane Roe said.\n";

    private static ArticleCompiler.Model.ArticleMetadata[] AnnotateFolder(TempCorpus corpus)
    {
        var drafts = Path.Combine(corpus.Root, "drafts");
        var result = Artc.InProcess("annotate", Path.Combine(corpus.Root, "raw"), "-o", drafts + "/");
        Assert.True(result.ExitCode == 0, result.Error);
        var validate = Artc.InProcess("validate", drafts, "--format", "msbuild");
        Assert.True(validate.ExitCode == 0, validate.Output);
        return Directory.GetFiles(drafts, "*.article.md").OrderBy(p => p, System.StringComparer.Ordinal)
            .Select(p => ArticleParser.Parse(File.ReadAllText(p)).Article.Metadata).ToArray();
    }

    [Fact]
    public void TwoArticlesWithTheSameHeadlineInOneFolderGetDistinctIds()
    {
        // A recurring column ("10 Things to Know for Today") and a story updated the next day.
        using var corpus = new TempCorpus();
        corpus.Write("raw/2016-02-04_things-to-know.txt", "10 Things to Know for Today\n\n" + Body);
        corpus.Write("raw/2016-08-25_things-to-know.txt", "10 Things to Know for Today\n\n" + Body.Replace("Tuesday", "Thursday"));

        var drafts = AnnotateFolder(corpus);

        Assert.Equal(2, drafts.Select(d => d.Id).Distinct().Count());
    }

    [Fact]
    public void ABylineOnTheFirstLineIsNeitherTheTitleNorTheId()
    {
        // Washington Post archive text: no headline, a "BYLINE:" line, then the body.
        using var corpus = new TempCorpus();
        corpus.Write("raw/2016-06-27_senate.txt", "BYLINE: Amber Phillips.\n\n" + Body);
        corpus.Write("raw/2016-08-01_senate.txt", "BYLINE: Amber Phillips.\n\n" + Body.Replace("Tuesday", "Monday"));

        var drafts = AnnotateFolder(corpus);

        Assert.All(drafts, d => Assert.DoesNotContain("Amber Phillips", d.Title));
        Assert.All(drafts, d => Assert.DoesNotContain("byline", d.Id));
        Assert.Equal(2, drafts.Select(d => d.Id).Distinct().Count());
    }

    [Fact]
    public void HeadlessTextsOpeningWithASectionLabelOrADatelineGetShortDistinctIdsAndNoDatelineTitle()
    {
        // New York Times archive text without its headline ("ABSTRACT." then "FULL TEXT."), and AP's
        // running stories that open "WASHINGTON (AP) — The Latest on ...": 112 PolNeAR drafts shared
        // the id "abstract", and the AP ones took the whole first paragraph as id and title.
        using var corpus = new TempCorpus();
        corpus.Write("raw/nyt-one.txt", "ABSTRACT.\n\nThe senator and the president had reasons to put the past behind them.\n\nFULL TEXT.\n\n" + Body);
        corpus.Write("raw/nyt-two.txt", "ABSTRACT.\n\nThe governor had a plan for the state's schools.\n\nFULL TEXT.\n\n" + Body.Replace("Tuesday", "Friday"));
        corpus.Write("raw/ap-latest.txt", "WASHINGTON (AP) — The Latest on the 2016 presidential campaign, with primaries in five states Tuesday and Republican front-runner Donald Trump trying to move closer to nailing down his party's nomination (all times Eastern Standard Time):\n\n" + Body);

        var drafts = AnnotateFolder(corpus);

        Assert.Equal(3, drafts.Select(d => d.Id).Distinct().Count());
        Assert.All(drafts, d => Assert.True(d.Id.Length <= 64 && d.Title.Length <= 120, $"{d.Id} / {d.Title}"));
        Assert.All(drafts, d => Assert.DoesNotContain("WASHINGTON (AP)", d.Title));
    }
}
