using System.Linq;
using ArticleCompiler.Annotation;
using ArticleCompiler.Model;
using ArticleCompiler.Parsing;
using Xunit;
using static ArticleCompiler.Core.Tests.Annotation.BudgetDrafts;

namespace ArticleCompiler.Core.Tests.Annotation;

/// <summary>Issue 14, round seven: direct quotes whose speaker is named in forms the earlier rules missed.</summary>
public class DirectQuoteRound7Tests
{
    [Theory]
    [InlineData("Tom Brandt lost the vote on Monday. \"The people who were annoyed were the people we wanted to annoy,\" he later said.")]
    [InlineData("Tom Brandt lost the vote on Monday. \"The people who were annoyed were the people we wanted to annoy,\" Brandt later said.")]
    [InlineData("Tom Brandt lost the vote on Monday. \"The people who were annoyed were the people we wanted to annoy,\" he often says.")]
    [InlineData("Tom Brandt lost the vote on Monday. \"The people who were annoyed were the people we wanted to annoy,\" he will say.")]
    public void AnAdverbBetweenTheSpeakerAfterAQuoteAndTheVerbKeepsTheSpeaker(string paragraph)
    {
        Assert.Equal(new[] { ("The people who were annoyed were the people we wanted to annoy", "brandt") }, DirectQuotes(Draft(paragraph)));
    }

    [Theory]
    [InlineData("\"Nobody on the council read the budget before the vote,\" Tom Brandt notes.")]
    [InlineData("\"Nobody on the council read the budget before the vote,\" Tom Brandt concludes.")]
    public void AVerbOfSpeechInThePresentAfterTheSpeakerNamesTheSpeaker(string paragraph)
    {
        Assert.Equal(new[] { ("Nobody on the council read the budget before the vote", "brandt") }, DirectQuotes(Draft(paragraph)));
    }

    [Fact]
    public void AQuestionFollowedByTheSpeakerAndAsksIsTheirs()
    {
        Assert.Equal(new[] { ("Who on the council read the budget?", "brandt") }, DirectQuotes(Draft("\"Who on the council read the budget?\" Tom Brandt asks.")));
    }

    [Theory]
    [InlineData("Jane Holloway spoke on Tuesday. The budget is part of a campaign, one she calls \"Roads First,\" that runs all year.", "Roads First")]
    [InlineData("The town hoped to shed what Jane Holloway called \"a traffic problem with a river.\"", "a traffic problem with a river.")]
    [InlineData("The council also attacked the plan, which Jane Holloway on Wednesday called \"a gift to developers.\"", "a gift to developers.")]
    public void TheSubjectOfANamingVerbRightBeforeAQuotationSpeaksTheWordsThatNameSomething(string paragraph, string quote)
    {
        Assert.Equal(new[] { (quote, "holloway") }, DirectQuotes(Draft(paragraph)));
    }

    [Theory]
    [InlineData("Jane Holloway set up a website called \"Leave Town Now\" for the fight over the budget.")]
    [InlineData("The method has been called \"quiet ambiguity\" by critics of Jane Holloway.")]
    public void AThingsNameOrAPassiveNamingHasNoSpeaker(string paragraph)
    {
        Assert.Empty(DirectQuotes(Draft(paragraph)));
    }

    [Theory]
    [InlineData("\"Everything the council proposed and everything we proposed,\" the mayor said, \"was the same.\"")]
    [InlineData("\u201CEverything the council proposed and everything we proposed,\u201D the mayor said, \u201Cwas the same.\u201D")]
    [InlineData("\u201CEverything the council proposed and everything we proposed,\u201D the mayor exclaimed on Tuesday, \u201Cwas the same.\u201D")]
    public void TheShortSecondHalfOfAQuoteSplitByItsAttributionKeepsTheSpeaker(string paragraph)
    {
        var quotes = DirectQuotes(Draft("Mayor Ellen Park met the council.", paragraph));
        Assert.Equal(new[] { ("Everything the council proposed and everything we proposed", "park"), ("was the same.", "park") }, quotes);
    }

    [Fact]
    public void AParticipleAfterAnAttributionInMidSentenceIsTheAttributedSpeakers()
    {
        var quotes = DirectQuotes(Draft("Ellen Park will meet the council next week, Tom Brandt said, adding, \"They need to sit down and talk it over.\""));
        Assert.Equal(new[] { ("They need to sit down and talk it over.", "brandt") }, quotes);
    }
}
