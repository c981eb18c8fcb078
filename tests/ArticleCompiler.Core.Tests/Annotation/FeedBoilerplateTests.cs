using System.Linq;
using ArticleCompiler.Annotation;
using ArticleCompiler.Model;
using ArticleCompiler.Parsing;
using Xunit;

namespace ArticleCompiler.Core.Tests.Annotation;

/// <summary>
/// Bylines, credits, captions, gallery and advertising furniture, prompts and copyright lines of
/// real feeds become front matter or asides: never the title, a quote or a body sentence. The
/// texts are invented, in the shapes real feeds have.
/// </summary>
public class FeedBoilerplateTests
{
    private const string Body =
        "The city council voted on Tuesday to approve a new budget that raises spending on parks and libraries.\n\n"
        + "\"We listened to every resident who came,\" said Mayor Jane Roe.\n";

    private static (Article Article, string Draft) Annotate(string raw)
    {
        var draft = ArticleAnnotator.Annotate(raw, new AnnotatorOptions(), "budget").Draft;
        return (ArticleParser.Parse(draft).Article, draft);
    }

    private static string[] BodySentences(Article article) =>
        article.Sections.SelectMany(s => s.Paragraphs).Select(p => p.Text).ToArray();

    [Theory]
    [InlineData("Jane Doe, The Associated Press", new[] { "Jane Doe" }, "Associated Press")]
    [InlineData("By Jane Doe", new[] { "Jane Doe" }, null)]
    [InlineData("By Jane Doe and John Roe", new[] { "Jane Doe", "John Roe" }, null)]
    [InlineData("By Jane Doe, John Roe and Ann de la Cruz", new[] { "Jane Doe", "John Roe", "Ann de la Cruz" }, null)]
    [InlineData("BYLINE: Amber Phillips.", new[] { "Amber Phillips" }, null)]
    [InlineData("Jane Doe | Reuters", new[] { "Jane Doe" }, "Reuters")]
    [InlineData("Associated Press", new string[0], "Associated Press")]
    [InlineData("Co-authored by J.K. Doe.", new[] { "J.K. Doe" }, null)]
    public void ABylineBecomesAuthorsAndNeverTheTitle(string byline, string[] authors, string? source)
    {
        var (article, draft) = Annotate(byline + "\n\n" + Body);

        Assert.Equal(authors, article.Metadata.Authors.ToArray());
        Assert.Equal(source, article.Metadata.Source);
        Assert.Equal("The city council voted on Tuesday to approve a new budget that raises spending on parks and\u2026", article.Metadata.Title);
        Assert.DoesNotContain(byline, string.Join("\n", BodySentences(article)));
        Assert.Equal("budget", article.Id);
        Assert.Contains("\"We listened to every resident who came,\"{@roe}", draft);
    }

    [Fact]
    public void ABylineUnderTheHeadlineBecomesAuthors()
    {
        var (article, _) = Annotate("Council passes budget\nBy Jane Doe\n\n" + Body);

        Assert.Equal("Council passes budget", article.Metadata.Title);
        Assert.Equal(new[] { "Jane Doe" }, article.Metadata.Authors.ToArray());
    }

    [Theory]
    [InlineData("Channel 9 News", "caption")]
    [InlineData("Open this photo in gallery", "caption")]
    [InlineData("Supporters cheer at a rally in the town hall on Tuesday. (AP Photo/John Roe)", "caption")]
    [InlineData("Photo: Jane Doe / Getty Images", "caption")]
    [InlineData("Jane Doe/Getty Images", "caption")]
    [InlineData("1 of 12", "caption")]
    [InlineData("Advertisement", "aside")]
    [InlineData("Story continues below", "aside")]
    [InlineData("Sign up for our daily newsletter", "aside")]
    [InlineData("Follow us on Twitter", "aside")]
    [InlineData("Click here to read more stories like this", "aside")]
    [InlineData("Read more: Ten things to know about the vote", "related")]
    [InlineData("Related: What the polls say", "related")]
    [InlineData("Copyright 2016 The Associated Press. All rights reserved.", "footer")]
    [InlineData("Published Monday, June 3, 2019 10:21AM EDT", "aside")]
    [InlineData("Updated: 2019-06-03 10:21", "aside")]
    [InlineData("Posted on Jan. 4, 2016 at 5:30 p.m.", "aside")]
    public void FeedFurnitureBecomesAnAsideWhereverItStands(string line, string kind)
    {
        foreach (var raw in new[] { line + "\n\n" + Body, "Council passes budget\n\n" + Body.Replace("\n\n", "\n\n" + line + "\n\n"), "Council passes budget\n\n" + Body + "\n" + line + "\n" })
        {
            var (article, draft) = Annotate(raw);

            Assert.Contains("::: " + kind + "\n" + line + "\n:::", draft);
            Assert.NotEqual(line, article.Metadata.Title);
            Assert.DoesNotContain(BodySentences(article), p => p.Contains(line));
            Assert.Single(article.Quotes);
        }
    }

    [Fact]
    public void QuotesInsideACaptionAreNotQuotes()
    {
        var (article, _) = Annotate("Council passes budget\n\nOpen this photo in gallery\n\n\"We did it,\" the mayor said at the hall. (AP Photo/John Roe)\n\n" + Body);

        Assert.Single(article.Quotes);
    }

    [Theory]
    [InlineData("By Tuesday, the council had voted twice on the budget.")]
    [InlineData("By the Numbers")]
    [InlineData("Jane Doe")]
    [InlineData("Reuters reported that the council had voted twice on the budget.")]
    [InlineData("Sign up for health coverage ends on Dec. 15, Smith said.")]
    [InlineData("More: 40 people were hurt, police said.")]
    [InlineData("Subscribe to the plan, the governor told lawmakers on Tuesday.")]
    public void LinesThatOnlyLookLikeBylinesStayText(string line)
    {
        var (article, _) = Annotate("Council passes budget\n\n" + Body + "\n" + line + "\n\nThe end of the story is here.\n");

        Assert.Empty(article.Metadata.Authors);
        Assert.Contains(article.Sections, s => s.Heading == line || s.Paragraphs.Any(p => p.Text == line));
    }

    [Fact]
    public void ACreditGluedUnderAParagraphStaysItsCaption()
    {
        var (article, draft) = Annotate("Council passes budget\n\nThe city council voted on Tuesday to approve a new budget.\nSputnik\n\nMore text.\n");

        Assert.Contains("::: caption\nSputnik\n:::", draft);
        Assert.Null(article.Metadata.Source);
    }
}
