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

    [Fact]
    public void FrontMattersReadOneAfterAnotherKeepNothingOfEachOther()
    {
        const string Lists = "---\nid: a\ntitle: A\ntags: [x, y, z]\nspeakers:\n  p:\n    name: P\n    aliases:\n      - Pe\n      - Pea\n---\n\"Words here.\"{@p}\n";
        const string Other = "---\nid: b\ntitle: {x: 1}\nauthors: [Ann]\nspeakers:\n  q:\n    name: Q\n---\nText.\n";
        var first = ArticleParser.Parse(Lists);
        var other = ArticleParser.Parse(Other);
        var firstAgain = ArticleParser.Parse(Lists);

        Assert.Equal(first, firstAgain);
        Assert.Equal(new[] { "x", "y", "z" }, first.Article.Metadata.Tags);
        Assert.Equal(new[] { "Pe", "Pea" }, Assert.Single(first.Article.Speakers).Aliases);
        Assert.Equal(new[] { "Ann" }, other.Article.Metadata.Authors);
        Assert.Equal("q", Assert.Single(other.Article.Speakers).Key);
        Assert.Empty(other.Article.Metadata.Tags);
    }
}
