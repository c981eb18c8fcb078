using ArticleCompiler.Annotation;
using Xunit;

namespace ArticleCompiler.Core.Tests.Annotation;

/// <summary>
/// Reported speech found in issue 14's eighth round: a subject noun phrase that names a report and
/// where it ran ("A report in the weekly paper said that ..."), and one whose noun a participle
/// modifies ("Residents polled said ...", "People briefed on the plan said ..."); what a question put
/// to someone was about ("Roe asked the mayor about [the budget]"), and a question put by someone named
/// after "by" ("Asked by Roe [whether ...], Smith said ..."); "according to" after an opening connective
/// ("But according to the poll, [...]").
/// </summary>
public class ReportedSpeechFormsRound8Tests
{
    private static string[] Reported(string paragraph) => ReportedSpans.Texts(paragraph, new AnnotatorOptions(MinimumConfidence: 0));

    [Fact]
    public void AReportNamedWithWhereItRanIsTheSubjectOfSaid()
    {
        Assert.Equal(new[] { "the ferry had been sold twice" }, Reported("A report in the weekly paper said that the ferry had been sold twice."));
    }

    [Fact]
    public void AParticipleRightBeforeSaidModifiesTheSubject()
    {
        Assert.Equal(new[] { "the ferry should run on Sundays" }, Reported("Some 60 percent of riders polled said the ferry should run on Sundays."));
    }

    [Fact]
    public void AParticipleBeforeAPlaceOrADayModifiesTheSubject()
    {
        Assert.Equal(new[] { "the ferry would be sold" }, Reported("People briefed on the talks said the ferry would be sold."));
        Assert.Equal(new[] { "the ferry lost money" }, Reported("A memo circulated Tuesday said the ferry lost money."));
    }

    [Fact]
    public void AQuestionPutToSomeoneAboutATopicReportsTheTopicForTheAsker()
    {
        Assert.Equal(new[] { ("remarks he had made at the harbour", "roe") }, ReportedSpans.Of("Radio host Jane Roe asked the mayor about remarks he had made at the harbour, when the ferry sank.", new AnnotatorOptions(MinimumConfidence: 0)));
    }

    [Fact]
    public void AQuestionPutBySomeoneNamedAfterByIsTheAskersReport()
    {
        Assert.Equal(new[] { ("whether the ferry would keep running", "roe"), ("no", "smith") }, ReportedSpans.Of("Asked by Jane Roe on Friday whether the ferry would keep running, Tom Smith said no.", new AnnotatorOptions(MinimumConfidence: 0)));
        Assert.Equal(new[] { ("raising the fares", "roe"), ("no", "smith") }, ReportedSpans.Of("When asked by Jane Roe about raising the fares, Tom Smith said no.", new AnnotatorOptions(MinimumConfidence: 0)));
    }

    [Fact]
    public void AccordingToAfterAnOpeningConnectiveIntroducesTheClauseAfterIt()
    {
        Assert.Equal(new[] { "most riders want a later ferry" }, Reported("But according to the survey, most riders want a later ferry."));
        Assert.Equal(new[] { "40 percent of riders remain undecided" }, Reported("Yet, according to the survey, 40 percent of riders remain undecided."));
    }
}
