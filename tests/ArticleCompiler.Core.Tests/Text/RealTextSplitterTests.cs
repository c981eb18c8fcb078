using ArticleCompiler.Text;
using Xunit;

namespace ArticleCompiler.Core.Tests.Text;

/// <summary>
/// Places where the sentence splitter cut sentences of PolNeAR's real news (found by the real-text
/// benchmark; sentences invented, same shapes): none of these is a sentence end. Issue 13, deliverable 3.
/// </summary>
public class RealTextSplitterTests
{
    [Theory]
    [InlineData("Sens. Ted Cruz and Marco Rubio voted against the bill on Friday.")]
    [InlineData("Reps. Jim Jordan and Mark Meadows wrote to the speaker.")]
    [InlineData("The candidate also discussed Pres. Obama's press conference.")]
    [InlineData("She said the court would never overturn Roe v. Wade in her lifetime.")]
    [InlineData("The case, Fisher v. University of Texas, returned to the lower courts.")]
    [InlineData("Senator John Cornyn, the No. 2 Republican in the Senate, disagreed.")]
    [InlineData("He won his home state of Ohio on Mar. 15 and kept campaigning.")]
    [InlineData("These companies are not lying to the S.E.C. (at least, not that we know about).")]
    public void ARealTextAbbreviationDoesNotEndASentence(string sentence)
    {
        Assert.Equal(new[] { sentence, "Then it rained." }, SentenceSplitter.Split(sentence + " Then it rained."));
    }
}
