using Xunit;

namespace ArticleCompiler.Core.Tests.Annotation;

/// <summary>
/// Where reported words start: a concession or an introduction of the writer's before words whose cue
/// follows them, and whoever was told before the words a verb of telling introduces.
/// </summary>
public class ReportStartTests
{
    private static string[] Texts(string paragraph) => ReportedSpans.Texts(paragraph);

    [Fact]
    public void AConcessionThatOpensTheSentenceIsNotPartOfTheReportBeforeItsCue()
    {
        Assert.Equal(
            new[] { "it is safe for heavy lorries" },
            Texts("Though the bridge is more than a century old, it is safe for heavy lorries, the city engineer said."));
    }

    [Fact]
    public void AConcessionAfterAConnectiveIsNotPartOfTheReportBeforeAccordingTo()
    {
        Assert.Equal(
            new[] { "the result is a clear mandate for the council" },
            Texts("But although turnout fell in most districts, the result is a clear mandate for the council, according to an analysis by the electoral office."));
    }

    [Fact]
    public void ATemporalClauseThatOpensTheSentenceStaysInTheReport()
    {
        Assert.Equal(
            new[] { "When the storm hit, the bridge was closed for repairs" },
            Texts("When the storm hit, the bridge was closed for repairs, the city engineer said."));
    }

    [Fact]
    public void TheWritersIntroductionUpToAColonIsNotPartOfTheReportBeforeItsCue()
    {
        Assert.Equal(
            new[] { "the bridge will reopen in June" },
            Texts("The answer from the mayor's office was short: the bridge will reopen in June, a spokeswoman said."));
    }

    [Fact]
    public void ARoleBeforeTheNameOfWhoeverWasToldIsNotPartOfTheReport()
    {
        Assert.Equal(
            new[] { "the council would vote on the budget next week" },
            Texts("Jane Roe told host John Smith the council would vote on the budget next week."));
    }

    [Fact]
    public void ALongPhraseForWhoeverWasToldUpToThatIsNotPartOfTheReport()
    {
        Assert.Equal(
            new[] { "the bridge would reopen in June" },
            Texts("Mayor Jane Roe is telling a packed crowd in rainy Dayton, Ohio, on the last evening of the long campaign that the bridge would reopen in June."));
    }

    [Fact]
    public void TheCommaInsideANumberIsNoCommaBeforeATrailingCue()
    {
        Assert.Empty(Texts("The marchers were far short of the 40,000 per day city officials estimated before the parade."));
    }

    [Fact]
    public void ADatelineWithoutAnAgencyIsNotPartOfTheReport()
    {
        Assert.Equal(
            new[] { "The bridge will reopen in June" },
            Texts("DAYTON, Ohio — The bridge will reopen in June, city officials said on Monday."));
    }
}
