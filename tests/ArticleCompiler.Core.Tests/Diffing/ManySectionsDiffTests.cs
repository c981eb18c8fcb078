using System.Linq;
using System.Text;
using ArticleCompiler.Diffing;
using ArticleCompiler.Parsing;
using ArticleCompiler.Validation;
using Xunit;

namespace ArticleCompiler.Core.Tests.Diffing;

/// <summary>Sections, speakers and meta keys pair through lookups, not scans: the pairs must be the ones a scan made.</summary>
public class ManySectionsDiffTests
{
    private static string Article(params int[] sections)
    {
        var text = new StringBuilder("---\nid: many\ntitle: Many\n---\n\n");
        foreach (var i in sections)
        {
            text.Append("## Heading ").Append(i).Append("\n\nText.\n\n");
        }

        return text.ToString();
    }

    private static ArticleDiff Diff(string old, string @new) => ArticleDiffer.Diff(Side(old), Side(@new), new DiffOptions());

    private static DiffSource Side(string text) => DiffSource.FromArticle(ArticleValidator.Check(ArticleParser.Parse(text), TestArticles.Options).Article);

    [Fact]
    public void SectionsOfAThousandPairByIdWhenTwoSwapAndOneGoes()
    {
        var old = Enumerable.Range(0, 1000).ToArray();
        var revised = old.Where(i => i != 500).ToArray();
        (revised[100], revised[800]) = (revised[800], revised[100]);

        var changes = Diff(Article(old), Article(revised)).Sections;

        Assert.Equal(
            new[] { "Moved heading-100", "Moved heading-801", "Removed heading-500" },
            changes.Select(c => c.Change + " " + c.OldId).OrderBy(s => s, System.StringComparer.Ordinal).ToArray());
        Assert.All(changes.Where(c => c.Change == SectionChangeKind.Moved), c => Assert.Equal(c.OldId, c.NewId));
    }

    [Fact]
    public void AnArticleOfAThousandSectionsDoesNotDifferFromItself()
    {
        var text = Article(Enumerable.Range(0, 1000).ToArray());
        var diff = Diff(text, text);
        Assert.False(diff.HasDifferences);
    }

    private static string Front(int count, string renamedKey, string metaKey)
    {
        var text = new StringBuilder("---\nid: many\ntitle: Many\nspeakers:\n");
        for (var i = 0; i < count; i++)
        {
            text.Append("  ").Append(i == 5 ? renamedKey : "s" + i).Append(":\n    name: Person Number").Append(i).Append('\n');
        }

        text.Append("meta:\n");
        for (var i = 0; i < count; i++)
        {
            text.Append("  ").Append(i == 7 ? metaKey : "k" + i).Append(": v").Append(i).Append('\n');
        }

        return text.Append("---\n\n\"We are here,\"{@s0} she said.\n").ToString();
    }

    [Fact]
    public void AmongTwoThousandSpeakersARenamedKeyIsOneChangeAndItsQuotesStayPut()
    {
        var diff = Diff(Front(2000, "s5", "k7"), Front(2000, "t5", "j7"));

        var speaker = Assert.Single(diff.Speakers);
        Assert.Equal((SpeakerChangeKind.Changed, "s5", "key", "t5"), (speaker.Change, speaker.Key, speaker.Fields.Single().Field, speaker.Fields.Single().New));
        Assert.Equal(new[] { "meta.k7: v7 -> ", "meta.j7:  -> v7" }, diff.Metadata.Select(f => $"{f.Field}: {f.Old} -> {f.New}").ToArray());
        Assert.Empty(diff.Quotes);
    }
}
