using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;
using ArticleCompiler.Annotation;
using Xunit;

namespace ArticleCompiler.Core.Tests.Annotation;

/// <summary>The confidence annotate prints is the calibrated one, and calibration keeps the rules' order.</summary>
public class ConfidenceCalibrationTests
{
    private const string Raw = "Bridge closed for repairs\n\nThe city will close the Elm Street bridge for two months, officials said on Tuesday.\n\n"
        + "\"We have no choice,\" Mayor Ana Ruiz said. \"The steel is older than any of us.\"\n\n"
        + "She said the work would start in June.\n\n\"It will be worth the wait,\" she said.\n";

    private static readonly Regex Confidence = new(@"confidence (\d\.\d+)", RegexOptions.CultureInvariant);

    [Fact]
    public void AHigherRuleScoreNeverGetsALowerConfidence()
    {
        var previous = 0.0;
        for (var raw = 0; raw <= 100; raw++)
        {
            var calibrated = ConfidenceCalibration.Calibrate(raw / 100.0);
            Assert.InRange(calibrated, previous, 1.0);
            previous = calibrated;
        }
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

    private static double Read(string message) => double.Parse(Confidence.Match(message).Groups[1].Value, CultureInfo.InvariantCulture);
}
