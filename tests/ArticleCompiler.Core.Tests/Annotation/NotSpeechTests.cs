using System.Linq;
using ArticleCompiler.Annotation;
using Xunit;

namespace ArticleCompiler.Core.Tests.Annotation;

/// <summary>Words that look like reported speech and are not: no reported span is written for them.</summary>
public class NotSpeechTests
{
    private static string[] Reported(string paragraph) => ReportedSpans.Texts(paragraph);

    [Fact]
    public void MaintainingALeadIsKeepingItNotSayingIt()
    {
        Assert.Empty(Reported("Jane Roe maintained a steady lead over the mayor in every poll of the spring."));
        Assert.Empty(Reported("Jane Roe maintains the title of county chair and travels with the mayor."));
        Assert.Equal(new[] { "she was never told of the plan" }, Reported("Jane Roe has long maintained she was never told of the plan."));
    }

    [Fact]
    public void AReportAsANounIsNoOneSpeaking()
    {
        Assert.Empty(Reported("The county's audit report was based on interviews with forty nurses."));
        Assert.Empty(Reported("A new report compares the cost of the clinic with that of the hospital."));
    }

    [Fact]
    public void AnAsideAfterTheVerbIsNotTheReport()
    {
        // The aside is the writer's; the report after it is not found yet, but the aside is never taken for it.
        Assert.DoesNotContain(Reported("Her neighbours would argue — and the mayor probably agrees — that nothing was lost."), r => r.StartsWith("—", System.StringComparison.Ordinal));
    }

    [Fact]
    public void ATallyAfterANameAndAColonIsNoTranscriptTurn()
    {
        Assert.Empty(Reported("Jane Roe: 1,769."));
        Assert.Single(Reported("Jane Roe: We will keep the clinic open until the council votes."));
    }

    [Fact]
    public void ABeliefIsNotReportedSpeech()
    {
        Assert.Empty(Reported("Jane Roe believes the clinic will stay open for another decade."));
        Assert.Empty(Reported("Jane Roe thinks that the council will vote for the plan in May."));
    }

    [Fact]
    public void AReportInsideAQuotationIsPartOfTheQuotation()
    {
        Assert.Empty(Reported("\"Jane Roe says the clinic will close, but the nurses know better,\" John Doe said."));
    }

    [Fact]
    public void TalkingAboutATopicReportsNoWords()
    {
        Assert.Empty(Reported("Jane Roe talked about the new bus line for most of the evening."));
        Assert.Empty(Reported("Jane Roe spoke of her years on the council."));
    }

    [Fact]
    public void AddingSomethingIsNotAddingWords()
    {
        Assert.Empty(Reported("The new tram has added another reason to live in the old town."));
        Assert.Empty(Reported("The council's small savings add up to more than a million dollars."));
    }

    [Fact]
    public void WhatFollowsAccordingToXInASentenceIsNoSecondReport()
    {
        // The words before the cue are the whole report; after it comes more about the source or a new thought.
        Assert.Equal(new[] { "The bridge will reopen in March" }, Reported("The bridge will reopen in March, according to the county engineer, who inspected it on Monday."));
        Assert.Equal(new[] { "The bridge will reopen in March" }, Reported("The bridge will reopen in March, according to the county engineer, but the ferry will keep running."));
        Assert.Equal(new[] { "Ticket sales for the fair", "have doubled since the spring" }, Reported("Ticket sales for the fair, according to the organisers, have doubled since the spring."));
    }

    [Fact]
    public void AddingOneMoreThingMakesItRatherThanSayingIt()
    {
        Assert.Empty(Reported("The council added one more item to the agenda before the vote."));
        Assert.Empty(Reported("The festival added several new stages along the river this year."));
    }

    [Fact]
    public void AThreatToActIsNoReportOfWords()
    {
        Assert.Empty(Reported("The storm threatened to flood the lower town before dawn."));
        Assert.Empty(Reported("Jane Roe threatened to close the pool for the rest of the summer."));
    }
}
