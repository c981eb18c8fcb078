using System;
using System.Collections.Generic;
using System.Linq;
using ArticleCompiler.Annotation;
using ArticleCompiler.Model;
using ArticleCompiler.Parsing;
using ArticleCompiler.Validation;
using Xunit;

namespace ArticleCompiler.Core.Tests.Annotation;

/// <summary>
/// What is a headline, and what a draft's title and id are when the raw text has none (body text
/// only, as many feeds give it). The texts are invented, in the shapes real feeds have.
/// </summary>
public class HeadlinelessTextTests
{
    // A first paragraph of about 300 characters: it once became the title and a 300-character id.
    private const string LongLead =
        "The city council voted on Tuesday night to approve a new budget that raises spending on public transport, parks and libraries "
        + "while cutting the money set aside for road repairs, after a debate that ran for more than six hours and drew hundreds of residents to the chamber.";

    private static Article Draft(string raw, string? name = null) =>
        ArticleParser.Parse(ArticleAnnotator.Annotate(raw, new AnnotatorOptions(), name).Draft).Article;

    [Fact]
    public void ALongFirstParagraphIsNeverTheTitle()
    {
        var result = ArticleAnnotator.Annotate(LongLead + "\n\n\"We listened,\" said Mayor Jane Doe.\n", new AnnotatorOptions(), "council-budget-2016");
        var article = ArticleParser.Parse(result.Draft).Article;

        Assert.Equal("council-budget-2016", article.Id);
        Assert.Equal("The city council voted on Tuesday night to approve a new budget that raises spending on public\u2026", article.Metadata.Title);
        Assert.True(article.Metadata.Title.Length <= 100);
        Assert.Contains("# line 1: the raw text has no headline: the title is its first sentence, cut; it needs a real headline\n", result.Draft);
        Assert.StartsWith("The city council voted", article.Sections[0].Paragraphs[0].Text);
        Assert.DoesNotContain(ArticleValidator.Validate(result.Draft, new ValidationOptions(DateTimeOffset.UtcNow)), f => f.Severity == DiagnosticSeverity.Error);
    }

    [Theory]
    [InlineData("", "untitled")]
    [InlineData("empty-feed-item", "empty-feed-item")]
    public void AnEmptyTextIsUntitledAndTakesItsIdFromItsName(string name, string id)
    {
        var article = Draft("\n\n", name);

        Assert.Equal(("Untitled", id), (article.Metadata.Title, article.Id));
    }

    [Fact]
    public void AShortFirstSentenceIsTheTitleWholeWithoutItsFullStop()
    {
        var article = Draft("The council approved the budget. It raises spending on parks and libraries by a fifth.\n", "budget");

        Assert.Equal(("budget", "The council approved the budget"), (article.Id, article.Metadata.Title));
    }

    [Fact]
    public void WithoutANameTheIdIsTheSlugOfTheStandInCutAtAHyphen()
    {
        var article = Draft(LongLead + "\n");

        Assert.Equal("the-city-council-voted-on-tuesday-night-to-approve-a-new-budget", article.Id);
        Assert.True(article.Id.Length <= 64);
    }

    [Fact]
    public void AFileNameIsSluggedAndCutToSixtyFourCharactersAtAHyphen()
    {
        var article = Draft(LongLead + "\n", "Breitbart_2015-11-16_O'Malley campaign to shift staff, resources and volunteers to Iowa and New Hampshire");

        Assert.Equal("breitbart-2015-11-16-omalley-campaign-to-shift-staff-resources", article.Id);
    }

    [Theory]
    [InlineData("DALLAS (AP) \u2014 Democratic candidate Jane Doe is shifting staff to Iowa.", "Democratic candidate Jane Doe is shifting staff to Iowa")]
    [InlineData("PASADENA, Calif., Jan. 1 (UPI) \u2014 A handful of skywriters are not voting for the mayor.", "A handful of skywriters are not voting for the mayor")]
    [InlineData("WASHINGTON \u2014 The senator had a great night on Saturday. The party had a terrible one.", "The senator had a great night on Saturday")]
    [InlineData("OTTAWA, Ont. -- The club's No. 3 course will close for the season on Monday.", "The club's No. 3 course will close for the season on Monday.")]
    [InlineData("NEW YORK - The club's No. 3 course will close for the season on Monday.", "The club's No. 3 course will close for the season on Monday.")]
    public void TheStandInTitleLeavesTheDatelineOut(string lead, string title)
    {
        var article = Draft(lead + "\n\nMore text follows here in the body.\n", "x");

        Assert.Equal(title, article.Metadata.Title);
    }

    [Theory]
    [InlineData("OTTAWA, Ont. -- The club's No. 3 course will close for the season on Monday.", "OTTAWA", null)]
    [InlineData("WASHINGTON \u2014 The senator had a great night on Saturday.", "WASHINGTON", null)]
    [InlineData("DALLAS (AP) \u2014 Democratic candidate Jane Doe is shifting staff to Iowa.", "DALLAS", "AP")]
    [InlineData("LONDON (Reuters) -- Democratic candidate Jane Doe is shifting staff to Iowa.", "LONDON", "Reuters")]
    public void TheDraftsDatelineIsReadWhateverTheDash(string lead, string dateline, string? source)
    {
        var article = Draft("By Jane Doe\n\n" + lead + "\n\nMore text follows here in the body.\n", "x");

        Assert.Equal(dateline, article.Metadata.Dateline);
        Assert.Equal(source, article.Metadata.Source);
        Assert.DoesNotContain(dateline, article.Metadata.Title);
    }

    [Fact]
    public void ADatelineAloneOnItsLineIsTheDatelineNotAHeading()
    {
        var article = Draft("WASHINGTON (Reuters) -\n\nThe Senate voted on Tuesday to pass the budget bill after a long night.\n\nMore text follows here in the body.\n", "x");

        Assert.Equal("WASHINGTON", article.Metadata.Dateline);
        Assert.Equal("Reuters", article.Metadata.Source);
        Assert.Equal("The Senate voted on Tuesday to pass the budget bill after a long night", article.Metadata.Title);
        Assert.Single(article.Sections);
    }

    [Fact]
    public void ALabelLineIsNeitherHeadlineNorStandIn()
    {
        var article = Draft("ABSTRACT.\n\nThe mayor believes the new tram line will be the most lasting work of her term.\n\nFULL TEXT.\n\nMore text.\n", "tram");

        Assert.Equal("The mayor believes the new tram line will be the most lasting work of her term", article.Metadata.Title);
    }

    [Theory]
    [InlineData("Mayor calls on city to step up fight against floods.")]
    [InlineData("Flood Victims Say Help Came Too Late.")]
    [InlineData("Mayor: \u2018We Will Rebuild Every Bridge.\u2019")]
    [InlineData("The Latest: Council delays vote on \u2018new tram line.\u2019")]
    [InlineData("Democrats pressure mayor to rein in his most fervent fans.")]
    [InlineData("Town Voted For The Tram. Is This The Last Vote?")]
    [InlineData("River flood leaves 200 homeless")]
    public void AHeadlineEndingInAFullStopIsStillAHeadline(string headline)
    {
        var result = ArticleAnnotator.Annotate(headline + "\n\n" + LongLead + "\n", new AnnotatorOptions(), "file-name");
        var article = ArticleParser.Parse(result.Draft).Article;

        Assert.Equal(headline, article.Metadata.Title);
        Assert.NotEqual("file-name", article.Id);
        Assert.DoesNotContain("needs a real headline", result.Draft);
    }

    [Fact]
    public void AHeadlineEndingInASemicolonLosesIt()
    {
        var article = Draft("Mayor apologizes for flood comments; \n\n" + LongLead + "\n");

        Assert.Equal(("Mayor apologizes for flood comments", "mayor-apologizes-for-flood-comments"), (article.Metadata.Title, article.Id));
    }

    [Theory]
    [InlineData("The council approved the budget, and the mayor said she was pleased with the result.")]
    [InlineData("WASHINGTON \u2014 The senator had a great night. The party had a terrible one.")]
    [InlineData("Your daily look at late-breaking news, upcoming events and the stories that will be talked about today:")]
    [InlineData("ABSTRACT.")]
    public void AFirstParagraphIsNotAHeadline(string first)
    {
        var result = ArticleAnnotator.Annotate(first + "\n\nMore text of the article follows here.\n", new AnnotatorOptions(), "name");

        Assert.Contains("needs a real headline", result.Draft);
        Assert.Equal("name", result.Id);
    }

    [Fact]
    public void AHeadlineLongerThan120CharactersIsCutWithANote()
    {
        var headline = "Glenn Beck Blasts Drudge for Mocking His Fast, Quotes Bible to Encourage Indiana to \u2018Turn Away\u2019 from \u2018Boasters\u2019 and \u2018Proud\u2019 Men";
        var result = ArticleAnnotator.Annotate(headline + "\n\n" + LongLead + "\n", new AnnotatorOptions());
        var article = ArticleParser.Parse(result.Draft).Article;

        Assert.Equal("Glenn Beck Blasts Drudge for Mocking His Fast, Quotes Bible to Encourage Indiana to \u2018Turn Away\u2019 from \u2018Boasters\u2019 and\u2026", article.Metadata.Title);
        Assert.True(article.Metadata.Title.Length <= 120);
        Assert.Equal("glenn-beck-blasts-drudge-for-mocking-his-fast-quotes-bible-to", article.Id);
        Assert.Contains("the headline is longer than 120 characters", result.Draft);
    }

    [Theory]
    [InlineData("russia-ready-to-increase-cooperation-with-us-on-syria-ambassador", "russia-ready-to-increase-cooperation-with-us-on-syria-2")]
    [InlineData("budget", "budget-2")]
    public void ATakenIdGetsANumberWithinSixtyFourCharacters(string id, string expected)
    {
        var taken = new HashSet<string>(StringComparer.Ordinal) { id };

        Assert.Equal(expected, ArticleAnnotator.UniqueId(id, taken));
        Assert.Equal(expected.Replace("-2", "-3"), ArticleAnnotator.UniqueId(id, taken));
        Assert.Contains(expected, taken);
    }

    [Fact]
    public void WithIdChangesTheIdOfTheDraftOnly()
    {
        var result = ArticleAnnotator.Annotate("Budget passes\n\nid: budget\n", new AnnotatorOptions());
        var renamed = ArticleAnnotator.WithId(result, "budget-passes-2");

        Assert.Equal("budget-passes-2", renamed.Id);
        Assert.Equal("budget-passes-2", ArticleParser.Parse(renamed.Draft).Article.Id);
        Assert.Equal(result.Draft.Replace("\nid: budget-passes\n", "\nid: budget-passes-2\n"), renamed.Draft);
        Assert.Throws<ArgumentException>(() => ArticleAnnotator.WithId(result, "Not An Id"));
    }
    [Theory]
    [InlineData("null")]
    [InlineData("NULL")]
    [InlineData("True")]
    [InlineData("Yes")]
    [InlineData("true")]
    [InlineData("false")]
    [InlineData("yes")]
    [InlineData("no")]
    [InlineData("on")]
    [InlineData("off")]
    [InlineData("2016")]
    public void AFileNameYamlWouldReadAsAKeywordOrNumberStillGivesAValidDraftWithThatId(string name)
    {
        var result = ArticleAnnotator.Annotate(LongLead + "\n", new AnnotatorOptions(), name);

        Assert.Equal(name.ToLowerInvariant(), result.Id);
        Assert.Equal(name.ToLowerInvariant(), ArticleParser.Parse(result.Draft).Article.Id);
        Assert.DoesNotContain(result.Findings, f => f.Severity == DiagnosticSeverity.Error);

        // Kept apart from another draft's id, it is still renamed.
        var renamed = ArticleAnnotator.WithId(result, ArticleAnnotator.UniqueId(result.Id, new HashSet<string>(StringComparer.Ordinal) { result.Id }));
        Assert.Equal(name.ToLowerInvariant() + "-2", ArticleParser.Parse(renamed.Draft).Article.Id);
    }
}
