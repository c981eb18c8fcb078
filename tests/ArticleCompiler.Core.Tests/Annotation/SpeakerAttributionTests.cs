using System.Linq;
using ArticleCompiler.Annotation;
using ArticleCompiler.Model;
using Xunit;

namespace ArticleCompiler.Core.Tests.Annotation;

/// <summary>Who said a quote: names past appositions, descriptions, pronouns, continued speakers.</summary>
public class SpeakerAttributionTests
{
    private const string Headline = "Council Passes Budget\n\nThe council met on Monday to vote on the plan for the roads.\n\n";

    // The speaker found for the quote that starts with <paramref name="quoteStart"/> (its name as the article gives it), or null.
    private static string? SpeakerOf(string body, string quoteStart)
    {
        var article = RawArticleReader.Read(Headline + body);
        var (quotes, _) = AttributionFinder.Find(article);
        var quote = quotes.FirstOrDefault(q => article.Blocks[q.OpenBlock].Text.Substring(q.Start).TrimStart('"', '\u201C').StartsWith(quoteStart, System.StringComparison.Ordinal));
        Assert.NotNull(quote);
        return quote!.Speaker?.Name;
    }

    [Fact]
    public void AnAgeAndAHomeTownBetweenNameAndVerbLeaveTheNameTheSpeaker()
    {
        Assert.Equal("Harry Bond", SpeakerOf("\"Nobody here wants a new tax on the town,\" Harry Bond, 30, of Raleigh, N.C., who was among those polled, said in an interview.\n", "Nobody here"));
        Assert.Equal("Mary Stone", SpeakerOf("\"The roads are bad and the bridges are worse,\" Mary Stone, 49, told the Daily Planet.\n", "The roads"));
    }

    [Fact]
    public void AStateAbbreviationBeforeSaidIsNeverTheSpeaker()
    {
        Assert.Equal("Cory Jones", SpeakerOf("Cory Jones, 22, of Flint, Mich., said that the roads in his street had not been fixed in years.\n", "the roads"));
        Assert.Equal("Jo Hill", SpeakerOf("Sen. Jo Hill, R-Fla., appearing on the radio after the vote, said that the plan would fail.\n", "the plan"));
    }

    [Fact]
    public void ARoleWordBeforeANameIsNotPartOfTheName()
    {
        Assert.Equal("Rosa Diaz", SpeakerOf("\"We will build the bridge before the winter comes,\" city engineer Rosa Diaz said Monday.\n", "We will"));
    }

    [Fact]
    public void AnOccupationOpeningTheSentenceQualifiesTheNameThatIntroducesAQuote()
    {
        Assert.Equal("Ada Moss", SpeakerOf("Fashion designer Ada Moss praised the council in 2019: \"These roads are the best in the county by far.\"\n", "These roads"));
    }

    [Fact]
    public void ADescribingVerbBeforeAColonLeavesTheQuoteToItsSubject()
    {
        var article = RawArticleReader.Read(Headline + "Ben Ortiz described the plan to reporters on Monday: \"The roads come first and the bridges come next.\"\n");
        var (quotes, _) = AttributionFinder.Find(article);

        var quote = Assert.Single(quotes);
        Assert.NotEqual(QuoteKind.Indirect, quote.Kind);
        Assert.Equal("Ben Ortiz", quote.Speaker?.Name);
    }

    [Fact]
    public void OneOfSeveralUnnamedPeopleIsASpeakerOfTheirOwn()
    {
        Assert.Equal("one resident", SpeakerOf("\"Parks matter to the people who live here,\" one resident wrote.\n", "Parks matter"));
    }

    [Fact]
    public void ANameBeforeARoleNounQualifiesTheRoleAndThePersonIsTheNameAfterIt()
    {
        Assert.Equal("Ann Marsh", SpeakerOf("\"The turnout in the north will decide it,\" said Dayton pollster Ann Marsh.\n", "The turnout"));
        Assert.Equal("Tom Reed", SpeakerOf("\"The mayor will sign the budget this week,\" Baker spokesman Tom Reed said.\n", "The mayor"));
    }

    [Fact]
    public void ANameInsideADescriptionDoesNotEndIt()
    {
        Assert.Equal("senior Baker adviser", SpeakerOf("\"We expect to lose the first vote and win the second,\" said a senior Baker adviser.\n", "We expect"));
    }

    [Fact]
    public void AnOpeningAdverbIsNeverASpeaker()
    {
        Assert.NotEqual("Likewise", SpeakerOf("Likewise, a paper from the institute had this to say about the plan: \"Families at the top would gain the most from it.\"\n", "Families"));
    }

    [Fact]
    public void APronounThatIntroducesAQuoteWithAColonIsItsSpeaker()
    {
        Assert.Equal("Tom Baker", SpeakerOf("Tom Baker, the planner, spoke to the council for an hour.\n\nHe put it this way: \"The roads come first, and the parks come after them.\"\n", "The roads"));
    }

    [Fact]
    public void TheSubjectAfterAnOpeningPhraseIntroducesTheQuote()
    {
        Assert.Equal("Tom Baker", SpeakerOf("Earlier this week, Tom Baker told an audience in Dayton, \"The budget is the best we have had in years.\"\n", "The budget"));
    }

    [Fact]
    public void APlaceBeforeARoleIsPartOfTheDescriptionNotAName()
    {
        Assert.Equal("Jo Hill", SpeakerOf("Senator Jo Hill spoke against the plan on Monday.\n\n\"We cannot pay for all of it this year,\" the Ohio senator told reporters.\n", "We cannot"));
        Assert.Equal("Dayton Republican", SpeakerOf("\"We cannot pay for all of it this year,\" said a Dayton Republican.\n", "We cannot"));
    }

    [Fact]
    public void ARoleInThePossessiveIsAnApposition()
    {
        Assert.Equal("Tad Dean", SpeakerOf("Tad Dean, Baker's chief strategist, said, \"The contest will be decided by the last few delegates.\"\n", "The contest"));
    }

    [Fact]
    public void SaidBeforeANameIntroducesTheQuoteAfterIt()
    {
        Assert.Equal("Ann Cole", SpeakerOf("But, said Ann Cole, \"We were all so proud of the team and of the town.\"\n", "We were"));
    }

    [Fact]
    public void SheIsTheLastWomanSpokenOfWhenTheLastSpeakerIsAMan()
    {
        const string Body = "Mary Lee, the treasurer, presented the budget on Monday.\n\n\"The numbers are better than last year,\" Tom Baker said.\n\n\"We kept every promise we made to the town,\" she said.\n";
        Assert.Equal("Mary Lee", SpeakerOf(Body, "We kept"));
    }

    [Fact]
    public void SheCanBeAWomanNamedInPassing()
    {
        const string Body = "To the planner Mary Lee, Tom Baker looked tired after the vote.\n\n\"It looked like a bitter pill for him to swallow,\" she said.\n";
        Assert.Equal("Mary Lee", SpeakerOf(Body, "It looked"));
    }

    [Fact]
    public void AParticipleOfSpeechAfterACommaIntroducesTheSubjectsWords()
    {
        Assert.Equal("Ben Marsh", SpeakerOf("Ben Marsh spoke on Friday.\n\nLater on Sunday, Marsh posted the plan on his page, writing \"Allow me to do the research for the reporter here.\"\n", "Allow me"));
    }

    [Fact]
    public void AnInvertedVerbBeforeANameIsNotPartOfTheName()
    {
        Assert.Equal("Ben Marsh", SpeakerOf("Ben Marsh spoke on Friday.\n\nContinued Marsh: \"So I think it is a very real problem for all of us here.\"\n", "So I think"));
    }

    [Fact]
    public void AVerbOfMannerAfterTheQuoteNamesItsSpeaker()
    {
        const string Body = "\"The roads come first this year,\" Mary Lee said.\n\n\"We will not pay for a new stadium,\" Tom Baker fumed.\n\n\"Let me finish what I was saying,\" Baker shot back.\n";
        Assert.Equal("Tom Baker", SpeakerOf(Body, "We will not"));
        Assert.Equal("Tom Baker", SpeakerOf(Body, "Let me"));
    }

    [Fact]
    public void AParagraphEndingInAColonIntroducesTheQuoteThatOpensTheNext()
    {
        const string Body = "\"The roads come first this year,\" Mary Lee said.\n\nTom Baker, the planner, put it this way:\n\n\"Nobody will drive on a road that we cannot afford to mend.\"\n";
        Assert.Equal("Tom Baker", SpeakerOf(Body, "Nobody will"));
    }

    [Fact]
    public void AnAgeIsADescriptionOfThePersonWhoSpeaks()
    {
        Assert.Equal("46-year-old", SpeakerOf("\"Now he will go to work for all of you,\" said the 46-year-old.\n", "Now he"));
    }

    [Fact]
    public void APluralPossessiveRoleIsAnApposition()
    {
        Assert.Equal("Jeff Wade", SpeakerOf("\"The numbers put our campaign on pace to win,\" Jeff Wade, Sanders' campaign manager, said in a statement.\n", "The numbers"));
    }

    [Fact]
    public void AQuoteWithACueTheRulesCannotReadDoesNotSilentlyContinueTheSpeakerBefore()
    {
        var article = RawArticleReader.Read(Headline + "\"The roads come first this year,\" Tom Baker said. \"They stole the town from us,\" the man in the red hat shouted.\n");
        var (quotes, _) = AttributionFinder.Find(article);
        var second = quotes.Single(q => article.Blocks[q.OpenBlock].Text.Substring(q.Start).StartsWith("\"They stole", System.StringComparison.Ordinal));
        // Either the man in the red hat (the cue read as a phrase) or flagged, never Tom Baker unflagged.
        Assert.True(second.Speaker?.Name != "Tom Baker" || second.Confidence < AnnotatorOptions.DefaultMinimumConfidence, second.Reason);
    }

    [Fact]
    public void ARoleWhoseOwnerIsNamedInThePossessiveIsAnApposition()
    {
        Assert.Equal("Dan Poole", SpeakerOf("\"We will open the bridge in May,\" Dan Poole, Mayor Roe's chief of staff, said on Monday.\n", "We will"));
    }

    [Fact]
    public void ANameInAppositionAfterATitledRoleIsTheSpeaker()
    {
        Assert.Equal("Ann Marsh", SpeakerOf("\"The schools will get their money first,\" the City Hall budget director, Ann Marsh, said on Tuesday.\n", "The schools"));
    }

    [Fact]
    public void ANameRightAfterARoleNounIsTheSpeaker()
    {
        Assert.Equal("Ann Marsh", SpeakerOf("\"Wages may finally be rising in the valley,\" the economist Ann Marsh, a former adviser to the council, wrote on her blog.\n", "Wages may"));
    }

    [Fact]
    public void ASentenceOfANameAndAVerbOfMannerNamesTheSpeakerOfTheQuestionBeforeIt()
    {
        Assert.Equal("Tom Reed", SpeakerOf("Mayor Jane Roe spoke first.\n\n\"Would you sell the old bridge for a dollar?\" Tom Reed pressed.\n", "Would you"));
        Assert.Equal("Tom Reed", SpeakerOf("Mayor Jane Roe spoke first.\n\n\"Who would buy the old bridge?\" Tom Reed went on, as if nobody had spoken.\n", "Who would"));
        Assert.Equal("Tom Reed", SpeakerOf("Mayor Jane Roe spoke first.\n\n\"Who would buy the old bridge?\" Tom Reed remarked, pointing at the river.\n", "Who would"));
        Assert.Equal("Jane Roe", SpeakerOf("Mayor Jane Roe tweeted \"We will rebuild the bridge.\" Tom Reed remarked, \"Not with my money.\"\n", "We will"));
    }

    [Fact]
    public void APresentTenseVerbOfAgreementBeforeANameNamesTheSpeaker()
    {
        Assert.Equal("Lisa Hart", SpeakerOf("Mayor Jane Roe spoke first.\n\n\"Our streets are the worst in the state,\" agrees Lisa Hart, 40, of Dayton.\n", "Our streets"));
    }

    [Fact]
    public void AWrittenTextThatReadsTheQuoteIsItsSpeaker()
    {
        Assert.Equal("email", SpeakerOf("Mayor Jane Roe spoke first.\n\n\"Let me be blunt: the bridge must close,\" the email read.\n", "Let me"));
        Assert.Equal("statement", SpeakerOf("Mayor Jane Roe spoke first.\n\n\"We regret the delay on the bridge,\" read the statement, which the council sent out.\n", "We regret"));
    }

    [Fact]
    public void AnIndefiniteDescriptionIsSomeoneNewNotThePersonWhoseRoleItFits()
    {
        var body = "Senator John Hale said the vote would come on Friday.\n\nLate on Thursday, a Democratic senator said that the vote would be delayed by a week.\n";
        Assert.Equal("Democratic senator", SpeakerOf(body, "the vote would be delayed"));
    }

    [Fact]
    public void TheSubjectOfASubordinateClauseOrOfAQuestionPutToItDoesNotSayTheQuote()
    {
        Assert.NotEqual("Jane Roe", SpeakerOf("Mayor Jane Roe met the crowd.\n\nAs Roe spoke, the marchers outside kept chanting \"no new tolls on our bridge.\"\n", "no new tolls"));
        Assert.NotEqual("Jane Roe", SpeakerOf("Mayor Jane Roe met the crowd.\n\nRoe was asked by the host, \"Will you close the bridge before the winter comes?\"\n", "Will you"));
    }
}
