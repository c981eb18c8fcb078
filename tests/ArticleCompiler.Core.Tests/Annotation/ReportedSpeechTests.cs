using System.Linq;
using ArticleCompiler.Annotation;
using Xunit;

namespace ArticleCompiler.Core.Tests.Annotation;

/// <summary>annotate finds reported speech in the forms news uses, with the span the reported words cover.</summary>
public class ReportedSpeechTests
{
    private static (string Text, string Key)[] Reported(string paragraph) => ReportedSpans.Of(paragraph);

    [Fact]
    public void ASubjectBeforeALongAppositionIsTheSpeaker()
    {
        Assert.Equal(new[] { ("the clinic would close in May", "roe") }, Reported("Jane Roe, 41, a nurse from Dayton, said the clinic would close in May."));
    }

    [Fact]
    public void ACueInsideTheSentenceReportsTheWordsOnBothSides()
    {
        Assert.Equal(
            new[] { "The new budget", "would cut bus routes across the city" },
            Reported("Mayor Jane Roe spoke on Monday. The new budget, Roe said, would cut bus routes across the city.").Select(r => r.Text));
    }

    [Fact]
    public void AccordingToAfterTheContentReportsTheWordsBeforeIt()
    {
        Assert.Equal(new[] { ("The bridge will reopen in March", "engineer") }, Reported("The bridge will reopen in March, according to the city engineer."));
    }

    [Fact]
    public void AccordingToAnythingThatIsNoPersonStillReports()
    {
        Assert.Equal(new[] { "turnout rose by a fifth in the northern wards" }, Reported("According to a county tally, turnout rose by a fifth in the northern wards.").Select(r => r.Text));
    }

    [Fact]
    public void AParticipleReportsForTheSentencesSubject()
    {
        Assert.Equal(new[] { ("the shelter had never been so full", "roe") }, Reported("Jane Roe thanked the volunteers, saying the shelter had never been so full."));
    }

    [Fact]
    public void AnAdverbialAfterTheVerbOfADirectQuoteIsNoReport()
    {
        Assert.Empty(Reported("\"We are pleased with the vote,\" Jane Roe said in a statement on Monday."));
        Assert.Empty(Reported("\"We are pleased with the vote,\" Jane Roe said as the crowd cheered."));
    }

    [Fact]
    public void ASecondReportingVerbEndsTheFirstReport()
    {
        Assert.Equal(
            new[] { "the roads were safe", "the snow would stop by noon" },
            Reported("Jane Roe said the roads were safe and added that the snow would stop by noon.").Select(r => r.Text));
    }

    [Fact]
    public void ACountOfPeopleCanReport()
    {
        Assert.Equal(new[] { "they opposed the plan to close the library" }, Reported("About 60 percent of the voters said they opposed the plan to close the library.").Select(r => r.Text));
    }

    [Fact]
    public void TheSubjectOfTheSentenceReportsAfterAnd()
    {
        Assert.Equal(new[] { ("the budget was balanced for the first time", "roe") }, Reported("Jane Roe met the council on Tuesday and said the budget was balanced for the first time."));
    }

    [Fact]
    public void APromiseIsReportedFromItsInfinitive()
    {
        Assert.Equal(new[] { ("to rebuild the pier before the summer season", "roe") }, Reported("Jane Roe vowed on Monday to rebuild the pier before the summer season."));
    }

    [Fact]
    public void AQuestionIsReportedFromWhether()
    {
        Assert.Equal(new[] { ("whether the library would stay open on Sundays", "roe") }, Reported("Jane Roe asked the board whether the library would stay open on Sundays."));
    }

    [Fact]
    public void WordsAfterAColonWithoutQuotationMarksAreReported()
    {
        Assert.Equal(new[] { ("the pier will be rebuilt by the summer", "roe") }, Reported("Jane Roe said: the pier will be rebuilt by the summer."));
    }

    [Fact]
    public void AParticipleAfterADirectQuoteReportsForItsSpeaker()
    {
        Assert.Equal(new[] { ("the vote would be held in June", "roe") }, Reported("\"We will win this,\" Jane Roe said, adding that the vote would be held in June."));
    }

    [Fact]
    public void WhatIsAnnouncedIsReported()
    {
        Assert.Equal(new[] { "a new tariff on imported steel" }, Reported("The minister of trade, Jane Roe, announced a new tariff on imported steel.").Select(r => r.Text));
    }

    [Fact]
    public void AnEstimatedNumberIsNoReport()
    {
        Assert.Empty(Reported("The fire destroyed an estimated 300 homes along the coast."));
    }

    [Fact]
    public void ARelativeClauseAfterTheReportIsNotPartOfIt()
    {
        Assert.Equal(new[] { "the deal was signed by John Doe" }, Reported("Jane Roe said the deal was signed by John Doe, who left the company in May.").Select(r => r.Text));
    }

    [Fact]
    public void RoleWordsBeforeANameAndAnAppositionAfterItStillGiveTheSpeaker()
    {
        Assert.Equal(new[] { ("he is proud of the campaign", "archer") }, Reported("County delegate John Archer, wearing a red scarf, said he is proud of the campaign."));
    }

    [Fact]
    public void ADescriptorWithWhatItIsOfReports()
    {
        Assert.Equal(new[] { "there was a commitment to the island" }, Reported("A spokesman for the new owner said there was a commitment to the island.").Select(r => r.Text));
    }

    [Fact]
    public void AHalfOfAGroupAfterAnOpeningPhraseReports()
    {
        Assert.Equal(new[] { "they want the next mayor to change course" }, Reported("In the north, about half of the voters said they want the next mayor to change course.").Select(r => r.Text));
    }

    [Fact]
    public void AGroupSayingSomethingReportsIt()
    {
        Assert.Equal(new[] { "they would not vote for the levy" }, Reported("Support for the levy fell, with 40 percent of residents saying they would not vote for the levy.").Select(r => r.Text));
    }

    [Fact]
    public void AccordingToInsideTheSentenceReportsTheWordsOnBothSides()
    {
        Assert.Equal(
            new[] { "Ticket sales for the fair", "have doubled since the spring" },
            Reported("Ticket sales for the fair, according to the organisers, have doubled since the spring.").Select(r => r.Text));
    }

    [Fact]
    public void AReportEndingInAPartialQuoteBeforeItsCueIsFound()
    {
        // The opening "Yet" is the writer's link to the sentence before, not part of the report.
        Assert.Equal(new[] { ("the mayor is also a \"change agent,\"", "roe") }, Reported("The vote is close. Yet the mayor is also a \"change agent,\" Jane Roe said."));
    }

    [Fact]
    public void AReportThatOpensWithQuotedWordsIsFound()
    {
        Assert.Equal(new[] { ("\"it makes me angry\" every time the roads flood", "roe") }, Reported("Jane Roe said \"it makes me angry\" every time the roads flood."));
    }

    [Fact]
    public void AQuotationAfterTheVerbFollowedByAnotherClauseIsStillDirect()
    {
        Assert.Empty(Reported("Jane Roe said \"we could not win,\" and she left the hall."));
    }

    [Fact]
    public void TheWordsBeforeACueThatIntroducesAQuotationAreReported()
    {
        Assert.Equal(new[] { "After the vote ended" }, Reported("Jane Roe was in the hall. After the vote ended, she said, \"everyone cheered for a minute.\"").Select(r => r.Text));
    }

    [Fact]
    public void WhatIsDescribedIsReported()
    {
        Assert.Equal(new[] { ("the harbour as the heart of the town", "roe") }, Reported("Jane Roe described the harbour as the heart of the town."));
    }

    [Fact]
    public void ATranscriptTurnIsWhatItsSpeakerSaid()
    {
        Assert.Equal(new[] { ("We will open the bridge in May. The work is done.", "roe") }, Reported("ROE: We will open the bridge in May. The work is done."));
    }

    [Fact]
    public void AColonAfterAnOrdinaryPhraseIsNoTranscriptTurn()
    {
        Assert.Empty(Reported("The result: the bridge will open in May after all."));
    }

    [Fact]
    public void WhoSaidReportsForTheNameBeforeItUntilTheRelativeClauseEnds()
    {
        Assert.Equal(new[] { ("the council had misled her", "roe") }, Reported("Jane Roe, who said the council had misled her, recounted the meeting on the radio."));
    }

    [Fact]
    public void AVerbAfterTheReportThatIsNoCueBeforeItsSpeakerReportsNothing()
    {
        Assert.Empty(Reported("The council met for three hours, recounted the meeting in a long letter."));
    }

    [Fact]
    public void WhoeverWasToldRunsUpToThat()
    {
        Assert.Equal(new[] { ("she would not give up the seat", "roe") }, Reported("Jane Roe told a packed hall at the old mill in Dayton that she would not give up the seat."));
    }

    [Fact]
    public void ANotingParticipleEndsTheReport()
    {
        Assert.Equal(new[] { "the fund was short of money", "the pension payments due in June" }, Reported("Jane Roe said the fund was short of money, noting the pension payments due in June.").Select(r => r.Text));
    }

    [Fact]
    public void APresentTenseVerbTheMainListLacksReportsABareClause()
    {
        Assert.Equal(new[] { ("any new levy should be phased in slowly", "roe") }, Reported("Jane Roe suggests any new levy should be phased in slowly."));
    }

    [Fact]
    public void WhileArguingReportsForTheSubject()
    {
        Assert.Equal(
            new[] { "the town should hire more wardens" },
            Reported("Jane Roe backed the budget while arguing the town should hire more wardens.").Select(r => r.Text));
    }

    [Fact]
    public void WhileAnotherSpeakerReportsEndsTheFirstReport()
    {
        Assert.Equal(
            new[] { ("the fire was an accident", "roe"), ("he had ordered checks on every hall", "doe") },
            Reported("Mayor Jane Roe said the fire was an accident while Fire Chief John Doe wrote he had ordered checks on every hall."));
    }

    [Fact]
    public void EvidenceThatSuggestsIsNoSpeakerWithoutThat()
    {
        Assert.Empty(Reported("Some historical evidence suggests the wells were dug near the shore."));
    }

    [Fact]
    public void AfterThatAnyWordOpensTheReport()
    {
        Assert.Equal(new[] { ("for decades the river ran dry in August", "roe") }, Reported("Jane Roe said that for decades the river ran dry in August."));
    }

    [Fact]
    public void AnAdverbialBetweenTheVerbAndThatIsNoPartOfTheReport()
    {
        Assert.Equal(new[] { "the dam leaks every spring" }, Reported("Jane Roe has said for years that the dam leaks every spring.").Select(r => r.Text));
    }

    [Fact]
    public void PointedOutThatReports()
    {
        Assert.Equal(new[] { ("the budget left out the libraries", "roe") }, Reported("Jane Roe pointed out that the budget left out the libraries."));
    }

    [Fact]
    public void ATimeBetweenSubjectAndVerbKeepsTheSubject()
    {
        Assert.Equal(new[] { ("the ferry would run again in May", "roe") }, Reported("Jane Roe on Thursday declared that the ferry would run again in May."));
    }

    [Fact]
    public void AReportingVerbInTheInfinitiveReportsForTheSubjectOfItsLead()
    {
        Assert.Equal(new[] { ("the fire was an accident", "roe") }, Reported("Jane Roe continued to say the fire was an accident."));
        Assert.Equal(new[] { ("the fire was an accident", "roe") }, Reported("Jane Roe went on to argue that the fire was an accident."));
    }

    [Fact]
    public void AReportInARelativeClauseEndsWithTheClause()
    {
        Assert.Equal(
            new[] { "which", "the county would pay for" },
            Reported("They built a new fence, which officials said the county would pay for, along the river.").Select(r => r.Text));
    }

    [Fact]
    public void AVerbAfterACueInsideTheSentenceContinuesTheReport()
    {
        Assert.Equal(
            new[] { "The bigger worry", "is a flood in the lower town" },
            Reported("Mayor Jane Roe spoke on Monday. The bigger worry, Roe said, is a flood in the lower town.").Select(r => r.Text));
    }

    [Fact]
    public void APronounWithNoOneBeforeItStillGetsItsReport()
    {
        Assert.Equal(new[] { ("the ferry would stop running in winter", "they") }, Reported("They said the ferry would stop running in winter."));
    }

    [Fact]
    public void AParticipleAfterAPrepositionReportsForTheSubject()
    {
        Assert.Equal(new[] { ("the mayor had misled the council", "roe") }, Reported("Jane Roe won the seat by declaring that the mayor had misled the council."));
        Assert.Equal(new[] { ("she would not run again", "roe") }, Reported("Jane Roe, after initially saying she would not run again, entered the race."));
    }

    [Fact]
    public void AfterAParticipleAndThatAnyWordOpensTheReport()
    {
        Assert.Equal(new[] { ("with the farmers behind her she can win", "roe") }, Reported("Jane Roe has a new strategy, arguing that with the farmers behind her she can win."));
    }

    [Fact]
    public void AGroupReportsInThePluralPresentWithoutThat()
    {
        Assert.Equal(new[] { "they will finish the bridge by June" }, Reported("Engineers of both firms insist they will finish the bridge by June.").Select(r => r.Text));
    }

    [Fact]
    public void ThoseSurveyedIsAGroupThatReports()
    {
        Assert.Equal(new[] { "the ferry should keep running" }, Reported("By two to one, those surveyed said the ferry should keep running.").Select(r => r.Text));
    }

    [Fact]
    public void AGroupAfterASubordinatorReports()
    {
        Assert.Equal(new[] { "they backed the plan" }, Reported("Even though a number of farmers said they backed the plan, it failed.").Select(r => r.Text));
    }

    [Fact]
    public void ASecondVerbOfTheReporterAfterCommaAndEndsTheReport()
    {
        Assert.Equal(
            new[] { "the new tax would hurt farmers" },
            Reported("Jane Roe said the new tax would hurt farmers, and called the council's vote a mistake.").Select(r => r.Text));
    }

    [Fact]
    public void AnAccusationIsReportedWithWhomItAccuses()
    {
        Assert.Equal(new[] { ("the mayor of hiding the audit from the council", "roe") }, Reported("Jane Roe accused the mayor of hiding the audit from the council."));
    }

    [Fact]
    public void AnAdverbAfterTheAuxiliaryKeepsTheSubject()
    {
        Assert.Equal(new[] { ("she left because the pay was too low", "roe") }, Reported("Jane Roe has since said that she left because the pay was too low."));
    }

    [Fact]
    public void LikelyToSayReportsForTheGroup()
    {
        Assert.Equal(new[] { "the ferry should keep running" }, Reported("Older farmers were slightly more likely to say the ferry should keep running.").Select(r => r.Text));
    }

    [Fact]
    public void OneWordMayOpenAReportAroundACue()
    {
        Assert.Equal(
            new[] { "Farmers", "do not trust the new dam" },
            Reported("Mayor Jane Roe spoke on Monday. Farmers, Roe said, do not trust the new dam.").Select(r => r.Text));
        Assert.Equal(
            new[] { "the dam is safe" },
            Reported("Mayor Jane Roe spoke on Monday. Instead, Roe said, the dam is safe.").Select(r => r.Text));
    }

    [Fact]
    public void AnAuxiliaryBeforeTheVerbAfterTheReportKeepsTheCue()
    {
        Assert.Equal(new[] { ("The county made a mistake in the audit", "roe") }, Reported("The county made a mistake in the audit, Jane Roe has said."));
    }

    [Fact]
    public void AnAppealIsReportedWithWhomItWasMadeTo()
    {
        Assert.Equal(new[] { ("residents not to drive through the flooded streets", "roe") }, Reported("Jane Roe urged residents not to drive through the flooded streets."));
    }

    [Fact]
    public void AReportNeverEndsInABackslashThatWouldEscapeItsBracket()
    {
        Assert.Equal(new[] { "the folder was called backup" }, Reported("Jane Roe said the folder was called backup \\.").Select(r => r.Text));
    }
}
