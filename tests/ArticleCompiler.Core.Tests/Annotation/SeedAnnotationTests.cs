using System;
using System.IO;
using System.Linq;
using ArticleCompiler.Annotation;
using ArticleCompiler.Model;
using ArticleCompiler.Parsing;
using ArticleCompiler.Tests.Shared;
using ArticleCompiler.Validation;
using Xunit;

namespace ArticleCompiler.Core.Tests.Annotation;

/// <summary>The raw seed annotated, against the seed annotated by hand.</summary>
public class SeedAnnotationTests
{
    private static readonly string Raw = File.ReadAllText(RepositoryPaths.RawSeed);
    private static readonly string Gold = File.ReadAllText(RepositoryPaths.Seed);
    private static readonly AnnotationResult Result = ArticleAnnotator.Annotate(Raw, new AnnotatorOptions());
    private static readonly Article Draft = ArticleParser.Parse(Result.Draft).Article;

    [Fact]
    public void TheDraftValidatesWithNoFindingAtAll()
    {
        Assert.Empty(ArticleValidator.Validate(Result.Draft, new ValidationOptions(DateTimeOffset.UtcNow)));
        Assert.Empty(Result.Findings);
    }

    [Fact]
    public void EveryDirectAndPartialQuoteIsFoundAndGivenToTheRightSpeaker()
    {
        var gold = AnnotationScoring.Locate(Gold, Raw).Where(q => !q.IsIndirect).ToList();
        var predicted = AnnotationScoring.Locate(Result.Draft, Raw).Where(q => !q.IsIndirect).ToList();

        Assert.Equal(20, gold.Count);
        foreach (var quote in gold)
        {
            var match = predicted.SingleOrDefault(p => p.Start == quote.Start && p.End == quote.End);
            Assert.True(match is not null, "not found: " + Raw.Substring(quote.Start, quote.Length));
            Assert.True(AnnotationScoring.SameSpeaker(quote.Speaker, match!.Speaker), $"{Raw.Substring(quote.Start, quote.Length)}: {string.Join("/", match.Speaker)}");
        }

        Assert.Equal(gold.Count, predicted.Count);
    }

    [Fact]
    public void TheKindsOfTheQuotesAreTheSeeds()
    {
        var gold = ArticleParser.Parse(Gold).Article.Quotes;
        Assert.Equal(gold.Count(q => q.Kind == QuoteKind.Direct), Draft.Quotes.Count(q => q.Kind == QuoteKind.Direct));

        // The seed's one partial quote, "substantive", sits in Antonov's reported speech: the draft
        // leaves it to the report's text and speaker (mixed quotation, one quote).
        Assert.Equal("substantive", gold.Single(q => q.Kind == QuoteKind.Partial).Text);
        Assert.DoesNotContain(Draft.Quotes, q => q.Kind == QuoteKind.Partial);
        Assert.Contains(Draft.Quotes, q => q.Kind == QuoteKind.Indirect && q.SpeakerKey == "antonov" && q.Text.Contains("\"substantive\" talks"));
    }

    [Fact]
    public void TheThreeSectionsAndEveryAsideAreFound()
    {
        var gold = ArticleParser.Parse(Gold).Article;
        Assert.Equal(gold.Sections.Select(s => (s.Id, s.Heading)), Draft.Sections.Select(s => (s.Id, s.Heading)));
        Assert.Equal(
            gold.Sections.SelectMany(s => s.Asides).Select(a => (a.Kind, a.Text, a.SectionId)),
            Draft.Sections.SelectMany(s => s.Asides).Select(a => (a.Kind, a.Text, a.SectionId)));
        Assert.Equal(5, Draft.Sections.Sum(s => s.Asides.Count));
    }

    [Fact]
    public void TheFrontMatterComesFromTheHeaderAndTheLead()
    {
        var metadata = Draft.Metadata;
        // The slug of the title, cut at a hyphen to 64 characters.
        Assert.Equal("russia-ready-to-increase-cooperation-with-us-on-syria-ambassador", metadata.Id);
        Assert.Equal("Russia Ready to Increase Cooperation With US on Syria - Ambassador to Washington", metadata.Title);
        Assert.Equal(("World", "Sputnik", "WASHINGTON"), (metadata.Category, metadata.Source, metadata.Dateline));

        var antonov = Draft.FindSpeaker("antonov")!;
        Assert.Equal(("Anatoly Antonov", "Russian Ambassador to the United States"), (antonov.Name, antonov.Role));
        Assert.Subset(new[] { "Antonov", "the ambassador", "the diplomat", "the senior diplomat" }.ToHashSet(), antonov.Aliases.ToHashSet());
        Assert.Equal(("Vladimir Putin", "Russian President"), (Draft.FindSpeaker("putin")!.Name, Draft.FindSpeaker("putin")!.Role));
        var fsb = Draft.FindSpeaker("fsb")!;
        Assert.Equal(("Federal Security Service", SpeakerKind.Organization), (fsb.Name, fsb.Kind));
        Assert.Contains("FSB", fsb.Aliases);
        Assert.Equal(new[] { "antonov", "putin", "trump", "fsb" }.OrderBy(k => k), Draft.Speakers.Select(s => s.Key).OrderBy(k => k));
    }

    [Fact]
    public void EveryCharacterOfTheRawTextIsKept()
    {
        // The header lines become front matter; every other line is a heading, a paragraph or an
        // aside of the draft, in the same order and with the same characters.
        // (Lines are trimmed of spaces and tabs as the format does; the seed's non-breaking spaces stay.)
        var expected = Raw.Split('\n').Where(l => l.Trim().Length > 0).Select(l => l.Trim(' ', '\t', '\r')).ToList();
        var blocks = Draft.Sections
            .SelectMany(s => (s.Heading is null ? Enumerable.Empty<(int, string)>() : new[] { (s.Span.Start, s.Heading) })
                .Concat(s.Paragraphs.Select(p => (p.Span.Start, p.Text)))
                .Concat(s.Asides.Select(a => (a.Span.Start, a.Text))))
            .OrderBy(b => b.Item1)
            .Select(b => b.Item2);
        var actual = new[] { Draft.Metadata.Category!, Draft.Metadata.Title }.Concat(blocks).ToList();

        Assert.Equal(expected.Count, actual.Count);
        for (var i = 0; i < expected.Count; i++)
        {
            Assert.Equal(expected[i], actual[i]);
        }
    }

    [Theory]
    [InlineData("Россия готова к сотрудничеству с США", "article")]
    [InlineData("\u201CS-400\u201D Deal Signed Today", "s-400-deal-signed-today")]
    [InlineData("2018 in Review", "2018-in-review")]
    public void TheIdIsTheSlugOfTheTitle(string title, string id)
    {
        var draft = ArticleAnnotator.Annotate(title + "\n\nA first paragraph of the article.\n", new AnnotatorOptions()).Draft;

        Assert.Equal(id, ArticleParser.Parse(draft).Article.Id);
    }

    [Fact]
    public void AShortHeadlineAboveAWrappedLeadIsTheTitleNotACategory()
    {
        var draft = ArticleAnnotator.Annotate("Brexit Talks Collapse\n\nLONDON (Reuters) - Talks between Britain and the European Union\ncollapsed on Friday, officials said.\n", new AnnotatorOptions()).Draft;
        var metadata = ArticleParser.Parse(draft).Article.Metadata;

        Assert.Equal(("Brexit Talks Collapse", null, "LONDON", "Reuters"), (metadata.Title, metadata.Category, metadata.Dateline, metadata.Source));
    }

    [Fact]
    public void TheSameInputGivesTheSameDraft()
    {
        Assert.Equal(Result.Draft, ArticleAnnotator.Annotate(Raw, new AnnotatorOptions()).Draft);
    }

    [Fact]
    public void UnsureAttributionsAreListedInTheDraftAndInTheResult()
    {
        Assert.NotEmpty(Result.Notes);
        foreach (var note in Result.Notes)
        {
            Assert.Contains("# line " + note.DraftLine + ": " + note.Message, Result.Draft);
            var draftLine = Result.Draft.Split('\n')[note.DraftLine - 1];
            var rawLine = Raw.Split('\n')[note.Line - 1];
            Assert.Contains(rawLine.Substring(note.Column - 1, 10), draftLine);
        }
    }

    [Fact]
    public void AHigherMinimumConfidenceWritesFewerAttributionsAndListsTheRest()
    {
        var strict = ArticleAnnotator.Annotate(Raw, new AnnotatorOptions(0.9));
        var quotes = ArticleParser.Parse(strict.Draft).Article.Quotes;

        Assert.True(strict.QuoteCount < Result.QuoteCount);
        Assert.Equal(strict.QuoteCount, quotes.Count);
        Assert.Equal(Result.QuoteCount - strict.QuoteCount, strict.Notes.Count(n => !n.Annotated));
        Assert.DoesNotContain(ArticleValidator.Validate(strict.Draft, new ValidationOptions(DateTimeOffset.UtcNow)), f => f.Severity == DiagnosticSeverity.Error);
    }
}
