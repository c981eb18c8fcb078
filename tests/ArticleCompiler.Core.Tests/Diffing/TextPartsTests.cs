using System.Linq;
using ArticleCompiler.Diffing;
using Xunit;

namespace ArticleCompiler.Core.Tests.Diffing;

public class TextPartsTests
{
    [Fact]
    public void AWordDiffKeepsWhatIsCommonAndMarksTheRest()
    {
        var words = WordDiff.Compute("the quick brown fox jumps", "the slow brown fox leaps high", ignoreTypography: false);

        Assert.Equal(
            new[] { "=the", "-quick", "+slow", "=brown fox", "-jumps", "+leaps high" },
            words.Select(w => (w.Operation == WordOperation.Equal ? "=" : w.Operation == WordOperation.Deleted ? "-" : "+") + w.Text));
    }

    [Fact]
    public void TypographyFoldsOnlyWhenAsked()
    {
        Assert.NotEqual(TextKey.Of("\u201CHi\u201D \u2013 x", false), TextKey.Of("\"Hi\" - x", false));
        Assert.Equal(TextKey.Of("\u201CHi\u201D\u00A0\u2013 x", true), TextKey.Of("\"Hi\"  - x", true));
        Assert.Equal("a b", TextKey.Of("  a \t\n b ", false));
    }

    [Fact]
    public void AHugeWordDiffKeepsTheCommonEndsAndReplacesTheMiddle()
    {
        var old = string.Join(" ", Enumerable.Range(0, 3000).Select(i => "w" + i));
        var @new = "start " + string.Join(" ", Enumerable.Range(0, 3000).Select(i => i == 1500 ? "changed" : "w" + i)) + " end";

        var words = WordDiff.Compute(old, @new, ignoreTypography: false);

        Assert.Equal(new[] { WordOperation.Deleted, WordOperation.Inserted }, words.Select(w => w.Operation));
        Assert.Equal(old, words[0].Text);
        Assert.Equal(@new, words[1].Text);
        var edited = WordDiff.Compute(old, old.Replace("w1500 ", "changed "), ignoreTypography: false);
        Assert.Equal(new[] { "w1500" }, edited.Where(w => w.Operation == WordOperation.Deleted).Select(w => w.Text));
    }
}
