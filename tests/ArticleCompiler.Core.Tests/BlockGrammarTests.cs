using System.Linq;
using ArticleCompiler.Model;
using ArticleCompiler.Parsing;
using Xunit;
using static ArticleCompiler.Core.Tests.TestArticles;

namespace ArticleCompiler.Core.Tests;

public class BlockGrammarTests
{
    [Fact]
    public void ParagraphsBeforeTheFirstHeadingFormTheLead()
    {
        var sections = ParseBody("Lead paragraph.\n\n## On Russia-US Relations\n\nBody.\n").Article.Sections;
        Assert.Equal(new[] { "lead", "on-russia-us-relations" }, sections.Select(s => s.Id));
        Assert.True(sections[0].IsLead);
        Assert.Equal("On Russia-US Relations", sections[1].Heading);
        Assert.Equal("12:1-12:26", sections[1].Span.ToString());
    }

    [Fact]
    public void ThereIsNoLeadWhenTheBodyStartsWithAHeading()
    {
        var sections = ParseBody("## First\n\nText.\n").Article.Sections;
        Assert.Equal(new[] { "first" }, sections.Select(s => s.Id));
    }

    [Fact]
    public void AnExplicitSectionIdWins()
    {
        var section = ParseBody("## INF Treaty {#inf}\n\nText.\n").Article.Sections.Single();
        Assert.Equal(("inf", "INF Treaty"), (section.Id, section.Heading));
    }

    [Theory]
    [InlineData("On Russia-US Relations", "on-russia-us-relations")]
    [InlineData("The Engineers' View", "the-engineers-view")]
    [InlineData("The Engineers\u2019 View", "the-engineers-view")]
    [InlineData("Caf\u00E9 Soci\u00E9t\u00E9", "cafe-societe")]
    [InlineData("  --Spaced   out!! ", "spaced-out")]
    [InlineData("2018 in Review", "s-2018-in-review")]
    [InlineData("!!!", "section")]
    [InlineData("\u00C6sir \u00DFtra\u00DFe \u0141\u00F3d\u017A", "aesir-sstrasse-lodz")]
    [InlineData("Cafe\u0301 decomposed", "cafe-decomposed")]
    [InlineData("\u041C\u043E\u0441\u043A\u0432\u0430 Moscow", "moscow")]
    public void HeadingsBecomeSlugs(string heading, string id)
    {
        Assert.Equal(id, Slug.FromHeading(heading));
    }

    [Fact]
    public void HeadingsOfOtherLevelsAreKeptAsText()
    {
        var article = ParseBody("# Title\n\n### Deeper\n\n#hashtag is text\n").Article;
        Assert.Equal(new[] { "# Title", "### Deeper", "#hashtag is text" }, article.Sections.Single().Paragraphs.Select(p => p.Text));
    }

    [Fact]
    public void AHeadingEndsAParagraphWithoutABlankLine()
    {
        var sections = ParseBody("Text\n## Next\nMore\n").Article.Sections;
        Assert.Equal(new[] { "Text" }, sections[0].Paragraphs.Select(p => p.Text));
        Assert.Equal(new[] { "More" }, sections[1].Paragraphs.Select(p => p.Text));
    }

    [Theory]
    [InlineData("related", AsideKind.Related)]
    [InlineData("caption", AsideKind.Caption)]
    [InlineData("aside", AsideKind.Aside)]
    [InlineData("footer", AsideKind.Footer)]
    public void FencedAsidesAreKeptWithTheirKindAndAreNotBodyText(string kind, AsideKind expected)
    {
        var section = ParseBody($"Before.\n::: {kind}\nREAD MORE: \"Quoted words in an aside\"\nsecond line\n:::\nAfter.\n").Article.Sections.Single();
        var aside = Assert.Single(section.Asides);
        Assert.Equal(expected, aside.Kind);
        Assert.Equal("READ MORE: \"Quoted words in an aside\" second line", aside.Text);
        Assert.Equal("11:1-14:4", aside.Span.ToString());
        Assert.Equal(new[] { "Before.", "After." }, section.Paragraphs.Select(p => p.Text));
        Assert.DoesNotContain(ValidateBody($"Before.\n::: {kind}\n\"Quoted words in an aside\"\n:::\n"), d => d.Code == "ARTC203");
    }

    [Fact]
    public void AsideParagraphsAreSeparatedByABlankLine()
    {
        var aside = ParseBody("::: aside\nOne\n\nTwo\n:::\n").Article.Sections.Single().Asides.Single();
        Assert.Equal("One\n\nTwo", aside.Text);
    }

    [Fact]
    public void AQuoteContinuesAcrossAnAsideBetweenItsParagraphs()
    {
        var quote = ParseBody("\"First part.\n\n::: related\nREAD MORE: x\n:::\n\n\"Second part.\"{@antonov}\n").Article.Quotes.Single();
        Assert.Equal("First part.\n\nSecond part.", quote.Text);
    }

    [Fact]
    public void AThematicBreakEndsAQuoteThatRunsOverParagraphs()
    {
        var article = ParseBody("\"First part.\n---\n\"Second part.\"{@antonov}\n").Article;
        Assert.Equal("Second part.", article.Quotes.Single().Text);
    }

    [Fact]
    public void AThematicBreakSeparatesParagraphsAndIsNotText()
    {
        var paragraphs = ParseBody("One\n---\nTwo\n").Article.Sections.Single().Paragraphs;
        Assert.Equal(new[] { "One", "Two" }, paragraphs.Select(p => p.Text));
    }

    [Theory]
    [InlineData("\\## Not a heading", "## Not a heading")]
    [InlineData("\\::: not a fence", "::: not a fence")]
    [InlineData("\\---", "---")]
    [InlineData("A \\\"straight\\\" quote and \\{braces\\} and \\[brackets\\]{@antonov}", "A \"straight\" quote and {braces} and [brackets]{@antonov}")]
    [InlineData("C:\\Users stays, \\\\ is one backslash", "C:\\Users stays, \\ is one backslash")]
    [InlineData("An \\\u201Cescaped curly\\\u201D{@antonov} quote", "An \u201Cescaped curly\u201D{@antonov} quote")]
    public void EscapesKeepMarkupAsTextWithoutTheBackslash(string line, string text)
    {
        var article = ParseBody(line + "\n").Article;
        Assert.Equal(text, article.Sections.Single().Paragraphs.Single().Text);
        Assert.Empty(article.Quotes);
    }

    [Fact]
    public void AnEscapedBraceAfterAQuoteIsText()
    {
        var article = ParseBody("\"Hi there you all\"\\{@antonov}\n").Article;
        Assert.Empty(article.Quotes);
        Assert.Equal("\"Hi there you all\"{@antonov}", article.Sections.Single().Paragraphs.Single().Text);
    }

    [Fact]
    public void OtherMarkdownIsLiteralText()
    {
        var paragraph = ParseBody("Some *emphasis* and a [link](https://example.com) and - a list\n").Article.Sections.Single().Paragraphs.Single();
        Assert.Equal("Some *emphasis* and a [link](https://example.com) and - a list", paragraph.Text);
    }

    [Fact]
    public void AnEmptyBodyHasNoSections()
    {
        Assert.Empty(ParseBody(string.Empty).Article.Sections);
        Assert.Empty(ArticleParser.Parse("---\nid: a\ntitle: b\n---").Article.Sections);
    }
}
