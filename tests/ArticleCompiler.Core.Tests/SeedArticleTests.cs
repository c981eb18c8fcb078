using System.Collections.Generic;
using System.IO;
using System.Linq;
using ArticleCompiler.Model;
using ArticleCompiler.Parsing;
using ArticleCompiler.Validation;
using Xunit;

namespace ArticleCompiler.Core.Tests;

public class SeedArticleTests
{
    private static readonly string SeedText = File.ReadAllText(TestArticles.SeedPath);
    private static readonly Article Seed = ArticleParser.Parse(SeedText).Article;

    [Fact]
    public void TheSeedValidatesWithNoFindings()
    {
        Assert.Empty(ArticleValidator.Validate(SeedText, TestArticles.Options));
    }

    [Fact]
    public void TheSeedHasNoFinalNewlineAndNonBreakingSpacesLikeTheRawText()
    {
        Assert.False(SeedText.EndsWith("\n"));
        Assert.Contains('\u00A0', SeedText);
        Assert.Contains(Seed.Sections.SelectMany(s => s.Paragraphs), p => p.Text.EndsWith("Saint Petersburg.\u00A0"));
    }

    [Fact]
    public void FrontMatterBecomesMetadataAndSpeakers()
    {
        var metadata = Seed.Metadata;
        Assert.Equal("russia-us-syria", metadata.Id);
        Assert.Equal("Russia Ready to Increase Cooperation With US on Syria - Ambassador to Washington", metadata.Title);
        Assert.Equal("World", metadata.Category);
        Assert.Equal("Sputnik", metadata.Source);
        Assert.Equal("WASHINGTON", metadata.Dateline);
        Assert.Equal(1, metadata.Revision);
        Assert.Equal("en", metadata.Language);
        Assert.Equal(new[] { "antonov", "putin", "trump", "fsb" }, Seed.Speakers.Select(s => s.Key));
        var antonov = Seed.FindSpeaker("antonov")!;
        Assert.Equal("Anatoly Antonov", antonov.Name);
        Assert.Equal("Russian Ambassador to the United States", antonov.Role);
        Assert.Contains("the senior diplomat", antonov.Aliases);
        Assert.Equal(SpeakerKind.Organization, Seed.FindSpeaker("fsb")!.Kind);
        Assert.Equal((10, 3), (antonov.Span.Line, antonov.Span.Column));
    }

    [Fact]
    public void TheThreeSubheadingsAreSectionsAfterTheLead()
    {
        Assert.Equal(new[] { "lead", "on-russia-us-relations", "inf-treaty", "start-treaty" }, Seed.Sections.Select(s => s.Id));
        Assert.Null(Seed.Sections[0].Heading);
        Assert.Equal("INF Treaty", Seed.Sections[2].Heading);
    }

    [Fact]
    public void AsidesAreKeptOutOfTheBodyWithTheirKinds()
    {
        var asides = Seed.Sections.SelectMany(s => s.Asides).ToArray();
        Assert.Equal(
            new[] { AsideKind.Caption, AsideKind.Related, AsideKind.Related, AsideKind.Related, AsideKind.Footer },
            asides.Select(a => a.Kind));
        Assert.Equal("Sputnik", asides[0].Text);
        Assert.Equal("Russia Urges Watchdogs to Monitor Mistreatment of Russian Nationals in US Jails", asides[2].Text);
        Assert.Equal("Discuss", asides[4].Text);
        Assert.Equal("start-treaty", asides[4].SectionId);
        Assert.DoesNotContain(Seed.Sections.SelectMany(s => s.Paragraphs), p => p.Text.StartsWith("READ MORE"));
    }

    [Fact]
    public void EveryQuoteIsAttributedToItsSpeaker()
    {
        var bySpeaker = Seed.Quotes.GroupBy(q => q.SpeakerKey).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(35, bySpeaker["antonov"]);
        Assert.Equal(2, bySpeaker["putin"]);
        Assert.Equal(1, bySpeaker["trump"]);
        Assert.Equal(1, bySpeaker["fsb"]);
        Assert.Equal(19, Seed.Quotes.Count(q => q.Kind == QuoteKind.Direct));
        Assert.Equal(1, Seed.Quotes.Count(q => q.Kind == QuoteKind.Partial));
        Assert.Equal(19, Seed.Quotes.Count(q => q.Kind == QuoteKind.Indirect));
    }

    [Fact]
    public void TwoQuotesOfOneSpeakerInOneParagraphAreTwoQuotes()
    {
        var quotes = Seed.Quotes.Where(q => q.Text.StartsWith("We consider the Congress") || q.Text.StartsWith("We call on")).ToArray();
        Assert.Equal(2, quotes.Length);
        Assert.Equal(quotes[0].ParagraphIndex, quotes[1].ParagraphIndex);
        Assert.Equal(quotes[0].Span.Line, quotes[1].Span.Line);
        Assert.True(quotes[1].Span.Column > quotes[0].Span.End - quotes[0].Span.Start);
    }

    [Fact]
    public void SquareBracketsWithoutABlockStayInTheQuote()
    {
        var quote = Seed.Quotes.Single(q => q.Text.StartsWith("I firmly believe"));
        Assert.Contains("we [Russians] are not enemies", quote.Text);
        Assert.Equal(QuoteKind.Direct, quote.Kind);
        Assert.False(quote.Text.EndsWith(","));
    }

    [Fact]
    public void CurlyQuotesInsideAStraightQuoteArePartOfItsText()
    {
        var quote = Seed.Quotes.Single(q => q.Text.StartsWith("We are partners"));
        Assert.EndsWith("the 'spirit of\u00A0the Elbe\u2019", quote.Text);
    }

    [Fact]
    public void AMixedQuotationIsAnIndirectQuoteWithAPartialQuoteInside()
    {
        var partial = Seed.Quotes.Single(q => q.Kind == QuoteKind.Partial);
        Assert.Equal("substantive", partial.Text);
        var indirect = Seed.Quotes.Single(q => q.Kind == QuoteKind.Indirect && q.Text.StartsWith("Washington avoided"));
        Assert.Contains("\"substantive\" talks", indirect.Text);
        Assert.True(indirect.Span.Start < partial.Span.Start && partial.Span.End < indirect.Span.End);
    }

    [Fact]
    public void AnIndirectSpanInsideADirectQuoteIsAttributedToItsOwnSpeaker()
    {
        var putin = Seed.Quotes.Single(q => q.SpeakerKey == "putin" && q.Text.StartsWith("this is possible"));
        Assert.Equal(QuoteKind.Indirect, putin.Kind);
        Assert.Equal("start-treaty", putin.SectionId);
        var antonov = Seed.Quotes.Single(q => q.Text.StartsWith("As Russian President Vladimir Putin said"));
        Assert.Contains("on\u00A0January 11, this is possible only if", antonov.Text);
        Assert.DoesNotContain("{@putin}", antonov.Text);
    }

    [Fact]
    public void RemovingTheAnnotationsGivesBackEveryLineOfTheRawArticle()
    {
        var raw = File.ReadAllText(TestArticles.RawSeedPath);
        var rawLines = raw.Split('\n').Where(line => line.Length > 0).ToList();

        var modelLines = new List<string> { Seed.Metadata.Category!, Seed.Metadata.Title };
        foreach (var section in Seed.Sections)
        {
            if (section.Heading is not null)
            {
                modelLines.Add(section.Heading);
            }

            var blocks = section.Paragraphs.Select(p => (p.Span.Start, p.Text))
                .Concat(section.Asides.Select(a => (a.Span.Start, a.Text)))
                .OrderBy(block => block.Start);
            modelLines.AddRange(blocks.Select(block => block.Text));
        }

        Assert.Equal(rawLines, modelLines);
    }

    [Fact]
    public void WithCrlfLineEndingsTheSeedParsesToTheSameTextsAtTheSameLinesAndColumns()
    {
        var crlf = ArticleParser.Parse(SeedText.Replace("\n", "\r\n")).Article;
        Assert.Equal(Seed.Quotes.Select(q => (q.Text, q.Span.Line, q.Span.Column, q.Span.EndLine, q.Span.EndColumn)),
            crlf.Quotes.Select(q => (q.Text, q.Span.Line, q.Span.Column, q.Span.EndLine, q.Span.EndColumn)));
        Assert.Equal(Seed.Sections.SelectMany(s => s.Paragraphs).Select(p => p.Text), crlf.Sections.SelectMany(s => s.Paragraphs).Select(p => p.Text));
        Assert.Empty(ArticleValidator.Validate(SeedText.Replace("\n", "\r\n"), TestArticles.Options));
    }

    [Fact]
    public void WithAByteOrderMarkTheSeedParsesTheSame()
    {
        var bytes = System.Text.Encoding.UTF8.GetPreamble().Concat(System.Text.Encoding.UTF8.GetBytes(SeedText)).ToArray();
        var text = ArticleTextDecoder.Decode(bytes, bytes.Length, out var problem);
        Assert.Null(problem);
        Assert.Equal(SeedText, text);
        Assert.Equal(Seed, ArticleParser.Parse("\uFEFF" + SeedText).Article);
    }
}
