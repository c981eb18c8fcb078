using System;
using System.Linq;
using ArticleCompiler.Annotation;
using ArticleCompiler.Model;
using ArticleCompiler.Parsing;
using Xunit;

namespace ArticleCompiler.Core.Tests.Annotation;

/// <summary>
/// Mixed quotation: quoted words inside reported speech are part of the report, one indirect span
/// over the whole reported content, not a partial quote of their own.
/// </summary>
public class MixedQuotationTests
{
    private static string Body(string paragraphs, AnnotatorOptions? options = null)
    {
        var draft = ArticleAnnotator.Annotate("Council passes budget\n\n" + paragraphs + "\n", options ?? new AnnotatorOptions()).Draft;
        return draft.Substring(draft.IndexOf("\n---", 3, StringComparison.Ordinal) + 4).Trim();
    }

    private static Article Parsed(string paragraphs) =>
        ArticleParser.Parse(ArticleAnnotator.Annotate("Council passes budget\n\n" + paragraphs + "\n", new AnnotatorOptions()).Draft).Article;

    [Fact]
    public void QuotedWordsInsideAReportAreTheReportsText()
    {
        Assert.Equal(
            "Council member Jane Roe said [the budget was “dead on arrival” at City Hall]{@roe}.",
            Body("Council member Jane Roe said the budget was “dead on arrival” at City Hall."));
    }

    [Fact]
    public void AReportEndingInQuotedWordsIsOneQuote()
    {
        var article = Parsed("Treasurer Omar Diaz says the city has “never spent a dollar it did not have.”");

        var quote = Assert.Single(article.Quotes);
        Assert.Equal(QuoteKind.Indirect, quote.Kind);
        Assert.Equal("the city has “never spent a dollar it did not have.”", quote.Text);
    }

    [Fact]
    public void SeveralQuotationsInOneReportAreOneQuote()
    {
        var article = Parsed("The mayor, Jane Roe, said that the council’s “reckless” and “short-sighted” cuts would “hurt every family in town.”");

        var quote = Assert.Single(article.Quotes);
        Assert.Equal(QuoteKind.Indirect, quote.Kind);
        Assert.StartsWith("the council’s “reckless”", quote.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void QuotedWordsBeforeTheCueAreOneReportWithTheRest()
    {
        Assert.Equal(
            "[For now, the council is \"looking for every dollar it can find,\"]{@roe} Jane Roe said.",
            Body("For now, the council is \"looking for every dollar it can find,\" Jane Roe said."));
    }

    [Fact]
    public void ATermInQuotationMarksInsideAReportIsMarkedAsNoQuote()
    {
        Assert.Equal(
            "Council member Jane Roe said [the charities must now register as “lobby groups” with the clerk]{@roe}.".Replace("”", "”{-}", StringComparison.Ordinal),
            Body("Council member Jane Roe said the charities must now register as “lobby groups” with the clerk."));
    }

    [Fact]
    public void AReportWhoseSpeakerIsNamedAfterQuotedWordsInApostrophesRunsFromTheSentencesStart()
    {
        Assert.Equal(
            "[The new budget is ''a plan for the next decade,'']{@roe} said Jane Roe, the mayor.",
            Body("The new budget is ''a plan for the next decade,'' said Jane Roe, the mayor."));
    }

    [Theory]
    [InlineData("They ''never had a real plan,'' said Jane Roe, the mayor.", "[They ''never had a real plan,'']{@roe} said Jane Roe, the mayor.")]
    [InlineData("The ''green'' budget is about ''roads people can actually use,'' Jane Roe said.", "[The ''green'' budget is about ''roads people can actually use,'']{@roe} Jane Roe said.")]
    public void AReportEndingInQuotedWordsMayOpenWithOneWordOrHoldAnotherQuotation(string raw, string draft)
    {
        Assert.Equal(draft, Body(raw));
    }

    [Fact]
    public void AReportOpeningWithQuotedWordsRunsOnToTheEndOfItsClause()
    {
        Assert.Equal(
            "Jane Roe has said repeatedly [\"the next council\" should pick the new chief]{@roe}.",
            Body("Jane Roe has said repeatedly \"the next council\" should pick the new chief."));
    }

    [Fact]
    public void AClauseOfTheWritersOwnAfterAQuotationIsNoReport()
    {
        Assert.Equal(
            "Council member Jane Roe said \"We could not win,\"{@roe} and the flag flew at half-mast.",
            Body("Council member Jane Roe said \"We could not win,\" and the flag flew at half-mast."));
    }

    [Fact]
    public void AQuotationThatIsTheWholeContentStaysADirectQuote()
    {
        var article = Parsed("“We will balance this budget,” Jane Roe said. She added: “Nobody will lose a bus route.”");

        Assert.Equal(new[] { QuoteKind.Direct, QuoteKind.Direct }, article.Quotes.Select(q => q.Kind));
    }

    [Fact]
    public void OnlyAWrittenReportOfTheSameSpeakerTakesInAQuote()
    {
        // "Roe said the crowd chanted “no more cuts” all night": the report, then its quotation.
        var article = RawArticleReader.Read("Budget\n\nRoe said the crowd chanted “no more cuts” all night.\n");
        var block = article.Blocks.Select((b, i) => (b, i)).Single(x => x.b.Text.StartsWith("Roe", StringComparison.Ordinal)).i;
        var text = article.Blocks[block].Text;
        var roe = new Entity("Jane Roe", null, isOrganisation: false, order: 0);
        var crowd = new Entity("crowd", null, isOrganisation: false, order: 1);
        var open = text.IndexOf('“');
        QuoteAnnotation Report(Entity speaker, double confidence) => new(QuoteKind.Indirect, block, 9, block, text.Length - 1, speaker, confidence, "test");
        var quotation = new QuoteAnnotation(QuoteKind.Partial, block, open, block, text.IndexOf('”') + 1, roe, 0.9, "test");

        Assert.Single(MixedQuotation.Absorb(article, new[] { Report(roe, 0.9), quotation }, 0.5));
        Assert.Equal(2, MixedQuotation.Absorb(article, new[] { Report(crowd, 0.9), quotation }, 0.5).Count);
        Assert.Equal(2, MixedQuotation.Absorb(article, new[] { Report(roe, 0.4), quotation }, 0.5).Count);
    }

    [Fact]
    public void QuotedWordsClosingAReportAfterAParticipleAndThatAreOneReport()
    {
        Assert.Equal(
            "“We need the buses,”{@roe} Jane Roe said, adding that [Omar Diaz is “the most careful of the treasurers.”]{@roe}",
            Body("“We need the buses,” Jane Roe said, adding that Omar Diaz is “the most careful of the treasurers.”"));
    }

    [Fact]
    public void ASentenceInQuotationMarksThatEndsAReportAfterAColonIsTheReportsText()
    {
        Assert.Equal(
            "Jane Roe said [the council had two choices: “Cut the buses or raise the fares.”]{@roe}",
            Body("Jane Roe said the council had two choices: “Cut the buses or raise the fares.”"));
    }

    [Fact]
    public void AReportAfterAParticipleGoesOnPastItsQuotedWordsToTheEndOfTheClause()
    {
        Assert.Equal(
            "Jane Roe left early, telling reporters that [the council is “planting the seeds” for a win next year]{@roe}.",
            Body("Jane Roe left early, telling reporters that the council is “planting the seeds” for a win next year."));
    }
    [Fact]
    public void AQuotationRightAfterAReportOfTheSameSpeakerGoesOnWithTheReport()
    {
        Assert.Equal(
            "“We are broke,”{@diaz} says Treasurer Omar Diaz. He says [the old depot should close next spring. “It has cost us more than it earns for a decade.”]{@diaz}",
            Body("“We are broke,” says Treasurer Omar Diaz. He says the old depot should close next spring. “It has cost us more than it earns for a decade.”"));
    }

    [Fact]
    public void AQuotationAfterAReportRidingOnAnEarlierQuotationStaysAQuote()
    {
        var article = Parsed("“We are broke,” said Treasurer Omar Diaz, who noted that the depot loses money. “It has cost us more than it earns for a decade.”");

        Assert.Contains(article.Quotes, q => q.Kind == QuoteKind.Direct && q.Text == "It has cost us more than it earns for a decade.");
        Assert.Contains(article.Quotes, q => q.Kind == QuoteKind.Indirect && q.Text == "the depot loses money");
    }
    [Theory]
    [InlineData("Treasurer Omar Diaz spoke last. His verdict: “The depot has cost us more than it earns,” he said.", "The depot has cost us more than it earns")]
    [InlineData("Asked about the depot, Treasurer Omar Diaz said “It has cost us more than it earns,” he said.", "It has cost us more than it earns")]
    public void ASentenceInQuotationMarksLedInBySpeechIsAQuoteNotTheEndOfAReport(string paragraph, string words)
    {
        var article = Parsed(paragraph);

        var quote = Assert.Single(article.Quotes);
        Assert.Equal(QuoteKind.Direct, quote.Kind);
        Assert.Equal(words, quote.Text);
    }

    [Fact]
    public void AQuotationAfterAColonThatEndsAReportAfterItsCueStaysTheReports()
    {
        var article = Parsed("Treasurer Omar Diaz said the council has two choices: “Cut the buses or raise the fares.”");

        var quote = Assert.Single(article.Quotes);
        Assert.Equal(QuoteKind.Indirect, quote.Kind);
    }
    [Fact]
    public void ACommaAfterTheParticipleIsNoWordOfTheReport()
    {
        var body = Body("Treasurer Omar Diaz read the message.\n\nMinutes later, he sent an email saying, “done and dusted.”");

        Assert.DoesNotContain("[, ", body, StringComparison.Ordinal);
        Assert.DoesNotContain("saying[", body, StringComparison.Ordinal);
    }
}
