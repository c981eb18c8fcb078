using System.Linq;
using System.Text;
using ArticleCompiler.Diffing;
using ArticleCompiler.Parsing;
using ArticleCompiler.Validation;
using Xunit;

namespace ArticleCompiler.Core.Tests.Diffing;

/// <summary>Sections pair by id through a lookup, not a scan: the pairs must be the ones a scan made.</summary>
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
}
