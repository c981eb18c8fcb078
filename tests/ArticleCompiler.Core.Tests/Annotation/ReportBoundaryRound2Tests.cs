using System.Linq;
using ArticleCompiler.Annotation;
using Xunit;

namespace ArticleCompiler.Core.Tests.Annotation;

/// <summary>
/// Where a reported clause starts and ends, second round: whom something was told to, an aside before
/// "that", a second report with its own subject, appositions and asides of the writer's after the report.
/// </summary>
public class ReportBoundaryRound2Tests
{
    private static (string Text, string Key)[] Reported(string paragraph) => ReportedSpans.Of(paragraph);

    private static string[] Texts(string paragraph) => ReportedSpans.Texts(paragraph);

    [Fact]
    public void WhoeverIsToldUpToThatIsNotPartOfTheReport()
    {
        Assert.Equal(
            new[] { "the bridge would reopen in June" },
            Texts("Mayor Jane Roe is telling shoppers at a busy Dayton, Ohio, market that the bridge would reopen in June."));
    }

    [Fact]
    public void AnAsideBetweenDashesBeforeThatIsNotPartOfTheReport()
    {
        Assert.Equal(
            new[] { "the bridge would reopen in June" },
            Texts("Jane Roe said \u2014 on the radio, of all places \u2014 that the bridge would reopen in June."));
    }

    [Fact]
    public void ASecondReportWithItsOwnSubjectAfterCommaAndIsItsOwn()
    {
        Assert.Equal(
            new[] { "they were worried about rents", "the council should build more homes" },
            Texts("Most of the tenants polled said they were worried about rents, and more than half of them said the council should build more homes."));
    }

    [Fact]
    public void ASecondReportWhoseSubjectIsACountIsItsOwn()
    {
        Assert.Equal(
            new[] { "the rents were too high", "the council had done enough" },
            Texts("Most tenants said the rents were too high, but six in 10 said the council had done enough."));
    }

    [Fact]
    public void AWritersClauseAboutTheReporterAfterCommaAndEndsTheReport()
    {
        Assert.Equal(
            new[] { "the budget was too small" },
            Texts("Jane Roe said the budget was too small, and she walked out of the meeting before the vote."));
    }

    [Fact]
    public void AParticipleWithAnObjectAfterTheReportIsTheWriters()
    {
        Assert.Equal(
            new[] { "the new stadium would never pay for itself" },
            Texts("Jane Roe said the new stadium would never pay for itself, drawing a loud cheer from the back of the hall."));
    }

    [Fact]
    public void ARoleAfterANameThatEndsTheReportIsAnApposition()
    {
        Assert.Equal(
            new[] { "the council had hired John Doe" },
            Texts("Jane Roe said the council had hired John Doe, the brother of the deputy mayor, without a tender."));
    }

    [Fact]
    public void AParenthesisAfterTheReportIsTheWriters()
    {
        Assert.Equal(
            new[] { "the audit had found no fraud" },
            Texts("Jane Roe said the audit had found no fraud (the council has not published it yet)."));
    }

    [Fact]
    public void ARelativeClauseInsideTheReportsSubjectStaysInTheReport()
    {
        Assert.Equal(
            new[] { "the new tram line, which opened in March, would carry more riders than the old buses" },
            Texts("Jane Roe said the new tram line, which opened in March, would carry more riders than the old buses."));
    }

    [Fact]
    public void AnInnerReportIsTheInnerSpeakersOnlyAfterReported()
    {
        // A paper passes on its source's words; a person's report of what someone else said is the person's.
        Assert.Equal(
            new[] { "a county engineer warned that the bridge was unsafe" },
            Texts("Jane Roe said a county engineer warned that the bridge was unsafe."));
        var paper = Reported("The Daily Ledger reported an official, who asked not to be named, said the bridge was safe.");
        Assert.Equal("the bridge was safe", paper.Single().Text);
    }
}
