using ArticleCompiler.Annotation;
using Xunit;

namespace ArticleCompiler.Core.Tests.Annotation;

/// <summary>
/// Reported speech found in issue 14's seventh round: a reporting participle with "that" after a
/// word rather than a comma ("a lawsuit alleging that ...", "with Roe tweeting that ..."), and the
/// relative pronoun that stands for a report inside a relative clause ("the pier, which officials
/// said will open in May": "which" is reported as well as what follows the verb).
/// </summary>
public class ReportedSpeechFormsRound7Tests
{
    private static (string Text, string Key)[] Reported(string paragraph) => ReportedSpans.Of(paragraph, new AnnotatorOptions(MinimumConfidence: 0));

    [Fact]
    public void AParticipleWithThatAfterANameReportsForTheName()
    {
        Assert.Equal(new[] { ("the pier was a disaster", "roe") }, Reported("Critics were quick to respond, with Jane Roe tweeting that the pier was a disaster."));
    }

    [Fact]
    public void AParticipleWithThatAfterAVerbPhraseReportsForTheSubject()
    {
        Assert.Equal(new[] { ("the pier should be longer", "roe") }, Reported("Jane Roe has offered few ideas aside from stating that the pier should be longer."));
    }

    [Fact]
    public void AnAdverbMayStandBetweenTheParticipleAndThat()
    {
        Assert.Equal(new[] { ("the pier is safe", "roe") }, Reported("Jane Roe has been making this case and claiming loudly that the pier is safe."));
    }

    [Fact]
    public void AParticipleWithoutThatAfterAWordIsNoReport()
    {
        Assert.Empty(Reported("Jane Roe kept citing that report about the pier."));
    }

    [Fact]
    public void AWhichAfterACommaIsReportedForTheRelativeClausesSpeaker()
    {
        Assert.Equal(new[] { ("which", "officials"), ("will open in May", "officials") }, Reported("The board approved the new pier, which officials said will open in May."));
    }

    [Fact]
    public void ARelativeThatIsReportedWhenTheClauseVerbFollowsTheReportingVerb()
    {
        Assert.Equal(new[] { ("that", "residents"), ("will hurt the town", "residents") }, Reported("It was a setback that many residents say will hurt the town."));
    }

    [Fact]
    public void APronounAfterAPrepositionIsNoReportOfItsOwn()
    {
        Assert.Equal(new[] { ("the pier was safe", "roe") }, Reported("The ad shows an interview in which Jane Roe said the pier was safe."));
    }

    [Fact]
    public void AWhichBeforeAPronounContinuesTheSpeakersOwnReport()
    {
        Assert.DoesNotContain(Reported("Jane Roe said on Friday the pier may close, which she said would save money."), r => r.Text == "which");
    }
}
