using System.IO;
using System.Linq;
using ArticleCompiler.Parsing;
using ArticleCompiler.Tests.Shared;
using Xunit;

namespace ArticleCompiler.Cli.Tests;

/// <summary>
/// The ids of the drafts `artc annotate` writes: from the file name when the raw text has no
/// headline, and never shared by two drafts of one folder. The texts are invented, in the shapes
/// of real feeds (body text only, under the same byline).
/// </summary>
public class AnnotateIdTests
{
    private const string Headless =
        "Jane Doe, The Associated Press\n\n"
        + "The city council voted on Tuesday night to approve a new budget that raises spending on public transport, parks and libraries "
        + "while cutting the money set aside for road repairs, after a debate that ran for more than six hours.\n\n"
        + "\"We listened to every resident who came,\" said Mayor Jane Roe.\n";

    private static string Id(string draft) => ArticleParser.Parse(File.ReadAllText(draft)).Article.Id;

    private static (int ExitCode, string Output) Validate(string folder)
    {
        var result = Artc.InProcess("validate", folder);
        return (result.ExitCode, result.Output.Split('\n').Reverse().Skip(1).First());
    }

    [Fact]
    public void HeadlinelessTextsUnderOneBylineGetTheirIdsFromTheirFileNames()
    {
        using var corpus = new TempCorpus();
        corpus.Write("raw/Council Budget, Tuesday.txt", Headless);
        corpus.Write("raw/council-budget-wednesday.txt", Headless.Replace("Tuesday", "Wednesday"));
        var drafts = Path.Combine(corpus.Root, "drafts");

        var result = Artc.InProcess("annotate", Path.Combine(corpus.Root, "raw"), "-o", drafts);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Council Budget, Tuesday.txt(1,1): note: the raw text has no headline", result.Error);
        Assert.Equal("council-budget-tuesday", Id(Path.Combine(drafts, "Council Budget, Tuesday.article.md")));
        Assert.Equal("council-budget-wednesday", Id(Path.Combine(drafts, "council-budget-wednesday.article.md")));
        Assert.Equal((0, "2 files checked: 0 errors, 0 warnings."), Validate(drafts));
    }

    [Fact]
    public void WikinewsTextsWithoutTheirHeadlinesAndUnderOneBylineValidateTogether()
    {
        // The shape that broke on real feeds: body text only, every text under the same byline.
        using var corpus = new TempCorpus();
        var sources = Directory.GetFiles(RepositoryPaths.Gold, "*.txt", SearchOption.AllDirectories);
        foreach (var source in sources)
        {
            var body = string.Join("\n", File.ReadAllLines(source).SkipWhile(string.IsNullOrWhiteSpace).Skip(1));
            corpus.Write("raw/" + Path.GetFileName(source), "By Jane Doe\n\nOpen this photo in gallery\n\n" + body);
        }

        var drafts = Path.Combine(corpus.Root, "drafts");
        Assert.Equal(0, Artc.InProcess("annotate", Path.Combine(corpus.Root, "raw"), "-o", drafts).ExitCode);

        var written = Directory.GetFiles(drafts).Select(f => ArticleParser.Parse(File.ReadAllText(f)).Article).ToList();
        Assert.Equal(sources.Length, written.Count);
        Assert.Equal(sources.Select(s => Path.GetFileNameWithoutExtension(s)).Order(), written.Select(a => a.Id).Order());
        Assert.All(written, a => Assert.True(a.Metadata.Title.Length <= 100 && a.Metadata.Authors.SequenceEqual(new[] { "Jane Doe" }), a.Metadata.Title));
        Assert.Equal(0, Validate(drafts).ExitCode);
    }

    [Fact]
    public void ALongFileNameGivesAnIdOfAtMostSixtyFourCharacters()
    {
        using var corpus = new TempCorpus();
        var raw = corpus.Write("breitbart_2015-11-16_omalley-campaign-to-shift-staff-resources-to-iowa-and-new-hampshire.txt", Headless);
        var draft = Path.Combine(corpus.Root, "out.article.md");

        Assert.Equal(0, Artc.InProcess("annotate", raw, "-o", draft).ExitCode);
        Assert.Equal("breitbart-2015-11-16-omalley-campaign-to-shift-staff-resources", Id(draft));
    }

    [Fact]
    public void DraftsOfOneFolderNeverShareAnId()
    {
        using var corpus = new TempCorpus();
        var text = "Council passes budget\n\n" + Headless;
        corpus.Write("raw/a.txt", text);
        corpus.Write("raw/b.txt", text);
        corpus.Write("raw/c.txt", text);
        var drafts = Path.Combine(corpus.Root, "drafts");

        Assert.Equal(0, Artc.InProcess("annotate", Path.Combine(corpus.Root, "raw"), "-o", drafts).ExitCode);

        Assert.Equal(
            new[] { "council-passes-budget", "council-passes-budget-2", "council-passes-budget-3" },
            new[] { "a", "b", "c" }.Select(n => Id(Path.Combine(drafts, n + ".article.md"))));
        Assert.Equal((0, "3 files checked: 0 errors, 0 warnings."), Validate(drafts));
    }

    [Fact]
    public void ADraftAlreadyInTheFolderKeepsItsIdAndAReplacedDraftGivesItsUp()
    {
        using var corpus = new TempCorpus();
        corpus.Write("drafts/old.article.md", "---\nid: council-passes-budget\ntitle: Council passes budget\n---\n\nText.\n");
        corpus.Write("raw/new.txt", "Council passes budget\n\n" + Headless);
        var drafts = Path.Combine(corpus.Root, "drafts");

        Assert.Equal(0, Artc.InProcess("annotate", Path.Combine(corpus.Root, "raw"), "-o", drafts + "/").ExitCode);
        Assert.Equal("council-passes-budget-2", Id(Path.Combine(drafts, "new.article.md")));
        Assert.Equal((0, "2 files checked: 0 errors, 0 warnings."), Validate(drafts));

        // Annotated again with --force, the draft replaces itself: its old id is free again.
        File.Delete(Path.Combine(drafts, "old.article.md"));
        Assert.Equal(0, Artc.InProcess("annotate", Path.Combine(corpus.Root, "raw"), "-o", drafts + "/", "--force").ExitCode);
        Assert.Equal("council-passes-budget", Id(Path.Combine(drafts, "new.article.md")));
    }
    [Fact]
    public void DraftsWrittenOneByOneToNamedFilesOfOneFolderNeverShareAnId()
    {
        using var corpus = new TempCorpus();
        var a = corpus.Write("a.txt", "Talks resume in Geneva\n\n" + Headless);
        var b = corpus.Write("b.txt", "Talks resume in Geneva\n\n" + Headless.Replace("Tuesday", "Wednesday"));
        var drafts = Path.Combine(corpus.Root, "drafts");

        Assert.Equal(0, Artc.InProcess("annotate", a, "-o", Path.Combine(drafts, "a.article.md")).ExitCode);
        Assert.Equal(0, Artc.InProcess("annotate", b, "-o", Path.Combine(drafts, "b.article.md")).ExitCode);

        Assert.Equal("talks-resume-in-geneva", Id(Path.Combine(drafts, "a.article.md")));
        Assert.Equal("talks-resume-in-geneva-2", Id(Path.Combine(drafts, "b.article.md")));
        Assert.Equal((0, "2 files checked: 0 errors, 0 warnings."), Validate(drafts));

        // The draft a named file replaces does not hold its own id against itself.
        Assert.Equal(0, Artc.InProcess("annotate", a, "-o", Path.Combine(drafts, "a.article.md"), "--force").ExitCode);
        Assert.Equal("talks-resume-in-geneva", Id(Path.Combine(drafts, "a.article.md")));
    }
}
