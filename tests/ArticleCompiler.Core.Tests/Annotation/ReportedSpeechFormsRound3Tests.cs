using ArticleCompiler.Annotation;
using Xunit;

namespace ArticleCompiler.Core.Tests.Annotation;

/// <summary>
/// Reported speech that issue 14's third round of rules finds: appeals and requests with whom they
/// were made to, subjects in relative clauses and lone quantities, short answers, objects of verbs
/// that repeat, deny or recall, and negated speech verbs.
/// </summary>
public class ReportedSpeechFormsRound3Tests
{
    // At any confidence: these tests are about what the rules find, not what a draft writes.
    private static (string Text, string Key)[] Reported(string paragraph) => ReportedSpans.Of(paragraph, new AnnotatorOptions(MinimumConfidence: 0));

    [Fact]
    public void AnAppealInAParticipleIsReportedForTheSubject()
    {
        Assert.Equal(new[] { ("the council to keep the pool open", "roe") }, Reported("Jane Roe spoke for an hour, urging the council to keep the pool open."));
    }

    [Fact]
    public void ARequestWithAnInfinitiveIsReportedWithWhomItWasMadeTo()
    {
        Assert.Equal(new[] { ("the drivers to slow down near the school", "roe") }, Reported("Jane Roe asked the drivers to slow down near the school."));
    }

    [Fact]
    public void SomeoneAskedToDoSomethingIsNoOneAsking()
    {
        Assert.Empty(Reported("Jane Roe was asked to leave the hall before the vote."));
    }

    [Fact]
    public void ThePeopleARelativeWhoStandsForReportAnywhereInTheSentence()
    {
        Assert.Equal(new[] { ("the tram is a waste of money", "shopkeepers") }, Reported("The vote gave new hope to shopkeepers who say the tram is a waste of money."));
    }

    [Fact]
    public void ALonePluralQuantityIsAGroupOfSpeakers()
    {
        Assert.Equal(new[] { ("the bridge can wait another year", "others") }, Reported("Jane Roe wants the bridge fixed. Others say the bridge can wait another year."));
    }

    [Fact]
    public void AVerbThatRepeatsReportsItsObject()
    {
        Assert.Equal(new[] { ("his support for the new bus lanes", "roe") }, Reported("John Roe reiterated his support for the new bus lanes."));
    }

    [Fact]
    public void AParticipleThatDescribesReportsItsObject()
    {
        Assert.Equal(new[] { ("the levy as a tax on the poor", "roe") }, Reported("Jane Roe spoke against the plan, describing the levy as a tax on the poor."));
    }

    [Fact]
    public void AVerbOfSpeechUsedAsAnAdjectiveReportsNothing()
    {
        Assert.Empty(Reported("The depot came under repeated attacks from the council."));
    }

    [Fact]
    public void WhatSomeoneRespondedToIsReported()
    {
        Assert.Equal(new[] { ("the complaints about the new timetable", "roe") }, Reported("Jane Roe responded to the complaints about the new timetable."));
    }

    [Fact]
    public void WhatSomeoneAskedForIsReported()
    {
        Assert.Equal(new[] { ("a recount of the ballots", "roe") }, Reported("Jane Roe asked for a recount of the ballots."));
    }

    [Fact]
    public void AOneWordAnswerThatEndsTheSentenceIsReported()
    {
        Assert.Equal(new[] { ("yes", "roe") }, Reported("Asked whether the pool would reopen, Jane Roe said yes."));
    }

    [Fact]
    public void APronounAndItsAuxiliaryAreAWholeAnswer()
    {
        Assert.Equal(new[] { ("she would not", "roe") }, Reported("Jane Roe was asked to run again. Roe said she would not."));
    }

    [Fact]
    public void WhatANegatedVerbOfSpeechWithheldIsReported()
    {
        Assert.Equal(new[] { ("when the pool would reopen", "roe") }, Reported("Jane Roe did not say when the pool would reopen."));
    }

    [Fact]
    public void ADeclinedVerbOfSpeechReportsWhatWasWithheld()
    {
        Assert.Equal(new[] { ("which candidate she would back", "roe") }, Reported("Jane Roe declined to say which candidate she would back."));
    }

    [Fact]
    public void ARefusalToCommentReportsNothing()
    {
        Assert.Empty(Reported("Jane Roe declined to say anything about the pool."));
    }

    [Fact]
    public void AShowsTitleInQuotationMarksBeforeTheSpeakerIsNoQuotationTheVerbReports()
    {
        Assert.Equal(new[] { ("the tram would run by May", "roe") }, Reported("Speaking on the radio show \"Morning Desk,\" Jane Roe said the tram would run by May."));
    }

    [Fact]
    public void ASpeakerAfterACurlyClosingQuoteReportsWhatSheAdds()
    {
        Assert.Equal(new[] { ("the pool will open in June", "roe") }, Reported("Jane Roe spoke first. \u201CWe are ready,\u201D Roe said, adding that the pool will open in June."));
    }

    [Fact]
    public void ASpeakerAfterADoubledApostropheQuoteReportsWhatSheAdds()
    {
        Assert.Contains(("the pool will open in June", "roe"), Reported("Jane Roe spoke first. ''We are ready,'' Roe said, adding that the pool will open in June."));
    }
}
