using ArticleCompiler.Annotation;
using Xunit;

namespace ArticleCompiler.Core.Tests.Annotation;

/// <summary>
/// Speakers of issue 14's eighth round: a subject read up to its verb ends where the name or the noun
/// phrase ends, not at the words of the verb after it ("Roe however said", "The paper first
/// reported", "The union filed a lawsuit alleging ...").
/// </summary>
public class SpeakerKeyRound8Tests
{
    private static (string Text, string Key)[] Reported(string paragraph) => ReportedSpans.Of(paragraph, new AnnotatorOptions(MinimumConfidence: 0));

    [Theory]
    [InlineData("Mayor Jane Roe however said she would welcome the new bridge.", "she would welcome the new bridge")]
    [InlineData("Mayor Jane Roe can ask them to support another plan for the road.", "them to support another plan for the road")]
    [InlineData("Mayor Jane Roe at the time said she would pay the fees.", "she would pay the fees")]
    [InlineData("Mayor Jane Roe earlier Thursday said that the road would open in May.", "the road would open in May")]
    [InlineData("Mayor Jane Roe only said that the road would open in May.", "the road would open in May")]
    public void WordsOfTheVerbAfterANameAreNoPartOfTheSpeaker(string paragraph, string span)
    {
        Assert.Equal(new[] { (span, "roe") }, Reported(paragraph));
    }

    [Theory]
    [InlineData("The campaign would not say whether the mayor had paid the fees.", "campaign")]
    [InlineData("The union filed a lawsuit alleging that the council broke the law.", "union")]
    [InlineData("The candidate has bucked his party, saying the tax is too high.", "candidate")]
    [InlineData("The judge rubbed his chin, and then said something very odd.", "judge")]
    public void ADescriptionEndsBeforeItsVerb(string paragraph, string key)
    {
        Assert.Equal(key, Assert.Single(Reported(paragraph)).Key);
    }

    [Theory]
    [InlineData("The Herald first reported the mayor's decision on the bridge.")]
    [InlineData("The Herald barely even mentioned the mayor's remarks on the road.")]
    public void AnAdverbBeforeTheVerbIsNoPartOfANameAfterADeterminer(string paragraph)
    {
        Assert.Equal("herald", Assert.Single(Reported(paragraph)).Key);
    }

    [Theory]
    [InlineData("The bridge is unsafe, according to a council report on Wednesday.", "report")]
    [InlineData("Jane Roe won just 3% of the vote, according to polls at the time.", "polls")]
    public void ATimeAfterWhatAccordingToNamesIsNoPartOfTheSource(string paragraph, string key)
    {
        Assert.Equal(key, Assert.Single(Reported(paragraph)).Key);
    }

    [Theory]
    [InlineData("Last month, city manager Ann Roe called the plan careless, but said she would not block it.", "she would not block it")]
    [InlineData("Minutes later, Ann Roe issued a statement saying that the mayor meant every word.", "the mayor meant every word")]
    public void ATimeThatOpensTheSentenceIsNoSpeaker(string paragraph, string span)
    {
        Assert.Equal(new[] { (span, "roe") }, Reported(paragraph));
    }

    [Fact]
    public void AnAdverbBeforeAPastVerbEndsTheDescriptionBeforeIt()
    {
        Assert.Equal(new[] { ("the quarantine violated her rights", "nurse") }, Reported("The nurse later sued, claiming the quarantine violated her rights."));
    }

    [Theory]
    [InlineData("When Jane Roe a month later announced that the road would close, the crowd left.", "the road would close")]
    [InlineData("Jane Roe, the city chairwoman, this past week announced that the road would close.", "the road would close")]
    [InlineData("Jane Roe, who backed the mayor in the spring and opposed him in the fall, last week said the road would close.", "the road would close")]
    public void ATimeBetweenTheSubjectAndItsVerbIsNoPartOfTheSubject(string paragraph, string span)
    {
        Assert.Equal(new[] { (span, "roe") }, Reported(paragraph));
    }

    [Fact]
    public void WhomTheSpeakerToldIsNotWhoSpeaksInTheParticipleAfter()
    {
        Assert.Equal(new[] { ("the road would close for a year", "roe") }, Reported("Jane Roe told a Dayton rally, saying the road would close for a year."));
    }
}
