using ArticleCompiler.Annotation;
using Xunit;

namespace ArticleCompiler.Core.Tests.Annotation;

/// <summary>
/// Reported speech that issue 14's fourth round of rules finds: a "that"-clause after a cue inside the
/// sentence or after an interjected adverb, an infinitive of purpose ("took to the radio to say"), and
/// a description that speaks after "and" or in a subordinate clause.
/// </summary>
public class ReportedSpeechFormsRound4Tests
{
    private static (string Text, string Key)[] Reported(string paragraph) => ReportedSpans.Of(paragraph, new AnnotatorOptions(MinimumConfidence: 0));

    [Fact]
    public void AThatClauseAfterACueInsideTheSentenceIsTheWholeReport()
    {
        Assert.Equal(new[] { ("the ferry would run again by May", "roe") }, Reported("It is no secret, Jane Roe said, that the ferry would run again by May."));
    }

    [Fact]
    public void AnAdverbBetweenCommasBeforeThatStillOpensTheReport()
    {
        Assert.Equal(new[] { ("the ferry would run again by May", "roe") }, Reported("Jane Roe told the harbour board, however, that the ferry would run again by May."));
    }

    [Fact]
    public void AnInfinitiveOfPurposeReportsForTheSentencesSubject()
    {
        Assert.Equal(new[] { ("the ferry would run again by May", "roe") }, Reported("Jane Roe went on the local radio on Friday to say the ferry would run again by May."));
    }

    [Fact]
    public void AnInfinitiveAfterAVerbThatMakesSomeoneSpeakReportsForItsObject()
    {
        Assert.Equal(new[] { ("the ferry was too slow", "commuters") }, Reported("The long delays led commuters to say that the ferry was too slow."));
    }

    [Fact]
    public void TheWritersAsideWithAnInfinitiveReportsNothing()
    {
        Assert.Empty(Reported("It is fair to say the ferry has had a hard winter."));
    }

    [Fact]
    public void AnInfinitiveThatNamesAThingReportsOnlyWithThat()
    {
        Assert.Empty(Reported("Jane Roe needs three more votes to claim the chair of the harbour board."));
    }

    [Fact]
    public void ADescriptionThatSpeaksAfterAndIsWrittenAtTheDefaultConfidence()
    {
        var written = ReportedSpans.Of("A spokesman for the harbour board defended the timetable and said the ferry would run again by May.");
        Assert.Equal(new[] { ("the ferry would run again by May", "spokesman-for-the-harbour-board") }, written);
    }

    [Fact]
    public void TheSubjectOfASubordinateClauseSpeaksAfterItsAnd()
    {
        Assert.Equal(new[] { ("the ferry would run again by May", "roe") }, Reported("The crowd cheered, and when Jane Roe thanked the crew and said the ferry would run again by May, the band played."));
    }

    [Fact]
    public void APhraseBeforeAnAsideBetweenCommasSpeaks()
    {
        Assert.Equal(new[] { ("the new timetable is too tight", "drivers") }, Reported("Bus drivers, for their part, argue that the new timetable is too tight."));
    }

    [Fact]
    public void APhraseBeforeAnAsideBetweenDashesSpeaks()
    {
        Assert.Equal(new[] { ("flour prices had doubled", "bakery") }, Reported("A spokesman for the bakery - a family firm since 1920 - noted that flour prices had doubled."));
    }

    [Fact]
    public void ADescriptionBeforeAnIrregularPastSpeaksInTheParticiple()
    {
        Assert.Equal(new[] { ("the rent had doubled", "shopkeeper") }, Reported("The shopkeeper spoke for an hour, saying that the rent had doubled."));
    }

    [Fact]
    public void OnePluralNounBeforeItsVerbSpeaksInTheParticiple()
    {
        Assert.Equal(new[] { ("the buses are always late", "commuters") }, Reported("Commuters are drafting a letter, saying the buses are always late."));
    }

    [Fact]
    public void ASubordinateClauseThatOpensTheSentenceIsNoSubject()
    {
        Assert.DoesNotContain(Reported("Just before the ferry left the quay, the captain waved and said the sea was calm."), r => r.Key == "quay" || r.Key == "ferry");
    }

    [Fact]
    public void AReasonAfterACueInsideTheSentenceGoesOnWithTheReport()
    {
        Assert.Equal(new[] { ("The ferry will be late on Sunday", "roe"), ("because the crew is on strike", "roe") }, Reported("The ferry will be late on Sunday, Jane Roe said, because the crew is on strike."));
    }

    [Fact]
    public void AfterALoneSentenceAdverbTheReportStartsPastTheCue()
    {
        Assert.Equal(new[] { ("a third of the boats need repairs", "roe") }, Reported("Overall, Jane Roe said, a third of the boats need repairs."));
    }

    [Fact]
    public void ASecondParticipleAfterAndReportsForTheSameSpeaker()
    {
        Assert.Equal(new[] { ("the ferry would run again by May", "roe") }, Reported("Jane Roe toured the harbour, praising the crew and suggesting that the ferry would run again by May."));
    }

    [Fact]
    public void AnInfinitiveAfterASubordinateClauseFindsNoSubjectThere()
    {
        Assert.Empty(Reported("As the vote progressed and Roe stood by her plan, refusing to admit that the ferry was late, the band played."));
    }
}
