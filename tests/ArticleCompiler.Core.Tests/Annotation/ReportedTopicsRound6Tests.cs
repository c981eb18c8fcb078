using ArticleCompiler.Annotation;
using Xunit;

namespace ArticleCompiler.Core.Tests.Annotation;

/// <summary>
/// What someone spoke of or asked for, found in issue 14's sixth round: after a negated verb of speech
/// ("did not respond to a request for comment") the subject before the negation is the speaker, and a
/// request is read after "ask" and a progressive "is asking" as after "asked".
/// </summary>
public class ReportedTopicsRound6Tests
{
    private static (string Text, string Key)[] Reported(string paragraph) => ReportedSpans.Of(paragraph, new AnnotatorOptions(MinimumConfidence: 0));

    [Fact]
    public void WhatASpokesmanDidNotRespondToIsReportedForHim()
    {
        Assert.Equal(new[] { ("a request for comment", "spokesman-for-the-board") }, Reported("The harbour board moved the ferry to a new pier. A spokesman for the board did not respond to a request for comment."));
    }

    [Fact]
    public void AnAdverbInsideTheNegationStillLeadsBackToTheSubject()
    {
        Assert.Equal(new[] { ("questions about the new pier", "roe") }, Reported("Jane Roe did not immediately respond to questions about the new pier."));
    }

    [Fact]
    public void ARequestAfterAModalAskIsReportedForTheSubject()
    {
        Assert.Equal(new[] { ("the council to extend the pier", "roe") }, Reported("Jane Roe will ask the council to extend the pier."));
    }

    [Fact]
    public void ARequestAfterIsAskingIsReportedForTheSubject()
    {
        Assert.Equal(new[] { ("the council to extend the pier", "roe") }, Reported("Jane Roe is also asking the council to extend the pier."));
    }

    [Fact]
    public void AskingAfterAPrepositionIsNoRequestOfItsOwn()
    {
        Assert.Empty(Reported("The pier was extended without asking the council."));
    }
}
