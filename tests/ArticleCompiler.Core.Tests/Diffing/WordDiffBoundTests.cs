using System;
using System.Linq;
using ArticleCompiler.Diffing;
using Xunit;

namespace ArticleCompiler.Core.Tests.Diffing;

/// <summary>The word diff is the shortest within <see cref="WordDiff.MaximumEdits"/> edits, and coarse past it.</summary>
public class WordDiffBoundTests
{
    private static string Words(int count) => string.Join(" ", Enumerable.Range(0, count).Select(i => "w" + i));

    private static string Reversed(int count) => string.Join(" ", Enumerable.Range(0, count).Reverse().Select(i => "w" + i));

    private static string Rebuilt(System.Collections.Generic.IReadOnlyList<WordChange> changes, WordOperation left) =>
        string.Join(" ", changes.Where(c => c.Operation != left).Select(c => c.Text));

    [Fact]
    public void WordsReversedWithinTheBoundKeepTheWordTheyShare()
    {
        // Reversed, 200 distinct words have one in common: 398 edits, within the bound.
        var changes = WordDiff.Compute("start " + Words(200) + " end", "start " + Reversed(200) + " end", ignoreTypography: false);

        Assert.Equal(3, changes.Count(c => c.Operation == WordOperation.Equal));
        Assert.Equal("start " + Words(200) + " end", Rebuilt(changes, WordOperation.Inserted));
        Assert.Equal("start " + Reversed(200) + " end", Rebuilt(changes, WordOperation.Deleted));
    }

    [Fact]
    public void WordsReversedPastTheBoundAreReplacedBetweenTheCommonEnds()
    {
        // 300 reversed words need 598 edits: past the bound, the middle is deleted and inserted whole.
        Assert.True(2 * 300 - 2 > WordDiff.MaximumEdits);
        var changes = WordDiff.Compute("start " + Words(300) + " end", "start " + Reversed(300) + " end", ignoreTypography: false);

        Assert.Equal(
            new[] { new WordChange(WordOperation.Equal, "start"), new WordChange(WordOperation.Deleted, Words(300)), new WordChange(WordOperation.Inserted, Reversed(300)), new WordChange(WordOperation.Equal, "end") },
            changes.ToArray());
    }

    [Fact]
    public void ASmallEditOfALongSentenceIsStillExact()
    {
        var old = Words(1500);
        var @new = old.Replace(" w700 ", " changed ", StringComparison.Ordinal);
        var changes = WordDiff.Compute(old, @new, ignoreTypography: false);

        Assert.Equal(new[] { WordOperation.Equal, WordOperation.Deleted, WordOperation.Inserted, WordOperation.Equal }, changes.Select(c => c.Operation).ToArray());
        Assert.Equal("w700", changes[1].Text);
        Assert.Equal("changed", changes[2].Text);
    }
}
