using System.IO;
using ArticleCompiler.Parsing;
using Xunit;
using static ArticleCompiler.Core.Tests.TestArticles;

namespace ArticleCompiler.Core.Tests;

/// <summary>The parser keeps its working lists and buffers from one article to the next on a thread.</summary>
public class ParserReuseTests
{
    private const string Busy =
        "# Title\n\n\"Unattributed words in a quotation here.\" Text.\n\n" +
        "\"We are ready,\"{@antonov #q1} he said.\n\n::: caption\nA caption\n:::\n\n## Second {#second}\n\n[It will help]{@putin}.\n";

    [Fact]
    public void AnArticleReadAfterAnotherKeepsNothingOfIt()
    {
        var first = ParseBody(Busy);
        var second = ParseBody("Plain words.\n");
        var firstAgain = ParseBody(Busy);

        Assert.Equal(first, firstAgain);
        Assert.Equal(2, first.Article.Quotes.Count);
        Assert.Equal(2, first.Article.Sections.Count);
        Assert.Single(first.Body.UnattributedQuotations);
        Assert.Single(first.Body.OtherLevelHeadings);
        Assert.Single(first.Body.QuoteIdSpans);

        var lead = Assert.Single(second.Article.Sections);
        Assert.Equal("Plain words.", Assert.Single(lead.Paragraphs).Text);
        Assert.Empty(lead.Asides);
        Assert.Empty(second.Article.Quotes);
        Assert.Empty(second.Body.UnattributedQuotations);
        Assert.Empty(second.Body.OtherLevelHeadings);
        Assert.Empty(second.Body.QuoteIdSpans);
    }

    [Fact]
    public void TheSeedParsesAlikeTwice()
    {
        var text = File.ReadAllText(SeedPath);
        Assert.Equal(ArticleParser.Parse(text), ArticleParser.Parse(text));
    }
}
