using ArticleCompiler.Annotation;
using Xunit;

namespace ArticleCompiler.Core.Tests.Annotation;

/// <summary>
/// Where a reported clause starts and ends, third round: an aside between the verb's adverbial and "that",
/// a second source's "reported" closing the sentence, a relative clause of the writer's after the report.
/// </summary>
public class ReportBoundaryRound3Tests
{
    private static string[] Texts(string paragraph) => ReportedSpans.Texts(paragraph);

    [Fact]
    public void AnAsideAfterTheVerbsAdverbialUpToThatIsNotPartOfTheReport()
    {
        Assert.Equal(
            new[] { "the ferry should run at night" },
            Texts("Jane Roe said on the radio, where she hosts a weekly show, that the ferry should run at night."));
    }

    [Fact]
    public void ASecondSourceThatReportedTheSentenceClosesTheReport()
    {
        Assert.Equal(
            new[] { "the ferry would run through the winter" },
            Texts("The harbour office said the ferry would run through the winter, the local paper reported."));
    }

    [Fact]
    public void ARelativeClauseWithAPrepositionAndWhomAfterTheReportIsTheWriters()
    {
        Assert.Equal(
            new[] { "the ferry would be run by John Doe" },
            Texts("Jane Roe said the ferry would be run by John Doe, for whom she had worked a decade ago."));
    }

    [Fact]
    public void ARelativeClauseWithWhoIsAfterTheReportIsTheWriters()
    {
        Assert.Equal(
            new[] { "the ferry would be run by John Doe" },
            Texts("Jane Roe said the ferry would be run by John Doe, who's been a harbour pilot for years."));
    }

    [Fact]
    public void ARelativeClauseInsideTheReportsSubjectDoesNotEndTheReport()
    {
        Assert.Equal(
            new[] { "the old ferry, which the town bought in 1990, would be sold" },
            Texts("Jane Roe said the old ferry, which the town bought in 1990, would be sold."));
        Assert.Equal(
            new[] { "the harbour master, who retires in May, was against the plan" },
            Texts("Jane Roe said the harbour master, who retires in May, was against the plan."));
    }

    [Fact]
    public void AnAppositionInsideTheReportsSubjectDoesNotEndTheReport()
    {
        Assert.Equal(
            new[] { "the new harbour master, a former pilot, was ready to steer the ferry himself" },
            Texts("Jane Roe said the new harbour master, a former pilot, was ready to steer the ferry himself."));
    }

    [Fact]
    public void ARelativeClauseWithAPrepositionAndWhichAfterTheReportIsTheWriters()
    {
        Assert.Equal(
            new[] { "the storm was worse than the flood of 1990" },
            Texts("Jane Roe said the storm was worse than the flood of 1990, in which the old harbour wall gave way."));
    }

    [Fact]
    public void AConjunctionThatOpensTheSentenceBeforeTheReportIsTheWriters()
    {
        Assert.Equal(new[] { "the old ferry is safe" }, Texts("The harbour has had a bad year. But the old ferry is safe, Jane Roe said."));
        Assert.Equal(new[] { "the old ferry is safe" }, Texts("The harbour has had a bad year. But the old ferry is safe, according to Jane Roe."));
        Assert.Equal("the old ferry", Texts("The harbour has had a bad year. And the old ferry, Jane Roe said, is safe.")[0]);
    }

    [Fact]
    public void ASecondReporterNamedWithAnAppositionEndsTheFirstReport()
    {
        Assert.Equal(
            "the ferry would run until March",
            Texts("The harbour office said the ferry would run until March, and John Doe, the harbour master, said a new boat was on order.")[0]);
    }

    [Fact]
    public void AConcessionWhoseReporterDidNotSaySomethingEndsTheFirstReport()
    {
        Assert.Equal(
            "the ferry would run until March",
            Texts("Jane Roe said the ferry would run until March, though she did not say when a new boat would come.")[0]);
    }
}
