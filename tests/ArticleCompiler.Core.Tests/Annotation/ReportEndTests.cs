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

    [Fact]
    public void ATimeAfterANounPhraseReportIsTheWritersAccountOfTheSaying()
    {
        Assert.Equal(
            new[] { "her candidacy for the council seat" },
            Texts("Jane Roe announced her candidacy for the council seat on Wednesday."));
    }

    [Fact]
    public void AnOccasionAfterANounPhraseReportIsTheWritersAccountOfTheSaying()
    {
        Assert.Equal(
            new[] { "her plan for the harbour" },
            Texts("Jane Roe announced her plan for the harbour in an interview with the local radio station."));
    }

    [Fact]
    public void ACommaTailAfterANounPhraseReportIsTheWriters()
    {
        Assert.Equal(
            new[] { "her plan for the harbour" },
            Texts("Jane Roe announced her plan for the harbour, a project the town has waited for since 1990."));
    }

    [Fact]
    public void AListAfterANounPhraseReportStaysInIt()
    {
        Assert.Equal(
            new[] { "her plan for the harbour, the school and the library" },
            Texts("Jane Roe announced her plan for the harbour, the school and the library."));
    }

    [Fact]
    public void ATimeAfterAReportedClauseStaysInIt()
    {
        Assert.Equal(
            new[] { "the harbour would reopen on Wednesday" },
            Texts("Jane Roe announced the harbour would reopen on Wednesday."));
    }

    [Fact]
    public void AnAppositionBeforeTheVerbOfAReportedClauseIsNoNounPhraseTail()
    {
        Assert.Equal(
            new[] { "the town's mayor, Jane Roe, has resigned from the board" },
            Texts("The local paper reported the town's mayor, Jane Roe, has resigned from the board."));
    }

    [Fact]
    public void WhatANounPhraseWasNamedAsStaysInTheReport()
    {
        Assert.Equal(
            new[] { "the storm last winter, the closure of the harbour road as the causes of the shortage" },
            Texts("Jane Roe cited the storm last winter, the closure of the harbour road as the causes of the shortage."));
    }

    [Fact]
    public void AConcessionAfterASpacedHyphenIsTheWriters()
    {
        Assert.Equal(
            new[] { "the harbour would reopen in June" },
            Texts("Jane Roe said the harbour would reopen in June - though the council has not agreed to pay for it."));
    }

    [Fact]
    public void AnAsCommentAfterTheReportIsTheWriters()
    {
        Assert.Equal(
            new[] { "the harbour should be dredged" },
            Texts("Jane Roe said the harbour should be dredged, as have several fishermen in the town."));
    }

    [Fact]
    public void AnAsCommentNamingAnotherSourceIsTheWriters()
    {
        Assert.Equal(
            new[] { "the harbour would be dredged next spring" },
            Texts("Jane Roe said the harbour would be dredged next spring, as the local paper reported on Tuesday."));
    }

    [Fact]
    public void AnAsAsideInsideTheReportDoesNotEndIt()
    {
        Assert.Equal(
            new[] { "the result, as she later explained, was a harbour nobody could use" },
            Texts("Jane Roe said that the result, as she later explained, was a harbour nobody could use."));
    }

    [Fact]
    public void TheLatterAfterTheReportIsTheWritersGloss()
    {
        Assert.Equal(
            new[] { "the closures had hit public and private harbours" },
            Texts("Jane Roe said the closures had hit public and private harbours, the latter a reference to those run by clubs."));
    }

    [Fact]
    public void ButThereAfterTheReportIsTheWritersContrast()
    {
        Assert.Equal(
            new[] { "the harbour would be dredged next spring" },
            Texts("Jane Roe said the harbour would be dredged next spring, but there is little money left in the budget."));
    }

    [Fact]
    public void ButWithAnAdverbAndASubjectAfterTheReportIsTheWritersContrast()
    {
        Assert.Equal(
            new[] { "the harbour would be dredged next spring" },
            Texts("Jane Roe said the harbour would be dredged next spring, but ultimately the council will decide."));
    }

    [Fact]
    public void AnAttributionOfItsOwnAfterTheReportIsNotPartOfIt()
    {
        Assert.Equal(
            "the harbour would be dredged next spring",
            Texts("A council engineer said the harbour would be dredged next spring, the harbour master said.")[0]);
    }

    [Fact]
    public void APassiveClauseAfterTheReportIsNoAttribution()
    {
        Assert.Equal(
            new[] { "the harbour would be dredged, she is often asked about it" },
            Texts("Jane Roe said the harbour would be dredged, she is often asked about it."));
    }

    [Fact]
    public void ContinuesAtTheSentenceEndIsNoAttribution()
    {
        Assert.Equal(
            new[] { "the harbour talks had stalled, however, the dialogue between the towns continues" },
            Texts("Jane Roe said the harbour talks had stalled, however, the dialogue between the towns continues."));
    }
}
