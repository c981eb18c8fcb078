using System.Linq;
using ArticleCompiler.Annotation;
using Xunit;

namespace ArticleCompiler.Core.Tests.Annotation;

/// <summary>
/// The reported-speech forms that issue 14 added for recall: subjects no name or role reads, verbs
/// that report only through "that", what someone spoke of, the progressive, nouns of speech.
/// </summary>
public class ReportedSpeechRecallTests
{
    // At any confidence: these tests are about what the rules find, not what a draft writes.
    private static (string Text, string Key)[] Reported(string paragraph) => ReportedSpans.Of(paragraph, new AnnotatorOptions(MinimumConfidence: 0));

    private static string[] Spans(string paragraph) => ReportedSpans.Texts(paragraph, new AnnotatorOptions(MinimumConfidence: 0));

    [Fact]
    public void ALongNounPhraseOpeningTheSentenceIsTheReporter()
    {
        Assert.Equal(new[] { "the bridge should close for a month" }, Spans("The deputy head of the county delegation to the forum said the bridge should close for a month."));
    }

    [Fact]
    public void ASubjectWithARelativeClauseIsTheReporter()
    {
        Assert.Equal(new[] { ("the library has become a shell of itself", "staff") }, Reported("Former staff who spoke with the weekly paper said the library has become a shell of itself."));
    }

    [Fact]
    public void ARelativeThatClauseAfterABareNounStaysInTheSubject()
    {
        Assert.Equal(new[] { "they want the vote moved to June" }, Spans("But tenant groups that have backed the mayor say they want the vote moved to June."));
    }

    [Fact]
    public void AnAdverbBetweenCommasDoesNotHideTheSubject()
    {
        Assert.Equal(new[] { "it would keep two clinics open" }, Spans("Supporters of the levy, however, say it would keep two clinics open."));
    }

    [Fact]
    public void ACountOfPeopleWithInIsASpeaker()
    {
        Assert.Equal(new[] { "they would ride the new tram" }, Spans("Two in three said they would ride the new tram."));
    }

    [Fact]
    public void AHyphenatedDescriptorIsASpeaker()
    {
        Assert.Equal(new[] { "the county would win the appeal" }, Spans("The front-runner said the county would win the appeal."));
    }

    [Fact]
    public void AVerbThatReportsOnlyThroughThatReportsItsClause()
    {
        Assert.Equal(new[] { ("the park had never looked better", "roe") }, Reported("Jane Roe boasted that the park had never looked better."));
    }

    [Fact]
    public void AVerbThatReportsOnlyThroughThatTakesNoObjectAsAReport()
    {
        Assert.Empty(Spans("Jane Roe charged a small fee for the tour of the park."));
    }

    [Fact]
    public void WhatSomeoneSpokeOfIsReported()
    {
        Assert.Equal(new[] { ("the rise in bus fares", "roe") }, Reported("Jane Roe pointed to the rise in bus fares and dismissed the critics."));
    }

    [Fact]
    public void WhatSomeoneWarnedOfIsReportedToTheComma()
    {
        Assert.Equal(new[] { "a long fight over the levy" }, Spans("Jane Roe warned of a long fight over the levy, then left the hall."));
    }

    [Fact]
    public void AccordingToNamesALongSourceByItsFirstWords()
    {
        Assert.Equal(
            new[] { "most riders in the county want more buses" },
            Spans("According to early results of a survey conducted by a local college for the transit board and two weekly papers, most riders in the county want more buses."));
    }

    [Fact]
    public void AccordingToFollowsItsClauseWithoutAComma()
    {
        Assert.Equal(new[] { "Roe leads Hale by 40 votes" }, Spans("Roe leads Hale by 40 votes according to a count by the county clerk."));
    }

    [Fact]
    public void TheOpeningNounPhraseIsTheSubjectOfALaterParticiple()
    {
        Assert.Equal(new[] { ("they cannot discuss the lawsuit", "departments") }, Reported("The two departments declined to comment, saying they cannot discuss the lawsuit."));
    }

    [Fact]
    public void TheOpeningNounPhraseIsTheSubjectOfASecondVerb()
    {
        Assert.Equal(new[] { "the crews had trained for months" }, Spans("A spokesman for the county fire service defended the plan and said the crews had trained for months."));
    }

    [Fact]
    public void AReportingVerbInTheProgressiveReports()
    {
        Assert.Equal(new[] { ("she will carry the northern wards", "roe") }, Reported("Jane Roe is predicting that she will carry the northern wards."));
    }

    [Fact]
    public void AWrittenTextThatSaysReportsForTheSubject()
    {
        Assert.Equal(new[] { "the pool will stay shut until May" }, Spans("The county issued a statement saying the pool will stay shut until May."));
    }

    [Fact]
    public void AddingThatAfterACueWithAnAdverbialTakesTheCuesSpeaker()
    {
        var reported = Reported("\"It will take time,\" Jane Roe said at the meeting, adding that the budget was tight.");
        Assert.Contains(("the budget was tight", "roe"), reported);
    }

    [Fact]
    public void ANounOfSpeechCarriesAReport()
    {
        Assert.Equal(new[] { ("the tram would pay for itself", "roe") }, Reported("Jane Roe repeated her claim that the tram would pay for itself."));
    }

    [Fact]
    public void QuotedAsSayingReportsForTheSubject()
    {
        Assert.Equal(new[] { ("the depot would close in June", "roe") }, Reported("Jane Roe was quoted as saying the depot would close in June."));
    }

    [Fact]
    public void ACueInAnAsClauseReportsTheClauseAfterIt()
    {
        Assert.Equal(new[] { ("the council has already picked a new clerk", "paper") }, Reported("As the weekly paper reported on Friday, the council has already picked a new clerk."));
    }

    [Fact]
    public void AnAsClauseWithoutACueReportsNothing()
    {
        Assert.Empty(Spans("As expected, the council voted for the new clerk."));
    }

    [Fact]
    public void ASubjectPhraseAtTheParagraphsFirstTokenIsReadWithoutFailing()
    {
        // The subject phrase once looked at the token before the paragraph's first one.
        Assert.Equal(new[] { "the pool would close in May" }, Spans("the pool staff who met on Monday said the pool would close in May."));
    }

    [Fact]
    public void APluralPossessiveStaysInTheSubjectPhrase()
    {
        Assert.Equal(new[] { "the tram line will open in the autumn" }, Spans("Jane Roe spoke first. The Greens’ county campaign says the tram line will open in the autumn."));
    }
}
