using System.Linq;
using ArticleCompiler.Model;
using Xunit;
using static ArticleCompiler.Core.Tests.TestArticles;

namespace ArticleCompiler.Core.Tests;

public class IndirectSpanTests
{
    [Fact]
    public void ABracketedSpanWithABlockIsAnIndirectQuoteAndItsBracketsAreRemoved()
    {
        var parsed = ParseBody("According to Antonov, [Moscow is prepared to expand cooperation]{@antonov}.\n");
        var quote = Assert.Single(parsed.Article.Quotes);
        Assert.Equal(QuoteKind.Indirect, quote.Kind);
        Assert.Equal("Moscow is prepared to expand cooperation", quote.Text);
        Assert.Equal("10:23-10:75", quote.Span.ToString());
        Assert.Equal("According to Antonov, Moscow is prepared to expand cooperation.", parsed.Article.Sections[0].Paragraphs[0].Text);
    }

    [Fact]
    public void BracketsNotFollowedByABlockArePlainText()
    {
        var parsed = ParseBody("We [Russians] are here.\n");
        Assert.Empty(parsed.Article.Quotes);
        Assert.Equal("We [Russians] are here.", parsed.Article.Sections[0].Paragraphs[0].Text);
    }

    [Fact]
    public void BalancedBracketsInsideAnIndirectSpanBelongToIt()
    {
        var quote = Assert.Single(ParseBody("[the accord [of 2015] stands]{@antonov}\n").Article.Quotes);
        Assert.Equal("the accord [of 2015] stands", quote.Text);
    }

    [Fact]
    public void QuotedWordsInsideAnIndirectSpanBelongToItWithoutAWarning()
    {
        var body = "[Washington avoided \"substantive talks on all issues\" with Russia]{@antonov}\n";
        var quote = Assert.Single(ParseBody(body).Article.Quotes);
        Assert.Equal("Washington avoided \"substantive talks on all issues\" with Russia", quote.Text);
        Assert.DoesNotContain(ValidateBody(body), d => d.Code == "ARTC203");
    }

    [Fact]
    public void AQuoteNestedInAnIndirectSpanMayHaveAnotherSpeaker()
    {
        var quotes = ParseBody("[he heard students shout, \u201CBuild that wall!\u201D{@putin}]{@antonov}\n").Article.Quotes;
        Assert.Equal(2, quotes.Count);
        Assert.Equal(("Build that wall!", "putin", QuoteKind.Direct), (quotes[0].Text, quotes[0].SpeakerKey, quotes[0].Kind));
        Assert.Equal(("he heard students shout, \u201CBuild that wall!\u201D", "antonov", QuoteKind.Indirect), (quotes[1].Text, quotes[1].SpeakerKey, quotes[1].Kind));
    }

    [Fact]
    public void NotAQuoteAfterABracketKeepsTheBrackets()
    {
        var parsed = ParseBody("The [sic]{-} text.\n");
        Assert.Empty(parsed.Article.Quotes);
        Assert.Equal("The [sic] text.", parsed.Article.Sections[0].Paragraphs[0].Text);
    }

    [Fact]
    public void NestedIndirectSpansAreAnErrorAtTheInnerSpan()
    {
        var diagnostics = ValidateBody("[outer [inner]{@putin} text]{@antonov}\n");
        var nested = Assert.Single(diagnostics, d => d.Code == "ARTC012");
        Assert.Equal("10:8-10:23", nested.Span.ToString());
    }

    [Fact]
    public void AnIndirectSpanNeverCrossesAParagraphBreak()
    {
        var diagnostics = ValidateBody("[Starts here\n\nends here]{@antonov}\n");
        Assert.Equal("12:10-12:11", Assert.Single(diagnostics, d => d.Code == "ARTC009").Span.ToString());
        Assert.Empty(ParseBody("[Starts here\n\nends here]{@antonov}\n").Article.Quotes);
    }
}
