using Xunit;

namespace ArticleCompiler.Core.Tests.Annotation;

/// <summary>Issue 14, round eight: words after a cue that read as a report and say who the source is.</summary>
public class NotSpeechRound8Tests
{
    private static string[] Reported(string paragraph) => ReportedSpans.Texts(paragraph);

    [Fact]
    public void AnAppositionAfterAccordingToNamesTheSourceAndIsNoReport()
    {
        Assert.Equal(new[] { "The ferry to Lindholm will run all winter" }, Reported("The ferry to Lindholm will run all winter, according to the Harbour Board, the body in charge of the port."));
        Assert.Equal(new[] { "The ferry to Lindholm will run all winter" }, Reported("The ferry to Lindholm will run all winter, according to Jane Roe, the harbour master's deputy."));
    }

    [Fact]
    public void APredicateAfterAccordingToStaysPartOfTheReport()
    {
        // The words before the cue have no verb: after it comes the predicate, which is part of the report.
        Assert.Contains("the last ferry left for Lindholm", Reported("Around midnight, according to the Harbour Board, the last ferry left for Lindholm."));
        // With a verb of its own, the words after the cue are a second part of the report.
        Assert.Contains("the fares will rise in May", Reported("The ferry will close at noon, according to the Harbour Board, the fares will rise in May."));
    }

    [Fact]
    public void WhomTheWordsWereToldToIsNoReport()
    {
        Assert.Equal(new[] { "The ferry will run all winter" }, Reported("The ferry will run all winter, the harbour master told a council committee on Tuesday."));
        Assert.Empty(Reported("Jane Roe told her crew as the storm reached the harbour."));
    }

    [Fact]
    public void WhatWasToldAfterTheHearerStaysReported()
    {
        Assert.Single(Reported("Jane Roe told the council the ferry would run all winter."));
        Assert.Single(Reported("Jane Roe told the crew not to sail on Friday."));
        Assert.Single(Reported("Jane Roe told stories of the great storm of 1953."));
    }

    [Fact]
    public void AQuestionTheWriterAsksReportsNothing()
    {
        Assert.Empty(Reported("Would you say, after a summer like this one, the ferry could run all winter?"));
        Assert.Empty(Reported("Who told you the ferry to Lindholm would close in May?"));
    }

    [Fact]
    public void AReportedQuestionOrAQuotedOneStaysReported()
    {
        Assert.Single(Reported("Jane Roe said the ferry would run all winter, and who could doubt her?"));
        Assert.Single(Reported("Jane Roe asked whether the ferry would run all winter."));
    }
}
