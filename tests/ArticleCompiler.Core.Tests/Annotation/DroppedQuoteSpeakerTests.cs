using System.Linq;
using ArticleCompiler.Annotation;
using ArticleCompiler.Model;
using Xunit;

namespace ArticleCompiler.Core.Tests.Annotation;

/// <summary>Quotes the finders see whose speaker the subject readers used to miss, so the quote was dropped.</summary>
public class DroppedQuoteSpeakerTests
{
    private const string Headline = "Council Passes Budget\n\nThe council met on Monday to vote on the plan for the roads.\n\n";

    // The quote of kind <paramref name="kind"/> whose text starts with <paramref name="quoteStart"/>.
    private static QuoteAnnotation QuoteOf(string body, string quoteStart, QuoteKind kind)
    {
        var article = RawArticleReader.Read(Headline + body);
        var (quotes, _) = AttributionFinder.Find(article);
        var quote = quotes.FirstOrDefault(q => q.Kind == kind && article.Blocks[q.OpenBlock].Text.Substring(q.Start).TrimStart('"', '\u201C').StartsWith(quoteStart, System.StringComparison.Ordinal));
        Assert.NotNull(quote);
        return quote!;
    }

    [Fact]
    public void APronounContractionIsThePronounNotAName()
    {
        var quote = QuoteOf("Tom Baker spoke to the council on Monday.\n\nHe's said he would fix every road in the county by June.\n", "he would", QuoteKind.Indirect);

        Assert.Equal("Tom Baker", quote.Speaker?.Name);
    }

    [Fact]
    public void ALowerCasePronounAfterAnOpeningPhraseIntroducesTheQuote()
    {
        var quote = QuoteOf("Jane Pike spoke to the council on Monday.\n\nAt the time, she released a statement saying, \"We share a vision for the future of our town.\"\n", "We share", QuoteKind.Direct);

        Assert.Equal("Jane Pike", quote.Speaker?.Name);
    }

    [Fact]
    public void AnOpeningPhraseOfTimeBeforeTheSubjectIsSkipped()
    {
        var quote = QuoteOf("Jane Pike spoke to the council on Monday.\n\nImmediately after the storm, Pike issued a statement, \"Our town will rebuild every house that was lost.\"\n", "Our town", QuoteKind.Direct);

        Assert.Equal("Jane Pike", quote.Speaker?.Name);
    }

    [Fact]
    public void AsSomeonePutItNamesTheQuotesSource()
    {
        var quote = QuoteOf("As the columnist Ann Roe put it, \"The roads are the only thing this town agrees on.\"\n", "The roads", QuoteKind.Direct);

        Assert.Equal("Ann Roe", quote.Speaker?.Name);
    }

    [Fact]
    public void AsWithNoVerbOfSayingNamesNoSource()
    {
        var article = RawArticleReader.Read(Headline + "As prices rose, \"The roads are the only thing this town agrees on.\"\n");
        var (quotes, _) = AttributionFinder.Find(article);

        Assert.All(quotes, q => Assert.Null(q.Speaker));
    }

    [Fact]
    public void AccordingToBeforeACommaNamesTheQuotesSource()
    {
        var quote = QuoteOf("According to the Daily Planet, \"The roads are the only thing this town agrees on.\"\n", "The roads", QuoteKind.Direct);

        Assert.Equal("Daily Planet", quote.Speaker?.Name);
    }

    [Fact]
    public void SaidOpeningTheSentenceNamesTheSpeakerPastARelativeClause()
    {
        var quote = QuoteOf("The museum opened on Monday.\n\nSaid Dorothy Hale, who grew up on the street, \"We were all so proud of the roads.\"\n", "We were", QuoteKind.Direct);

        Assert.Equal("Dorothy Hale", quote.Speaker?.Name);
    }

    [Fact]
    public void AnOrganisationThatIsTheSubjectOfAColonIntroductionSaysTheQuote()
    {
        var quote = QuoteOf("The Harbor Dock Association was clear in its findings: \"The roads will be fixed when the money comes in.\"\n", "The roads", QuoteKind.Direct);

        Assert.Equal("Harbor Dock Association", quote.Speaker?.Name);
    }

    [Fact]
    public void ANameAloneBeforeAColonSaysTheQuoteAsInATranscript()
    {
        var quote = QuoteOf("Tom Baker and Jane Pike met in a debate on Monday.\n\nPike: \"The roads will be fixed when the money comes in.\"\n", "The roads", QuoteKind.Direct);

        Assert.Equal("Jane Pike", quote.Speaker?.Name);
    }

    [Fact]
    public void ASentenceWhoseSubjectIsNoSpeakerGivesTheQuoteAfterItsColonNoSpeaker()
    {
        var article = RawArticleReader.Read(Headline + "The rule is simple: \"The roads will be fixed when the money comes in.\"\n");
        var (quotes, _) = AttributionFinder.Find(article);

        Assert.All(quotes, q => Assert.Null(q.Speaker));
    }

    [Fact]
    public void ASentenceThatOnlySaysSomeoneSpokeGivesTheQuoteAfterItToItsSubject()
    {
        Assert.Equal("Jane Pike", QuoteOf("Jane Pike agreed. \"The roads will be fixed when the money comes in.\"\n", "The roads", QuoteKind.Direct).Speaker?.Name);
        Assert.Equal("Jane Pike", QuoteOf("Jane Pike said in a statement on Monday. \"The roads will be fixed when the money comes in.\"\n", "The roads", QuoteKind.Direct).Speaker?.Name);
    }

    [Fact]
    public void ASentenceWithNoVerbOfSpeakingGivesTheQuoteAfterItNoSpeaker()
    {
        var article = RawArticleReader.Read(Headline + "Jane Pike arrived at the meeting late. \"The roads will be fixed when the money comes in.\"\n");
        var (quotes, _) = AttributionFinder.Find(article);

        Assert.All(quotes, q => Assert.Null(q.Speaker));
    }

    [Fact]
    public void AsSomeoneReportedEndingAParagraphInAColonNamesTheSpeakerOfTheNext()
    {
        var quote = QuoteOf("As the columnist Ann Roe reported after the vote:\n\n\"The roads will be fixed when the money comes in.\"\n", "The roads", QuoteKind.Direct);

        Assert.Equal("Ann Roe", quote.Speaker?.Name);
    }

    [Fact]
    public void AQuantifierAsSubjectIsAnUnnamedGroupWrittenButFlagged()
    {
        var quote = QuoteOf("Tom Baker wants a new bridge.\n\nOthers argue that the roads should come first.\n", "the roads", QuoteKind.Indirect);

        Assert.Equal("Others", quote.Speaker?.Name);
        Assert.InRange(quote.Confidence, AnnotatorOptions.DefaultMinimumConfidence, AnnotatorOptions.Sure - 0.01);
    }

    [Fact]
    public void AnUnnamedGroupIsNeverWhomTheyMeansLater()
    {
        var quote = QuoteOf("The Harbor Dock Association said the docks were full.\n\nMany argue that the roads should come first.\n\nThey said the bridges could wait.\n", "the bridges", QuoteKind.Indirect);

        Assert.Equal("Harbor Dock Association", quote.Speaker?.Name);
    }

    [Fact]
    public void AQuantifierBeforeAnAdjectiveOrInASubordinateClauseIsNoSpeakingGroup()
    {
        var article = RawArticleReader.Read(Headline + "Some estimated tolls, given by officials to reporters, exceeded 100.\n\nThe roads are bad, while some say the bridges are worse.\n");
        var (quotes, _) = AttributionFinder.Find(article);

        Assert.DoesNotContain(quotes, q => q.Speaker is { Name: "Some" });
    }

    [Fact]
    public void AnOpeningAdverbWithNoCommaLeavesTheSubjectRightAfterIt()
    {
        var quote = QuoteOf("Jane Pike spoke to the council on Monday.\n\nRecently she announced on her page, in capital letters, \"I am leaving the party for good.\"\n", "I am leaving", QuoteKind.Direct);

        Assert.Equal("Jane Pike", quote.Speaker?.Name);
    }

    [Fact]
    public void ANameAfterADashBeforeAColonSignsTheQuote()
    {
        var quote = QuoteOf("ROADS WILL BE FIXED THIS YEAR - Jane Pike: \"The money is there and the plans are ready.\"\n", "The money", QuoteKind.Direct);

        Assert.Equal("Jane Pike", quote.Speaker?.Name);
    }

    [Fact]
    public void ACueEndingTheQuotesSentenceNamesItsSpeakerNotThePreviousParagraphs()
    {
        var body = "Jane Pike said, \"The roads are bad and the bridges are worse.\"\n\n\"They have no choice\" but to fix the roads, says Evan Cole, a Republican strategist.\n";
        var quote = QuoteOf(body, "They have no choice", QuoteKind.Direct);

        Assert.Equal("Evan Cole", quote.Speaker?.Name);
        Assert.True(quote.Confidence >= 0.5);
    }

    [Fact]
    public void ACueFarAtTheEndOfTheQuotesSentenceWithARoleBeforeTheNameNamesItsSpeaker()
    {
        var body = "Jane Pike said, \"The roads are bad and the bridges are worse.\"\n\n\"Boots on the ground\" would be needed on the bridges, candidate Tom Baker said after the vote.\n";
        var quote = QuoteOf(body, "Boots on the ground", QuoteKind.Direct);

        Assert.Equal("Tom Baker", quote.Speaker?.Name);
    }
}
