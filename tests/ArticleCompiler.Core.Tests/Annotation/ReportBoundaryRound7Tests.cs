using Xunit;

namespace ArticleCompiler.Core.Tests.Annotation;

/// <summary>
/// Issue 14, round seven: where a reported span starts and ends when the writer's words stand beside the reporter's.
/// </summary>
public class ReportBoundaryRound7Tests
{
    private static string[] Texts(string paragraph) => ReportedSpans.Texts(paragraph);

    [Fact]
    public void ADespitePhraseThatOpensTheSentenceIsNotPartOfTheReportBeforeItsCue()
    {
        Assert.Equal(
            new[] { "the ferry will keep its winter timetable" },
            Texts("Despite a week of heavy storms on the coast, the ferry will keep its winter timetable, the harbour master said."));
    }

    [Fact]
    public void AMainClauseWithItsOwnSubjectAfterCommaAndEndsTheReport()
    {
        Assert.Equal(
            new[] { "the ferry would sail again in March" },
            Texts("The harbour master said the ferry would sail again in March, and the town council has already paid for the new pier."));
    }

    [Fact]
    public void AClauseAfterCommaAndThatFollowsAQuotationStaysInTheReport()
    {
        Assert.Equal(
            new[] { "the pier was \"a fine piece of work,\" and the town would pay for its upkeep" },
            Texts("The harbour master said the pier was \"a fine piece of work,\" and the town would pay for its upkeep."));
    }

    [Fact]
    public void AVerbInThePresentTenseOfTheReportingVerbAfterAndIsTheReportersNextAct()
    {
        Assert.Equal(
            new[] { "she trusts the harbour engineers" },
            Texts("The mayor says she trusts the harbour engineers and calls them the best in the county."));
    }

    [Fact]
    public void APastVerbAfterAndEndsAReportThatIsANounPhrase()
    {
        Assert.Equal(
            new[] { "the reports" },
            Texts("The minister denied the reports and threatened the newspaper with a lawsuit."));
    }

    [Fact]
    public void AParticipleAfterAndEndsTheReportOfAParticiple()
    {
        Assert.Equal(
            new[] { "a new ferry service" },
            Texts("The mayor toured the harbour district on Friday, promising a new ferry service and visiting the fish market."));
    }

    [Fact]
    public void APastFormAfterAndInTheSubjectOfAReportedClauseStaysInTheReport()
    {
        Assert.Equal(
            new[] { "the wind and scattered showers would last until Friday" },
            Texts("The forecaster said the wind and scattered showers would last until Friday."));
    }

    [Fact]
    public void TheMediumOfTheSayingThatClosesTheSentenceIsNotPartOfTheReport()
    {
        Assert.Equal(
            new[] { "the ferry would sail again in March" },
            Texts("The harbour master said the ferry would sail again in March in an interview with a local radio station."));
    }
}
