using System.Linq;
using ArticleCompiler.Model;
using Xunit;
using static ArticleCompiler.Core.Tests.TestArticles;

namespace ArticleCompiler.Core.Tests;

public class QuoteGrammarTests
{
    private static Quote[] Quotes(string body) => ParseBody(body).Article.Quotes.ToArray();

    private static string[] Paragraphs(string body) => Paragraphs(ParseBody(body));

    private static string[] Paragraphs(ArticleCompiler.Parsing.ParsedArticle parsed) =>
        parsed.Article.Sections.SelectMany(s => s.Paragraphs).Select(p => p.Text).ToArray();

    [Fact]
    public void AStraightQuoteWithABlockIsADirectQuoteWithoutItsTrailingComma()
    {
        var quote = Assert.Single(Quotes("\"Russia is ready to help,\"{@antonov} Antonov said.\n"));
        Assert.Equal("Russia is ready to help", quote.Text);
        Assert.Equal("antonov", quote.SpeakerKey);
        Assert.Equal(QuoteKind.Direct, quote.Kind);
        Assert.Equal("lead", quote.SectionId);
        Assert.Equal("10:1-10:37", quote.Span.ToString());
        Assert.Equal("10:28-10:36", quote.SpeakerSpan.ToString());
    }

    [Fact]
    public void CurlyQuotesWork()
    {
        var quote = Assert.Single(Quotes("\u201CWe call on them.\u201D{@putin}\n"));
        Assert.Equal("We call on them.", quote.Text);
        Assert.Equal("putin", quote.SpeakerKey);
    }

    [Fact]
    public void AnOpeningMarkPairsWithTheNextClosingMarkCurlyOrStraight()
    {
        var quote = Assert.Single(Quotes("He said \u201Cmixed marks\"{@antonov} here.\n"));
        Assert.Equal("mixed marks", quote.Text);
    }

    [Fact]
    public void AQuoteStartingWithALowerCaseLetterIsPartial()
    {
        var quote = Assert.Single(Quotes("Washington avoided \"substantive\"{@antonov} talks.\n"));
        Assert.Equal(QuoteKind.Partial, quote.Kind);
    }

    [Fact]
    public void TheKindIsDecidedByTheFirstLetterNotTheFirstCharacter()
    {
        Assert.Equal(QuoteKind.Direct, Assert.Single(Quotes("\"2007 Was the year\"{@antonov}\n")).Kind);
        Assert.Equal(QuoteKind.Partial, Assert.Single(Quotes("\"... and then some\"{@antonov}\n")).Kind);
    }

    [Theory]
    [InlineData(".direct", QuoteKind.Direct)]
    [InlineData(".partial", QuoteKind.Partial)]
    [InlineData(".indirect", QuoteKind.Indirect)]
    public void AClassInTheBlockOverridesTheKind(string @class, QuoteKind kind)
    {
        Assert.Equal(kind, Assert.Single(Quotes($"\"Upper case\"{{@antonov {@class}}}\n")).Kind);
        Assert.Equal(kind, Assert.Single(Quotes($"\"lower case\"{{@antonov {@class}}}\n")).Kind);
    }

    [Fact]
    public void AQuoteIdIsKept()
    {
        Assert.Equal("ready", Assert.Single(Quotes("\"Ready.\"{@antonov #ready}\n")).Id);
        Assert.Equal("ready", Assert.Single(Quotes("\"Ready.\"{#ready .direct @antonov}\n")).Id);
    }

    [Fact]
    public void TwoQuotesInOneParagraphEachWithABlockAreTwoQuotes()
    {
        var quotes = Quotes("\"One thing,\"{@antonov} Antonov said. \"Another thing.\"{@antonov}\n");
        Assert.Equal(new[] { "One thing", "Another thing." }, quotes.Select(q => q.Text));
        Assert.All(quotes, q => Assert.Equal(0, q.ParagraphIndex));
    }

    [Fact]
    public void TheParagraphTextKeepsQuoteMarksAndDropsBlocks()
    {
        Assert.Equal(
            new[] { "\"Russia is ready,\" Antonov said." },
            Paragraphs("\"Russia is ready,\"{@antonov} Antonov said.\n"));
    }

    [Fact]
    public void LinesOfAParagraphAreJoinedWithOneSpaceAndSpansFollowTheLines()
    {
        var parsed = ParseBody("First line\nsecond \"Quoted\n words here\"{@antonov} end.\n");
        Assert.Equal("First line second \"Quoted words here\" end.", parsed.Article.Sections[0].Paragraphs[0].Text);
        var quote = Assert.Single(parsed.Article.Quotes);
        Assert.Equal("Quoted words here", quote.Text);
        Assert.Equal("11:8-12:23", quote.Span.ToString());
    }

    [Fact]
    public void AQuoteOverSeveralParagraphsIsOneQuoteAttributedByTheLastBlock()
    {
        var body = "\"First paragraph of the quote.\n\n\"Second paragraph,\"{@antonov} he said.\n";
        var quote = Assert.Single(Quotes(body));
        Assert.Equal("First paragraph of the quote.\n\nSecond paragraph", quote.Text);
        Assert.Equal(0, quote.ParagraphIndex);
        Assert.Equal("10:1-12:30", quote.Span.ToString());
        Assert.DoesNotContain(ValidateBody(body), d => d.Code != "ARTC202");
    }

    [Fact]
    public void AnOpenQuoteDoesNotContinueIntoAParagraphThatDoesNotOpenWithAMark()
    {
        var parsed = ParseBody("\"An opened quote that never closes\n\nNext paragraph \"short\"{@antonov} here.\n");
        var quote = Assert.Single(parsed.Article.Quotes);
        Assert.Equal("short", quote.Text);
        Assert.Equal(1, quote.ParagraphIndex);
    }

    [Fact]
    public void AStraightMarkAfterALetterInsideAWordOrWithNothingOpenIsText()
    {
        Assert.Empty(Quotes("A 12\" pipe and a\"b word.\n"));
        Assert.Equal(new[] { "A 12\" pipe and a\"b word." }, Paragraphs("A 12\" pipe and a\"b word.\n"));
    }

    [Theory]
    [InlineData("(\"In parentheses\"{@antonov})")]
    [InlineData("dash\u2014\"After an em dash\"{@antonov}")]
    [InlineData("dash-\"After a hyphen\"{@antonov}")]
    public void AStraightMarkOpensAfterWhiteSpaceParenthesesBracketsAndDashes(string body)
    {
        Assert.Single(Quotes(body + "\n"));
    }

    [Fact]
    public void ANonBreakingSpaceCountsAsWhiteSpaceBeforeAnOpeningMarkAndIsTrimmedLikeASpace()
    {
        var quote = Assert.Single(Quotes("said\u00A0\"\u00A0Hello\u00A0there,\"{@antonov}\n"));
        Assert.Equal("Hello\u00A0there", quote.Text);
    }

    [Fact]
    public void ScareQuotesMarkedNotAQuoteAreTextAndNotWarned()
    {
        var body = "Registered as \"foreign agents of the state\"{-} last year.\n";
        Assert.Empty(Quotes(body));
        Assert.Equal(new[] { "Registered as \"foreign agents of the state\" last year." }, Paragraphs(body));
        Assert.DoesNotContain(ValidateBody(body), d => d.Code == "ARTC203");
    }

    [Fact]
    public void SingleQuotesAndBracketInsertionsArePartOfTheQuote()
    {
        var quote = Assert.Single(Quotes("\"We [Russians] are 'partners' \u2018in spirit\u2019.\"{@antonov}\n"));
        Assert.Equal("We [Russians] are 'partners' \u2018in spirit\u2019.", quote.Text);
    }

    // A one-line paragraph is read in place in the article: nothing after its end may be read as part of it.
    [Fact]
    public void AParagraphReadInPlaceEndsAtItsLastCharacter()
    {
        var parsed = ParseBody("\"Quote.\"{@antonov and then [text\n\n]{@putin} said} \"so\"{@putin}\n");
        var diagnostic = Assert.Single(parsed.Findings, d => d.Code == "ARTC005");
        Assert.Equal(("malformed attribute block: missing '}'", "10:9-10:33"), (diagnostic.Message, diagnostic.Span.ToString()));
        Assert.Equal(new[] { "\"Quote.\"{@antonov and then [text", "] said} \"so\"" }, Paragraphs(parsed));
        Assert.Equal("so", Assert.Single(parsed.Article.Quotes).Text);
    }
}
