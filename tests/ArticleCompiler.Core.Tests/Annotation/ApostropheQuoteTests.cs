using System.Linq;
using ArticleCompiler.Annotation;
using FsCheck;
using FsCheck.Fluent;
using ArticleCompiler.Model;
using ArticleCompiler.Parsing;
using ArticleCompiler.Validation;
using Xunit;

namespace ArticleCompiler.Core.Tests.Annotation;

/// <summary>
/// Two apostrophes as a quotation mark (the New York Times archive's style): annotate reads them as
/// one and writes the quote as a bracket span with a class, since the format knows no such mark.
/// </summary>
public class ApostropheQuoteTests
{
    private static AnnotationResult Annotate(params string[] paragraphs) => BudgetDrafts.Annotate(paragraphs);

    private static Article Parsed(AnnotationResult result) => BudgetDrafts.Parsed(result);

    [Fact]
    public void WordsInTwoApostrophesAreADirectQuoteWrittenAsABracketSpan()
    {
        const string Paragraph = "''The budget is a complete mess, and everybody knows it,'' said Jane Holloway, the finance chair.";

        var result = Annotate(Paragraph);

        Assert.Contains("''[The budget is a complete mess, and everybody knows it,]{@holloway .direct}'' said Jane Holloway", result.Draft);
        var article = Parsed(result);
        var quote = Assert.Single(article.Quotes);
        Assert.Equal(("The budget is a complete mess, and everybody knows it", QuoteKind.Direct, "holloway"), (quote.Text, quote.Kind, quote.SpeakerKey));
        Assert.Equal(Paragraph, article.Sections.Single().Paragraphs.Single().Text);
    }

    [Fact]
    public void AQuoteInApostrophesBeginningInLowerCaseIsPartial()
    {
        var article = Parsed(Annotate("''Take the city back ten years at least,'' Jane Holloway said of the plan, ''that is what it would do.''"));

        var quote = Assert.Single(article.Quotes, q => q.Kind == QuoteKind.Partial);
        Assert.Equal("that is what it would do.", quote.Text);
    }

    [Fact]
    public void AnInnerQuoteBeforeTheClosingApostrophesBelongsToTheQuote()
    {
        var article = Parsed(Annotate("''My neighbor told me, 'This is the worst budget in years,''' said Jane Holloway."));

        Assert.Equal("My neighbor told me, 'This is the worst budget in years,'", Assert.Single(article.Quotes).Text);
    }

    [Fact]
    public void TwoQuotesInApostrophesOfOneParagraphAreTwoQuotes()
    {
        var article = Parsed(Annotate("''We will fix the budget next year,'' Jane Holloway said. ''Nobody should worry about the schools.''"));

        Assert.Equal(
            new[] { "We will fix the budget next year", "Nobody should worry about the schools." },
            article.Quotes.Select(q => q.Text).ToArray());
        Assert.All(article.Quotes, q => Assert.Equal("holloway", q.SpeakerKey));
    }

    [Fact]
    public void ApostrophesAfterADigitOpenNoQuote()
    {
        var result = Annotate("The council bought a 12'' pipe for the new fountain, Jane Holloway said on Monday.");

        Assert.DoesNotContain(Parsed(result).Quotes, q => q.Kind != QuoteKind.Indirect);
        Assert.DoesNotContain("12''[", result.Draft);
    }

    [Fact]
    public void AQuoteInApostrophesInsideReportedSpeechIsNotASecondBracketSpan()
    {
        var result = Annotate("Jane Holloway said that the plan was ''a gift to the developers of the city'' and would fail in court.");

        var article = Parsed(result);
        var quote = Assert.Single(article.Quotes);
        Assert.Equal(QuoteKind.Indirect, quote.Kind);
        Assert.Contains("''a gift to the developers of the city''", quote.Text);
    }

    [Fact]
    public void AQuoteInApostrophesOverTwoParagraphsIsABracketSpanInEach()
    {
        var result = Annotate(
            "''We looked at every line of the budget and found nothing we could cut without closing a school,'' Jane Holloway said on Monday. ''The state has to help us.",
            "''Otherwise the libraries close in the spring.''");

        var article = Parsed(result);
        Assert.Equal(
            new[] { "We looked at every line of the budget and found nothing we could cut without closing a school", "The state has to help us.", "Otherwise the libraries close in the spring." },
            article.Quotes.Select(q => q.Text).ToArray());
        Assert.All(article.Quotes, q => Assert.Equal(("holloway", QuoteKind.Direct), (q.SpeakerKey, q.Kind)));
    }

    private static readonly string[] Pieces =
    {
        "''", "''", "'", "\"", "\u201C", "\u201D", ",", ".", ":", "said", "Jane Holloway", "she", "that", "we will", "win", "12", "[", "]", "{", "}", "\u2014", "(", "\\",
    };

    [Fact]
    public void WhateverTheApostrophesTheDraftValidatesAndKeepsEveryParagraphsWords()
    {
        var paragraph = Gen.Elements(Pieces).ListOf().Select(parts => "The council met on Tuesday and " + string.Join(" ", parts) + " it ended.");
        Prop.ForAll(paragraph.ListOf().Where(l => l.Count > 0).ToArbitrary(), paragraphs =>
        {
            var article = Parsed(Annotate(paragraphs.ToArray()));
            var texts = article.Sections.SelectMany(section => section.Paragraphs).Select(p => p.Text).ToArray();
            return texts.SequenceEqual(paragraphs)
                ? true
                : throw new Xunit.Sdk.XunitException("paragraphs:\n" + string.Join("\n", paragraphs) + "\n--- read back:\n" + string.Join("\n", texts));
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(300));
    }
}
