using System.Linq;
using ArticleCompiler.Annotation;
using Xunit;

namespace ArticleCompiler.Core.Tests.Annotation;

/// <summary>Where a reported clause ends: the reported content runs to the end of its clause, not into the writer's or the reporter's next words.</summary>
public class ReportBoundaryTests
{
    private static string[] Reported(string paragraph) => ReportedSpans.Texts(paragraph);

    [Fact]
    public void AContrastWithANewSubjectAfterButEndsTheReport()
    {
        Assert.Equal(new[] { "the clinic would close in May" }, Reported("Jane Roe said the clinic would close in May, but the board has not voted on the plan."));
    }

    [Fact]
    public void AComparisonAfterTheReportIsTheWritersNotTheSpeakers()
    {
        Assert.Equal(new[] { "the new bus line was a success" }, Reported("Jane Roe said the new bus line was a success, compared with the tram that opened last year."));
    }

    [Fact]
    public void TheReportersNextActAfterAndIsNotPartOfTheReport()
    {
        Assert.Equal(new[] { "the clinic would close in May" }, Reported("Jane Roe said the clinic would close in May and criticized the board for its long delay."));
    }

    [Fact]
    public void ASecondReportingVerbAfterButOrAndStartsASecondReport()
    {
        Assert.Equal(
            new[] { "voters may not like the plan", "it will save money" },
            Reported("Jane Roe says voters may not like the plan, but insists it will save money."));
        Assert.Equal(
            new[] { "the clinic would close in May", "the board was slow" },
            Reported("Jane Roe said the clinic would close in May and she added that the board was slow."));
    }

    [Fact]
    public void AParticipleOfTheReporterAfterACommaEndsTheReport()
    {
        Assert.Equal("the clinic would close in May", Reported("Jane Roe said the clinic would close in May, joking that she would miss its coffee machine.").First());
    }

    [Fact]
    public void ACircumstanceAfterWithStaysInTheReport()
    {
        Assert.Equal(new[] { "the vote was close, with two members absent" }, Reported("Jane Roe said the vote was close, with two members absent."));
    }

    [Fact]
    public void ACommaInsideTheClosingQuotationMarkEndsTheReportAsAnyComma()
    {
        Assert.Equal(
            "the budget was \"a disgrace,\"",
            Reported("Jane Roe said the budget was \"a disgrace,\" joking that the council had lost its calculator.").First());
    }

    [Fact]
    public void AReportInASubordinateClauseThatOpensTheSentenceEndsWithThatClause()
    {
        Assert.Equal(new[] { "to keep the clinic open" }, Reported("While Jane Roe vowed to keep the clinic open, the board voted to close it in May."));
        Assert.Equal(new[] { "the clinic would stay open" }, Reported("Though in May the mayor said the clinic would stay open, the board voted to close it."));
    }

    [Fact]
    public void ANegatedVerbAfterButIsTheReportersNotTheReports()
    {
        Assert.Equal(new[] { "the clinic would stay open" }, Reported("Jane Roe said the clinic would stay open but did not say for how long."));
    }

    [Fact]
    public void AHyphenUsedAsADashBeforeAnAppositionEndsTheReport()
    {
        Assert.Equal(new[] { "the council had approved the budget" }, Reported("Jane Roe said the council had approved the budget - a plan the mayor opposed for months."));
    }

    [Fact]
    public void AnotherNameAfterAlsoKnownAsIsNotPartOfTheReport()
    {
        Assert.Equal(new[] { "the ministry would audit the Regional Transit Authority" }, Reported("Jane Roe said the ministry would audit the Regional Transit Authority, also known as RTA."));
    }

    [Fact]
    public void AccordingToWithoutACommaEndsTheReport()
    {
        Assert.Equal("most riders liked the new timetable", Reported("Jane Roe said most riders liked the new timetable according to a survey by the transit office.").First());
    }

    [Fact]
    public void ACommaInsideANumberDoesNotEndARelativeClausesReport()
    {
        Assert.Equal(new[] { "the county needed 2,400 new homes by May" }, Reported("Jane Roe, who said the county needed 2,400 new homes by May, left the meeting early."));
    }
}
