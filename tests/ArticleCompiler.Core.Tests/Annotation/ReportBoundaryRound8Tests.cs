using Xunit;

namespace ArticleCompiler.Core.Tests.Annotation;

/// <summary>
/// Issue 14, round eight: where a reported span ends when a contrast or a gloss follows the reporter's claim.
/// </summary>
public class ReportBoundaryRound8Tests
{
    private static string[] Texts(string paragraph) => ReportedSpans.Texts(paragraph);

    [Fact]
    public void AContrastAfterCommaWhileStaysInTheReport()
    {
        Assert.Equal(
            new[] { "the north pier would close in May, while the south pier would stay open all summer" },
            Texts("The harbour master said the north pier would close in May, while the south pier would stay open all summer."));
    }

    [Fact]
    public void AFigureAfterCommaWhileEndsTheReport()
    {
        Assert.Equal(
            new[] { "they would use the new ferry" },
            Texts("Forty percent of the islanders said they would use the new ferry, while 12 percent preferred the old one."));
    }

    [Fact]
    public void AReportOfItsOwnAfterCommaWhileEndsTheFirst()
    {
        Assert.Contains(
            "the north pier would close in May",
            Texts("The harbour master said the north pier would close in May, while the mayor insisted it would stay open."));
    }

    [Fact]
    public void TheGoBetweenOfANounPhraseReportIsNotPartOfIt()
    {
        Assert.Equal(
            new[] { "the rumours" },
            Texts("The harbour master denied the rumours through her spokeswoman, calling them idle talk."));
    }

    [Fact]
    public void TheTermsOfANounPhraseReportAreNotPartOfIt()
    {
        Assert.Equal(
            new[] { "the closure" },
            Texts("A council official confirmed the closure on condition of anonymity because the talks were private."));
    }

    [Fact]
    public void AReportInsideAnOpeningDespitePhraseEndsAtItsComma()
    {
        Assert.Equal(
            new[] { "the pier was safe" },
            Texts("Despite Mr. Roe's claims that the pier was safe, the council closed it for the winter."));
    }

    [Fact]
    public void AMainClauseOpeningWithAPossessiveAfterCommaAndEndsTheReport()
    {
        Assert.Equal(
            new[] { "the pier would reopen in May" },
            Texts("The harbour master said the pier would reopen in May, and her office has already hired a crew."));
    }
}
