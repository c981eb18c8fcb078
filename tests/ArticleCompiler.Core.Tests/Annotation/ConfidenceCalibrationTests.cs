using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;
using ArticleCompiler.Annotation;
using Xunit;

namespace ArticleCompiler.Core.Tests.Annotation;

/// <summary>The confidence annotate prints is the calibrated one: a measured share right, or the rules' score where none was measured.</summary>
public class ConfidenceCalibrationTests
{
    private const string Raw = "Bridge closed for repairs\n\nThe city will close the Elm Street bridge for two months, officials said on Tuesday.\n\n"
        + "\"We have no choice,\" Mayor Ana Ruiz said. \"The steel is older than any of us.\"\n\n"
        + "She said the work would start in June.\n\n\"It will be worth the wait,\" she said.\n";

    private static readonly Regex Confidence = new(@"confidence (\d\.\d+)", RegexOptions.CultureInvariant);

    [Fact]
    public void AMeasuredScoreBecomesItsShareRightAndAnyOtherScoreKeepsItsValue()
    {
        for (var score = 0; score <= 100; score++)
        {
            var measured = ConfidenceCalibration.Measured.Where(m => System.Math.Abs(m.Score - score / 100.0) < 0.005).ToList();
            var expected = measured.Count == 1 ? measured[0].Share : score / 100.0;
            Assert.Equal(expected, ConfidenceCalibration.Calibrate(score / 100.0), 3);
        }
    }

    [Fact]
    public void TheMeasuredTableHoldsEachScoreOnceAndSharesBetweenZeroAndOne()
    {
        Assert.Equal(ConfidenceCalibration.Measured.Length, ConfidenceCalibration.Measured.Select(m => m.Score).Distinct().Count());
        Assert.All(ConfidenceCalibration.Measured, m => Assert.InRange(m.Share, 0.0, 1.0));
    }

    [Fact]
    public void EachNotePrintsTheCalibratedConfidenceOfTheRulesScore()
    {
        var raw = ArticleAnnotator.Annotate(Raw, new AnnotatorOptions(0) { NoteEveryAttribution = true, RawConfidence = true });
        var printed = ArticleAnnotator.Annotate(Raw, new AnnotatorOptions(0) { NoteEveryAttribution = true });

        var rawScores = raw.Notes.Select(n => Read(n.Message)).ToList();
        var printedScores = printed.Notes.Select(n => Read(n.Message)).ToList();
        Assert.NotEmpty(rawScores);
        Assert.Equal(rawScores.Select(ConfidenceCalibration.Calibrate), printedScores);
    }

    [Fact]
    public void SureAttributionsAreNotListedUnlessEveryNoteIsAskedFor()
    {
        var every = ArticleAnnotator.Annotate(Raw, new AnnotatorOptions(0) { NoteEveryAttribution = true });
        var listed = ArticleAnnotator.Annotate(Raw, new AnnotatorOptions(0));

        Assert.Equal(every.Notes.Count(n => Read(n.Message) < AnnotatorOptions.Sure), listed.Notes.Count(n => n.Message.Contains("confidence", System.StringComparison.Ordinal)));
        Assert.Contains(every.Notes, n => Read(n.Message) >= AnnotatorOptions.Sure);
    }

    [Fact]
    public void ContinuingThePreviousParagraphsSpeakerScoresApartFromADescribedSpeaker()
    {
        // Calibration tells rules apart only by their scores: a guess from the paragraph before
        // (right about two times in three) must not share the score of a described speaker (nine in ten).
        const string text = "Bridge closed for repairs\n\nThe city will close the Elm Street bridge for two months.\n\n"
            + "\"The steel is older than any of us,\" one engineer said.\n\n\"It will be worth the wait for everyone in town.\"\n";
        var raw = ArticleAnnotator.Annotate(text, new AnnotatorOptions(0) { NoteEveryAttribution = true, RawConfidence = true });
        var described = raw.Notes.Single(n => n.Message.Contains("is no one the article names", System.StringComparison.Ordinal));
        var continued = raw.Notes.Single(n => n.Message.Contains("continues the previous paragraph's speaker", System.StringComparison.Ordinal));
        Assert.NotEqual(Read(described.Message), Read(continued.Message));
    }

    private static double Read(string message) => double.Parse(Confidence.Match(message).Groups[1].Value, CultureInfo.InvariantCulture);
}
