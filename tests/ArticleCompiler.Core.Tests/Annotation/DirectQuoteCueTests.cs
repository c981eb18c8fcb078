using System.Linq;
using ArticleCompiler.Annotation;
using ArticleCompiler.Model;
using ArticleCompiler.Parsing;
using Xunit;
using static ArticleCompiler.Core.Tests.Annotation.BudgetDrafts;

namespace ArticleCompiler.Core.Tests.Annotation;

/// <summary>Which quotation marks hold speech, and the cues that name who spoke them.</summary>
public class DirectQuoteCueTests
{
    [Theory]
    [InlineData("Mayor Jane Holloway spoke about the budget on ABC's \"Good Morning America\" before the council met.")]
    [InlineData("Mayor Jane Holloway said the plan reminded her of the film \"Bridge of Spies\" and its long negotiations.")]
    [InlineData("Supporters of Mayor Jane Holloway wore caps that read \"Fix Our Roads Now\" at the meeting.")]
    public void ATitleInQuotationMarksWithNoSpeechCueIsNoQuote(string paragraph)
    {
        Assert.Empty(DirectQuotes(Draft(paragraph)));
    }

    [Fact]
    public void ACapitalisedWordWithItsSpeakerBesideItIsStillAQuote()
    {
        Assert.Equal(new[] { ("Denver", "holloway") }, DirectQuotes(Draft("Asked where the new stadium should go, Jane Holloway did not hesitate. \"Denver,\" Holloway answered.")));
    }

    [Theory]
    [InlineData("After the vote, Jane Holloway defended the budget, saying, \"Every school stays open and no teacher loses a job.\"")]
    [InlineData("At the council meeting, Jane Holloway defended the budget, telling reporters, \"Every school stays open and no teacher loses a job.\"")]
    [InlineData("After the vote, Jane Holloway defended the budget, writing on her blog: \"Every school stays open and no teacher loses a job.\"")]
    public void AQuoteAfterAParticipleBelongsToTheSubjectOfItsClause(string paragraph)
    {
        Assert.Equal(new[] { ("Every school stays open and no teacher loses a job.", "holloway") }, DirectQuotes(Draft(paragraph)));
    }

    [Theory]
    [InlineData("After the vote, Jane Holloway said Wednesday, \"Every school stays open and no teacher loses a job.\"")]
    [InlineData("After the vote, Jane Holloway said in an interview with the local paper: \"Every school stays open and no teacher loses a job.\"")]
    [InlineData("After the vote, Jane Holloway said of the budget, \"Every school stays open and no teacher loses a job.\"")]
    [InlineData("After the vote, Jane Holloway told reporters: \"Every school stays open and no teacher loses a job.\"")]
    public void AQuoteAfterAReportingVerbAndWhatFollowsItBelongsToTheVerbsSubject(string paragraph)
    {
        Assert.Equal(new[] { ("Every school stays open and no teacher loses a job.", "holloway") }, DirectQuotes(Draft(paragraph)));
    }

    [Fact]
    public void ANameAfterTheReportingVerbIsTheSpeaker()
    {
        var draft = Draft("The vote was close. In the end, explained Jane Holloway, \"every school stays open and no teacher loses a job.\"");

        Assert.Equal(new[] { ("every school stays open and no teacher loses a job.", "holloway") }, DirectQuotes(draft));
    }

    [Fact]
    public void WhomTheSpeakerToldIsNotTheSpeaker()
    {
        var draft = Draft("After the vote, Jane Holloway told Channel Nine, \"Every school stays open and no teacher loses a job.\"");

        Assert.Equal(new[] { ("Every school stays open and no teacher loses a job.", "holloway") }, DirectQuotes(draft));
    }

    [Fact]
    public void AVerbOfShoutingNamesTheSpeakerAfterTheQuote()
    {
        var draft = Draft("\"Fix the roads before you build a stadium,\" Tom Brandt shouted from the back of the hall.");

        Assert.Equal(new[] { ("Fix the roads before you build a stadium", "brandt") }, DirectQuotes(draft));
    }

    [Fact]
    public void ASentenceThatOnlyAttributesNamesTheSpeakerOfTheQuoteBeforeIt()
    {
        var draft = Draft("\"Every school stays open and no teacher loses a job.\" Jane Holloway said on Tuesday.");

        Assert.Equal(new[] { ("Every school stays open and no teacher loses a job.", "holloway") }, DirectQuotes(draft));
    }

    [Fact]
    public void ASecondVerbAfterButHasTheSubjectOfTheFirst()
    {
        var draft = Draft("After the vote, Jane Holloway thanked the teachers and the staff of every school but added, \"Every school stays open and no teacher loses a job.\"");

        Assert.Equal(new[] { ("Every school stays open and no teacher loses a job.", "holloway") }, DirectQuotes(draft));
    }

    [Fact]
    public void APronounBeforeAColonIsTheSpeakerOfTheQuoteAfterIt()
    {
        var draft = Draft(
            "Mayor Jane Holloway spoke first at the meeting on Tuesday night.",
            "She then turned to the parents in the hall: \"Every school stays open and no teacher loses a job.\"");

        Assert.Equal(new[] { ("Every school stays open and no teacher loses a job.", "holloway") }, DirectQuotes(draft));
    }

    [Fact]
    public void AWordOrTwoInQuotationMarksWithNoSpeechInTheSentenceIsAScareQuote()
    {
        var draft = Draft("Mayor Jane Holloway kept most of the budget papers from the public, marking them \"confidential\" for a decade.");

        Assert.Empty(DirectQuotes(draft));
    }

    [Fact]
    public void AWordOrTwoTheSubjectCallsSomethingAreStillTheirQuote()
    {
        var draft = Draft("Mayor Jane Holloway called the budget \"a disgrace\" on Tuesday.");

        Assert.Equal(new[] { ("a disgrace", "holloway") }, DirectQuotes(draft));
    }

    [Fact]
    public void AShortQuoteThatIsTheNextSentenceContinuesTheQuoteBeforeIt()
    {
        Assert.Equal(
            new[] { ("The budget is a mess", "holloway"), ("Truly.", "holloway"), ("We all know who wrote it", "holloway"), ("Ron Weeks.", "holloway") },
            DirectQuotes(Draft("\"The budget is a mess,\" Jane Holloway said. \"Truly.\"", "\"We all know who wrote it,\" Holloway said. \"Ron Weeks.\"")));
    }

    [Fact]
    public void AShortQuoteInTheMiddleOfASentenceDoesNotContinueTheQuoteBeforeIt()
    {
        Assert.Equal(
            new[] { ("The budget is a mess", "holloway") },
            DirectQuotes(Draft("\"The budget is a mess,\" Jane Holloway said. The \"new\" plan was left out.")));
    }

    [Fact]
    public void AReportingVerbAfterItsAuxiliaryNamesTheSpeakerBeforeIt()
    {
        Assert.Equal(
            new[] { ("A city that fixes its roads keeps its people", "holloway") },
            DirectQuotes(Draft("\"A city that fixes its roads keeps its people,\" Jane Holloway has said in speeches.")));
    }

    [Theory]
    [InlineData("\"The bridge will open in May,\" his friend Omar Diaz told the website.", "diaz")]
    [InlineData("\"The bridge will open in May,\" Dayton campaign Chairman Omar Diaz told the paper.", "diaz")]
    [InlineData("\"The bridge will open in May,\" one senior Democrat said.", "democrat")]
    [InlineData("\"The bridge will open in May,\" said master of ceremonies Omar Diaz, a local engineer.", "diaz")]
    public void ASpeakerPhraseTheNameRulesCannotReadStillNamesTheSpeakerBeforeItsVerb(string paragraph, string key)
    {
        Assert.Equal(new[] { ("The bridge will open in May", key) }, DirectQuotes(Draft(paragraph)));
    }

    [Theory]
    [InlineData("\"The bridge will open in May,\" opined the Dayton Herald.", "herald")]
    [InlineData("\"What a day for the city!\" beamed Omar Diaz, a local engineer.", "diaz")]
    public void AVerbOfHowWordsWereSaidNamesTheSpeakerAfterIt(string paragraph, string key)
    {
        Assert.Equal(key, Assert.Single(DirectQuotes(Draft(paragraph))).Key);
    }

    [Theory]
    [InlineData("Sunday on Channel Five’s “Morning Report,” Rep. Jane Holloway said the budget was balanced.")]
    [InlineData("In an appearance on “Morning Report,” Mayor Jane Holloway said the budget was balanced.")]
    public void AWorksTitleInQuotationMarksIsNoQuoteEvenWithACueAfterIt(string paragraph)
    {
        var draft = ArticleAnnotator.Annotate("Council Approves the Budget\n\n" + paragraph + "\n", new AnnotatorOptions()).Draft;

        Assert.DoesNotContain("“Morning Report,”{@", draft, System.StringComparison.Ordinal);
        Assert.Contains("said [the budget was balanced]{@holloway}", draft, System.StringComparison.Ordinal);
    }
    [Theory]
    [InlineData("As Jane Holloway put it, \"Every school stays open and no teacher loses a job.\"")]
    [InlineData("As Jane Holloway put it in her letter to the council: \"Every school stays open and no teacher loses a job.\"")]
    [InlineData("As the columnist Jane Holloway puts it, \"Every school stays open and no teacher loses a job.\"")]
    [InlineData("During the debate, Jane Holloway cracked, \"Every school stays open and no teacher loses a job.\"")]
    [InlineData("As Jane Holloway had written a few years earlier, \"Every school stays open and no teacher loses a job.\"")]
    [InlineData("Hurrying into the hall, Jane Holloway called over her shoulder, \"Every school stays open and no teacher loses a job.\"")]
    [InlineData("After the vote, Jane Holloway wrote to her 12,000 followers, \"Every school stays open and no teacher loses a job.\"")]
    public void APhraseOfSpeechBeforeTheQuoteNamesItsSubjectAsTheSpeaker(string paragraph)
    {
        Assert.Equal(new[] { ("Every school stays open and no teacher loses a job.", "holloway") }, DirectQuotes(Draft(paragraph)));
    }

    [Theory]
    [InlineData("Said Jane Holloway, who grew up on the same street, \"Every school stays open and no teacher loses a job.\"")]
    [InlineData("The vote was close. Stated Jane Holloway: \"Every school stays open and no teacher loses a job.\"")]
    public void ASentenceOpeningWithTheReportingVerbNamesTheSpeakerAfterIt(string paragraph)
    {
        Assert.Equal(new[] { ("Every school stays open and no teacher loses a job.", "holloway") }, DirectQuotes(Draft(paragraph)));
    }

    [Fact]
    public void ATitleAfterTheNameOfAWorkAndACommaIsNoQuote()
    {
        Assert.Empty(DirectQuotes(Draft("The budget, Jane Holloway wrote in her memoir, \"Roads and Rivers.\"")));
    }
    [Theory]
    [InlineData("Both candidates reject the plan. Holloway: \"Every school stays open and no teacher loses a job.\"")]
    [InlineData("SCHOOLS STAY OPEN - Jane Holloway: \"Every school stays open and no teacher loses a job.\"")]
    public void ANameAloneBeforeAColonIsTheSpeakerOfTheQuoteAfterIt(string paragraph)
    {
        Assert.Equal(new[] { ("Every school stays open and no teacher loses a job.", "holloway") }, DirectQuotes(Draft("Jane Holloway spoke first.", paragraph)));
    }

    [Fact]
    public void ADayBetweenTheSpeakerAndTheVerbLeavesTheSpeakerNamed()
    {
        Assert.Equal(new[] { ("Every school stays open and no teacher loses a job.", "holloway") }, DirectQuotes(Draft("Jane Holloway later Thursday told reporters: \"Every school stays open and no teacher loses a job.\"")));
    }
    [Fact]
    public void AWrittenTextBeforeAParticipleCarriesTheWordsOfWhoeverSentIt()
    {
        Assert.Equal(new[] { ("Every road will be fixed by May.", "brandt") }, DirectQuotes(Draft("Tom Brandt spoke next.", "Minutes later, he sent an email saying, \"Every road will be fixed by May.\"")));
    }

    [Theory]
    [InlineData("The council sent its members an email on Monday. The email went on to say, \"Every road will be fixed by May.\"", "email")]
    [InlineData("A new sign went up outside city hall this week. The sign reads: \"Every road will be fixed by May.\"", "sign")]
    public void AWrittenTextBeforeItsVerbIsTheSourceOfTheQuoteItIntroduces(string paragraph, string key)
    {
        Assert.Equal(new[] { ("Every road will be fixed by May.", key) }, DirectQuotes(Draft("Tom Brandt spoke next.", paragraph)));
    }

    [Fact]
    public void AWrittenTextBeforeWhichSaidLeavesTheWordsToItsSender()
    {
        var draft = Draft("The Riverside Parents Association criticised the plan on Monday. They released a statement which said, \"Every road will be fixed by May.\"");

        Assert.Equal(new[] { ("Every road will be fixed by May.", "they") }, DirectQuotes(draft));
    }
}
