using ArticleCompiler.Annotation;
using Xunit;

namespace ArticleCompiler.Core.Tests.Annotation;

/// <summary>
/// Where a reported clause ends, third round: asides between dashes inside the report, and what follows the
/// report that is the writer's, not the speaker's.
/// </summary>
public class ReportEndTests
{
    private static string[] Texts(string paragraph) => ReportedSpans.Texts(paragraph);

    [Fact]
    public void AnAsideBetweenDashesInsideTheReportDoesNotEndIt()
    {
        Assert.Equal(
            new[] { "the new bridge \u2014 a gift from the county \u2014 would open in June" },
            Texts("Jane Roe said the new bridge \u2014 a gift from the county \u2014 would open in June."));
    }

    [Fact]
    public void AnAsideBetweenDoubleHyphensInsideTheReportDoesNotEndIt()
    {
        Assert.Equal(
            new[] { "the new bridge -- a gift from the county -- would open in June" },
            Texts("Jane Roe said the new bridge -- a gift from the county -- would open in June."));
    }

    [Fact]
    public void ADashAfterTheReportWithNoSecondDashStillEndsIt()
    {
        Assert.Equal(
            new[] { "the new bridge would open in June" },
            Texts("Jane Roe said the new bridge would open in June \u2014 a month late."));
    }
}
