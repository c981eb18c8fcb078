using System.Linq;
using ArticleCompiler.Diffing;
using Xunit;

namespace ArticleCompiler.Core.Tests.Diffing;

/// <summary>
/// artc diff over news full of abbreviations: a one-word edit is one edited sentence, never a move or
/// a split (issue 13: "No. 3" used to cut a sentence in two, and the diff reported moves).
/// </summary>
public class AbbreviationDiffTests
{
    private const string Before =
        "Gov. Jerry Brown toured the club's No. 3 course in St. Louis on Sept. 11 at 9:30 a.m. with Sen. Ann Lee, Dr. J.K. Smith of Acme Corp. and George W. Bush. "
        + "Growth was 3.5 percent in the U.S. Army's budget, said Rep. Tom Ray of Fresno, Calif. on Jan. 5. "
        + "The mayor, Mr. Al Green, met Lt. Gov. Dan Patrick and Sgt. Maj. Ann Ray vs. the Rev. Tim Hall of Smith Bros. Inc. near Boston, Mass. (AP) on Monday.";

    private static ArticleDiff Diff(string old, string @new) =>
        ArticleDiffer.Diff(DiffSource.FromPlainText(old), DiffSource.FromPlainText(@new), new DiffOptions(false));

    [Fact]
    public void EachSentenceFullOfAbbreviationsIsOneSentence()
    {
        Assert.Equal(3, DiffSource.FromPlainText(Before).Sentences().Count);
    }

    [Fact]
    public void OneChangedWordIsOneEditedSentenceWithoutMovesOrSplits()
    {
        var after = Before.Replace("toured", "visited");
        var diff = Diff(Before, after);

        var edited = Assert.Single(diff.Sentences, s => s.Operation == SentenceOperation.Edited);
        Assert.Equal(1, edited.Old!.Count);
        Assert.Equal(1, edited.New!.Count);
        Assert.Equal(2, diff.Sentences.Count(s => s.Operation == SentenceOperation.Unchanged));
        Assert.DoesNotContain(diff.Sentences, s => s.Operation is SentenceOperation.Moved or SentenceOperation.Added or SentenceOperation.Removed);
    }

    [Fact]
    public void ReorderedSentencesAroundAbbreviationsAreMovesOfWholeSentences()
    {
        var sentences = DiffSource.FromPlainText(Before).Sentences();
        var reordered = string.Join(" ", sentences[2], sentences[0], sentences[1]);
        var diff = Diff(Before, reordered);

        Assert.All(diff.Sentences, s => Assert.True(s.Old?.Count is null or 1 && s.New?.Count is null or 1));
        Assert.DoesNotContain(diff.Sentences, s => s.Operation is SentenceOperation.Edited or SentenceOperation.Added or SentenceOperation.Removed);
    }
}
