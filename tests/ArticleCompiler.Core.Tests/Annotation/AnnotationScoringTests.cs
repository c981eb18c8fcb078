using System.Collections.Generic;
using System.Linq;
using ArticleCompiler.Tests.Shared;
using Xunit;

namespace ArticleCompiler.Core.Tests.Annotation;

/// <summary>The scorer the floors rest on.</summary>
public class AnnotationScoringTests
{
    private static LocatedQuote Q(int start, int end, string speaker, bool indirect = false) => new(start, end, indirect, new[] { speaker });

    [Fact]
    public void OverlapIsTheSharedPartOfTheLongerSpan()
    {
        Assert.Equal(1.0, AnnotationScoring.OverlapOf(Q(0, 10, "a"), Q(0, 10, "a")));
        Assert.Equal(0.8, AnnotationScoring.OverlapOf(Q(0, 10, "a"), Q(2, 10, "a")), 6);
        Assert.Equal(0.5, AnnotationScoring.OverlapOf(Q(0, 10, "a"), Q(0, 20, "a")), 6);
        Assert.Equal(0.0, AnnotationScoring.OverlapOf(Q(0, 10, "a"), Q(10, 20, "a")));
    }

    [Fact]
    public void MatchingIsOneToOneAndCountsSpeakers()
    {
        var gold = new List<LocatedQuote> { Q(0, 100, "anatoly antonov"), Q(200, 300, "vladimir putin"), Q(400, 500, "x", indirect: true) };
        var predicted = new List<LocatedQuote> { Q(0, 100, "antonov"), Q(1, 100, "antonov"), Q(210, 300, "donald trump"), Q(600, 700, "x", indirect: true) };

        var direct = AnnotationScoring.Score(gold, predicted, indirect: false);
        Assert.Equal(new QuoteCounts(Gold: 2, Predicted: 3, ExactMatches: 1, OverlapMatches: 2, SpeakerRight: 1), direct);
        Assert.Equal(0.8, direct.OverlapF1, 6);
        Assert.Equal(0.5, direct.SpeakerAccuracy, 6);

        var indirect = AnnotationScoring.Score(gold, predicted, indirect: true);
        Assert.Equal(new QuoteCounts(1, 1, 0, 0, 0), indirect);
        Assert.Equal(0.0, indirect.AttributedF1);
    }

    [Fact]
    public void QuotedWordsInAReportCountAsTheSpeakersQuoteOnlyWhenAsked()
    {
        const string raw = "Budget\n\nRoe said the plan was \"dead, sadly,\" and \"gone\" for good.\n";
        const string withBlock = "---\nid: budget\ntitle: Budget\nspeakers:\n  roe:\n    name: Jane Roe\n---\n\nRoe said [the plan was \"dead, sadly,\"{@roe} and \"gone\" for good]{@roe}.\n";
        var text = raw.Replace('\n', ' ');

        var wikinews = AnnotationScoring.Locate(withBlock, raw);
        var ggt = AnnotationScoring.Locate(withBlock.Replace("\"{@roe}", "\"", System.StringComparison.Ordinal), raw, quotationsInReports: false);
        var notAQuote = AnnotationScoring.Locate(withBlock.Replace("\"gone\"", "\"gone\"{-}", System.StringComparison.Ordinal), raw);

        // The block's quote and the bare quotation, both Roe's, the trailing comma dropped as the parser drops it.
        Assert.Equal(new[] { "gone", "dead, sadly", "the plan was \"dead, sadly,\" and \"gone\" for good" }, wikinews.Select(q => text.Substring(q.Start, q.Length)).OrderBy(t => t.Length));
        Assert.All(wikinews, q => Assert.Contains("jane roe", q.Speaker));
        Assert.Single(ggt);
        Assert.Equal(2, notAQuote.Count);
    }

    [Fact]
    public void AQuoteOverTwoParagraphsIsOneQuoteOrOnePerParagraphWhenAsked()
    {
        const string raw = "Budget\n\n\"The plan is dead.\n\n\"We start again in May,\" Roe said.\n";
        const string annotated = "---\nid: budget\ntitle: Budget\nspeakers:\n  roe:\n    name: Jane Roe\n---\n\n\"The plan is dead.\n\n\"We start again in May,\"{@roe} Roe said.\n";
        var text = raw.Replace('\n', ' ');

        var whole = AnnotationScoring.Locate(annotated, raw);
        var pieces = AnnotationScoring.Locate(annotated, raw, perParagraph: true);

        Assert.Equal("The plan is dead.  \"We start again in May", text.Substring(whole.Single().Start, whole.Single().Length));
        Assert.Equal(new[] { "The plan is dead.", "We start again in May" }, pieces.Select(q => text.Substring(q.Start, q.Length)));
        Assert.All(pieces, q => Assert.Contains("jane roe", q.Speaker));
    }

    [Fact]
    public void SpeakersAgreeByNameAliasOrSurname()
    {
        Assert.True(AnnotationScoring.SameSpeaker(new[] { "anatoly antonov", "antonov" }, new[] { "antonov" }));
        Assert.True(AnnotationScoring.SameSpeaker(new[] { "mike pompeo" }, new[] { "michael pompeo" }));
        Assert.True(AnnotationScoring.SameSpeaker(new[] { "interior ministry of afghanistan", "a source within the central interior ministry" }, new[] { "interior ministry" }));
        Assert.False(AnnotationScoring.SameSpeaker(new[] { "vladimir putin" }, new[] { "donald trump" }));
        Assert.False(AnnotationScoring.SameSpeaker(new[] { "jonna mendez" }, new string[0]));
    }

    [Fact]
    public void ALowerThresholdMatchesSpansThatShareLess()
    {
        var gold = new List<LocatedQuote> { Q(0, 100, "a", indirect: true) };
        var predicted = new List<LocatedQuote> { Q(40, 100, "a", indirect: true) };

        Assert.Equal(0, AnnotationScoring.Score(gold, predicted, indirect: null, threshold: 0.8).OverlapMatches);
        Assert.Equal(1, AnnotationScoring.Score(gold, predicted, indirect: null, threshold: 0.3).OverlapMatches);
        Assert.Equal(0, AnnotationScoring.Score(gold, predicted, indirect: null, threshold: 0.7).OverlapMatches);
    }

    [Fact]
    public void MatchingTakesTheBestOverlapFirst()
    {
        var gold = new List<LocatedQuote> { Q(0, 100, "a"), Q(0, 90, "b") };
        var predicted = new List<LocatedQuote> { Q(0, 91, "b") };

        Assert.Equal(new[] { (1, 0) }, AnnotationScoring.Match(gold, predicted, 0.8));
    }

    [Fact]
    public void IgnoredGoldNeitherCountsNorPenalisesItsMatch()
    {
        var gold = new List<LocatedQuote> { Q(0, 100, "a"), Q(200, 300, "b") with { Ignored = true } };
        var predicted = new List<LocatedQuote> { Q(0, 100, "a"), Q(200, 300, "b"), Q(400, 500, "c") };

        var all = AnnotationScoring.Score(gold, predicted, indirect: null);

        Assert.Equal(new QuoteCounts(Gold: 1, Predicted: 2, ExactMatches: 1, OverlapMatches: 1, SpeakerRight: 1), all);
    }

    [Fact]
    public void AGoldQuoteWithoutSpeakerCountsForSpansButNotForSpeakers()
    {
        var gold = new List<LocatedQuote> { Q(0, 100, "anatoly antonov"), new(200, 300, false, new string[0]) };
        var predicted = new List<LocatedQuote> { Q(0, 100, "donald trump"), Q(200, 300, "vladimir putin") };

        var all = AnnotationScoring.Score(gold, predicted, indirect: null);

        Assert.Equal(1.0, all.OverlapF1, 6);
        Assert.Equal(1, all.MatchedUnscorable);
        Assert.Equal(0.0, all.SpeakerAccuracy);
        Assert.Equal(0.0, all.AttributedF1);
        var right = AnnotationScoring.Score(gold, new List<LocatedQuote> { Q(0, 100, "antonov"), Q(200, 300, "x") }, indirect: null);
        Assert.Equal(1.0, right.SpeakerAccuracy, 6);
        Assert.Equal(1.0, right.AttributedF1, 6);
    }
}
