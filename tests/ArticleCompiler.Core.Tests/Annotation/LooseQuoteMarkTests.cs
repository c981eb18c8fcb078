using System.Linq;
using ArticleCompiler.Annotation;
using ArticleCompiler.Model;
using ArticleCompiler.Parsing;
using ArticleCompiler.Validation;
using Xunit;

namespace ArticleCompiler.Core.Tests.Annotation;

/// <summary>
/// Quotation marks a reader pairs where the format would not: paragraphs run into one line (each
/// quote opening again and only the last closing), a straight closing mark with a space before it,
/// an opening curly mark used to close. The draft writes such a quote as a bracket span and its
/// marks as text, so it still validates and reads as the reader sees it.
/// </summary>
public class LooseQuoteMarkTests
{
    private static AnnotationResult Annotate(params string[] paragraphs) => BudgetDrafts.Annotate(paragraphs);

    private static Article Parsed(AnnotationResult result) => BudgetDrafts.Parsed(result);

    private static string[] Spans(string paragraph) =>
        QuoteSpan.Find(new[] { new RawBlock(RawBlockKind.Paragraph, new[] { paragraph }, 1) })
            .Select(s => paragraph.Substring(s.ContentStart, s.ContentEnd - s.ContentStart).Trim())
            .ToArray();

    [Fact]
    public void AQuoteOpeningAgainAfterAFullSentenceEndsTheQuoteBefore()
    {
        Assert.Equal(
            new[] { "The roads come first. Then the parks.", "Nobody wants potholes.", "The schools can wait a year." },
            Spans("Jane Holloway spoke first: \"The roads come first. Then the parks. \"Nobody wants potholes. \"The schools can wait a year.\""));
    }

    [Fact]
    public void AStraightMarkWithASpaceBeforeItClosesTheQuote()
    {
        Assert.Equal(
            new[] { "We will fix it, 'as promised,'", "Soon." },
            Spans("\"We will fix it, 'as promised,' \" said Jane Holloway. \"Soon.\""));
    }

    [Fact]
    public void AnOpeningCurlyMarkStraightAfterTheWordsClosesTheQuote()
    {
        Assert.Equal(new[] { "The budget is fair,", "Really." }, Spans("“The budget is fair,“ said Jane Holloway. “Really.”"));
    }

    [Fact]
    public void AnOpeningCurlyMarkEndingTheParagraphClosesTheQuote()
    {
        Assert.Equal(new[] { "We will see." }, Spans("She shrugged. “We will see. “"));
    }

    [Fact]
    public void AStraightMarkAfterADashAndBeforeASpaceClosesTheQuote()
    {
        Assert.Equal(new[] { "Not again--", "Fine." }, Spans("He groaned, \"Not again--\" and sat down. \"Fine.\""));
    }

    [Fact]
    public void AnOpeningMarkInsideAQuoteWithoutASentenceEndBeforeItIsText()
    {
        Assert.Equal(new[] { "They call it \"the fix and the \"plan," }, Spans("She said \"They call it \"the fix and the \"plan,\" and left."));
    }

    [Fact]
    public void QuotesOfParagraphsRunTogetherAreWrittenAsBracketSpansThatValidate()
    {
        var result = Annotate("\"The roads come first. \"Nobody wants potholes,\" said Jane Holloway, the finance chair.");

        var article = Parsed(result);
        Assert.Contains("\\\"[The roads come first.]{@holloway .direct} \"Nobody wants potholes,\"{@holloway}", result.Draft);
        Assert.Equal(
            new[] { "The roads come first.", "Nobody wants potholes" },
            article.Quotes.Select(q => q.Text).ToArray());
        Assert.Equal(
            "\"The roads come first. \"Nobody wants potholes,\" said Jane Holloway, the finance chair.",
            article.Sections.Single().Paragraphs.Single().Text);
    }

    [Fact]
    public void AQuoteClosedByAMarkAfterASpaceIsWrittenAsABracketSpanThatValidates()
    {
        var result = Annotate("\"We will fix the roads by spring. \" said Jane Holloway, the finance chair.");

        var article = Parsed(result);
        var quote = Assert.Single(article.Quotes);
        Assert.Equal(("We will fix the roads by spring.", QuoteKind.Direct, "holloway"), (quote.Text, quote.Kind, quote.SpeakerKey));
        Assert.Equal("\"We will fix the roads by spring. \" said Jane Holloway, the finance chair.", article.Sections.Single().Paragraphs.Single().Text);
    }

    [Fact]
    public void TwoApostrophesWithASpaceBeforeThemCloseTheQuoteAndItIsWrittenWithoutTheSpace()
    {
        var result = Annotate("''We will fix the roads, '' said Jane Holloway, the finance chair. ''The parks can wait.''");

        Assert.Contains("''[We will fix the roads,]{@holloway .direct} '' said Jane Holloway", result.Draft);
        Assert.Equal(
            new[] { "We will fix the roads", "The parks can wait." },
            Parsed(result).Quotes.Select(q => q.Text).ToArray());
    }

    [Fact]
    public void LooseMarksOfAQuoteWithNoSpeakerAreTextSoTheNextQuoteKeepsItsOwnMarks()
    {
        var result = Annotate("The sign read “Budget first,“ and the crowd cheered. “We won,” said Jane Holloway.");

        var quote = Assert.Single(Parsed(result).Quotes, q => q.SpeakerKey == "holloway");
        Assert.Equal("We won", quote.Text);
    }
}
