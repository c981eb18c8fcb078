using System.Linq;
using ArticleCompiler.Text;
using Xunit;

namespace ArticleCompiler.Core.Tests.Text;

/// <summary>
/// The sentence splitter on the shapes of real news text (docs/diff.md, "Sentences"). The sentences are
/// invented, in the shape of what PolNeAR's articles showed; "|" marks where a sentence ends.
/// </summary>
public class SentenceSplitterTests
{
    private static string Joined(string paragraph) => string.Join("|", SentenceSplitter.Split(paragraph));

    private static void AssertSplits(string expected)
    {
        var paragraph = expected.Replace("|", " ");
        Assert.Equal(expected, Joined(paragraph));
    }

    [Theory]
    [InlineData("One. Two.", new[] { "One.", "Two." })]
    [InlineData("Mr. Smith met U.S. officials. They talked.", new[] { "Mr. Smith met U.S. officials.", "They talked." })]
    [InlineData("\u201CWe are ready.\u201D Antonov said so.", new[] { "\u201CWe are ready.\u201D", "Antonov said so." })]
    [InlineData("\"Is it?\" he asked. Yes.", new[] { "\"Is it?\" he asked.", "Yes." })]
    [InlineData("It cost 3.5 billion. J. Smith agreed.", new[] { "It cost 3.5 billion.", "J. Smith agreed." })]
    [InlineData("no stop at the end", new[] { "no stop at the end" })]
    public void SentencesEndAtAStopBeforeACapitalNotAfterAnAbbreviation(string paragraph, string[] expected)
    {
        Assert.Equal(expected, SentenceSplitter.Split(paragraph));
    }

    [Theory]
    [InlineData("The club's No. 3 course reopened on Monday.")]
    [InlineData("The senator, the party's No. 2 in the chamber, agreed.")]
    [InlineData("The case, Fisher v. Texas, No. 14-981, was heard.")]
    [InlineData("He said no.|Then he left the room.")]
    [InlineData("Is it the end?|No.|But it hurts, he said.")]
    public void NoIsAnAbbreviationOnlyBeforeANumber(string expected) => AssertSplits(expected);

    [Theory]
    [InlineData("Gov. Jerry Brown and Sen. Dianne Feinstein met Dr. Ruth Smith in St. Louis.")]
    [InlineData("Mr. Smith, Mrs. Jones, Ms. Lee and Rev. Al Green spoke before Lt. Gov. Dan Patrick.")]
    [InlineData("Rep. Jim Clyburn thanked Gen. Mark Milley and Sgt. Maj. Ann Ray.")]
    [InlineData("The court overturned Roe v. Wade and heard Smith vs. Jones.")]
    [InlineData("The race pitted then-Sen. Barack Obama against Sens. Ted Cruz and Marco Rubio.")]
    [InlineData("He was born on Mt. Vernon Road, Ft. Worth.")]
    public void TitlesNeverEndASentence(string expected) => AssertSplits(expected);

    [Theory]
    [InlineData("It opened Jan. 5, Feb. 6, Mar. 7, Apr. 8, Aug. 9, Sept. 11, Sep. 12, Oct. 13, Nov. 14 and Dec. 15.")]
    [InlineData("The vote is set for Jun. 3 and Jul. 4.")]
    [InlineData("It closed in Sept.|The staff moved on.")]
    public void MonthsEndASentenceOnlyBeforeAnOpeningWord(string expected) => AssertSplits(expected);

    [Theory]
    [InlineData("Polls close at 7 p.m. Tuesday and open at 6 a.m. Wednesday.")]
    [InlineData("The meeting began at 9:30 a.m.|The mayor arrived late.")]
    [InlineData("He spoke at 2:08 p.m. EST to reporters.")]
    public void TimesOfDayEndASentenceOnlyBeforeAnOpeningWord(string expected) => AssertSplits(expected);

    [Theory]
    [InlineData("The U.S. Army and U.N. Secretary-General spoke in Washington, D.C. on Friday.")]
    [InlineData("He wants to ban them from entering the U.S.|The plan drew criticism.")]
    [InlineData("It is legal in the U.S.|But not in Canada.")]
    [InlineData("His office said the U.S. “does not have the capacity” to screen them.")]
    [InlineData("They went to the U.S.|“It was worth it,” she said.")]
    [InlineData("They would not go [to the U.S.].|They stayed home.")]
    public void DottedAbbreviationsEndASentenceOnlyBeforeAnOpeningWordOrQuote(string expected) => AssertSplits(expected);

    [Theory]
    [InlineData("The plant near Windsor, Ont. closed, and one in Springfield, Ill. opened.")]
    [InlineData("A fire broke out in Fresno, Calif.|The city was evacuated.")]
    [InlineData("He moved to Boston, Mass.|Officials there welcomed him.")]
    [InlineData("She spoke in Scranton, Pa.|“It's home,” she said.")]
    [InlineData("Calif. Gov. Jerry Brown and former Fla. Gov. Jeb Bush disagreed.")]
    [InlineData("The rally in Albany, N.Y.|The crowd was large.")]
    [InlineData("He reads the Naples (Fla.) Daily News.")]
    [InlineData("The meeting was at his club in Bedminster, N.J.|Roger Smith, a former chairman, came.")]
    [InlineData("The N.J. Gov. Chris Christie and S.C. Rep. Jim Clyburn appealed to the D.C. Circuit.")]
    [InlineData("BEDFORD, N.H. (AP) — The candidate spoke.")]
    [InlineData("RENO, Nev. (AP) — The candidate spoke.")]
    public void StateAbbreviationsEndASentenceBeforeACapitalThatIsNotATitle(string expected) => AssertSplits(expected);

    [Theory]
    [InlineData("A book by J.K. Rowling was read by George W. Bush and J. Smith.")]
    [InlineData("A fund run by D.E. Shaw bought it, with George H.W. Bush watching.")]
    [InlineData("Rep. Robert C. \"Bobby\" Scott and Gov. C.L. \"Butch\" Otter came.")]
    [InlineData("He settled on plan B.|The rest failed.")]
    public void InitialsDoNotEndASentenceBeforeAName(string expected) => AssertSplits(expected);

    [Theory]
    [InlineData("Growth was 3.5 percent, or $1.2 billion, up from 0.7 percent.")]
    [InlineData("It rose 2.5.|Then it fell.")]
    public void DecimalsStayInTheirSentence(string expected) => AssertSplits(expected);

    [Theory]
    [InlineData("Apple Inc. said Acme Corp. and Ford Motor Co. Chief Executive Jim Farley agreed with BHP Ltd. on Monday.")]
    [InlineData("The deal was signed by Acme Corp.|The company declined to comment.")]
    [InlineData("Smith et al. found the same.")]
    [InlineData("It was studied by Smith et al.|They found nothing.")]
    [InlineData("Fruit, bread, etc. were served.")]
    public void CompanyAndReferenceAbbreviationsEndASentenceOnlyBeforeAnOpeningWord(string expected) => AssertSplits(expected);

    [Theory]
    [InlineData("\"It's over.\"|He left.")]
    [InlineData("“It is over,” he said.|He left.")]
    [InlineData("\"Is it?\" she asked.")]
    [InlineData("“What can I do?|What help do you need?” Weaver said.")]
    [InlineData("“Why are you still endorsing him?” Sen. Bernie Sanders asked.")]
    [InlineData("“Is it over?”|Then the lights went out.")]
    [InlineData("“This is fantastic!” beamed a supporter.")]
    [InlineData("''It was not a good way to treat me,'' he said.|''It was rude.''")]
    [InlineData("He said it was “over.”|They left.")]
    public void QuotesEndASentenceInsideTheMarks(string expected) => AssertSplits(expected);

    [Theory]
    [InlineData("He paused ... and went on.")]
    [InlineData("He paused … and went on.")]
    [InlineData("He paused...|Then he went on.")]
    [InlineData("He paused …|Then he went on.")]
    [InlineData("“. . . I just want somebody who speaks,” he said.")]
    [InlineData("It was running against him….|Something else happened.")]
    public void EllipsesEndASentenceOnlyBeforeACapital(string expected) => AssertSplits(expected);

    [Theory]
    [InlineData("(He left early.)|Then she did.")]
    [InlineData("The vote (held at noon) passed.|It was close.")]
    [InlineData("His bluster—“My tax plan will be a tremendous plan!”—is wearing thin.")]
    [InlineData("“I will win for you!” — the balloons came down.")]
    public void ClosingBracketsAndDashesKeepTheirSentence(string expected) => AssertSplits(expected);

    [Fact]
    public void SpansPointAtTheTrimmedSentences()
    {
        const string Paragraph = "  Gov. Smith spoke.  \"It's over.\" He left.  ";
        var spans = SentenceSplitter.Spans(Paragraph);
        Assert.Equal(new[] { "Gov. Smith spoke.", "\"It's over.\"", "He left." }, spans.Select(s => Paragraph.Substring(s.Start, s.Length)));
    }

    [Fact]
    public void AnEndTheCallerRefusesKeepsTheTextTogether()
    {
        const string Paragraph = "\"We lost. It is over,\" he said. They left.";
        var inQuote = Paragraph.IndexOf(',');
        var spans = SentenceSplitter.Spans(Paragraph, end => end > inQuote);
        Assert.Equal(new[] { "\"We lost. It is over,\" he said.", "They left." }, spans.Select(s => Paragraph.Substring(s.Start, s.Length)));
    }

    [Fact]
    public void PunctuationAloneIsNotASentence()
    {
        Assert.Equal(new[] { "“... These thefts are new.”" }, SentenceSplitter.Split("“... These thefts are new.”"));
        Assert.Empty(SentenceSplitter.Split("   "));
    }

    [Fact]
    public void ManyStopsSplitInOnePass()
    {
        // 20,000 sentences full of initials in one paragraph: every one is found, none is cut.
        var paragraph = string.Concat(Enumerable.Repeat("J. K. Smith left. ", 20_000));
        var sentences = SentenceSplitter.Split(paragraph);
        Assert.Equal(20_000, sentences.Count);
        Assert.All(sentences, s => Assert.Equal("J. K. Smith left.", s));
    }
}
