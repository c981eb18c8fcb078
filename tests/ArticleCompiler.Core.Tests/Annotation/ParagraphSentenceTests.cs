using System.Linq;
using ArticleCompiler.Annotation;
using Xunit;

namespace ArticleCompiler.Core.Tests.Annotation;

/// <summary>annotate reads sentences with the splitter of diff, keeping a quotation whole.</summary>
public class ParagraphSentenceTests
{
    private static string[] Sentences(string text, params (int Open, int Close)[] quotes)
    {
        var context = new ParagraphContext(text, 0, quotes.Select(q => new QuoteSpan(0, q.Open, 0, q.Close)).ToList());
        return context.Sentences.Select(s => text.Substring(context.Tokens[s.Start].Start, context.Tokens[s.End].End - context.Tokens[s.Start].Start)).ToArray();
    }

    [Fact]
    public void AbbreviationsDoNotEndAnnotatesSentences()
    {
        Assert.Equal(
            new[] { "Sens. Ted Cruz and Calif. Gov. Jerry Brown played the club's No. 3 course on Jan. 5 with J.K. Rowling.", "Then he left." },
            Sentences("Sens. Ted Cruz and Calif. Gov. Jerry Brown played the club's No. 3 course on Jan. 5 with J.K. Rowling. Then he left."));
    }

    [Fact]
    public void AQuotationIsOneSentenceForAnnotateButItsEndEndsIt()
    {
        const string Text = "\"We lost. It is over,\" he said. \"It's over.\" He left.";
        var second = Text.IndexOf("\"It's", System.StringComparison.Ordinal);
        Assert.Equal(
            new[] { "\"We lost. It is over,\" he said.", "\"It's over.\"", "He left." },
            Sentences(Text, (0, Text.IndexOf(",\"", System.StringComparison.Ordinal) + 1), (second, Text.IndexOf('"', second + 1))));
    }
    [Theory]
    [InlineData("\"We will march on Monday,\" said Rev. Al Sharpton.", "sharpton", "Al Sharpton")]
    [InlineData("\"We will sign the bill,\" said Calif. Gov. Jerry Brown.", "brown", "Jerry Brown")]
    [InlineData("\"We will appeal the ruling,\" said Atty. Gen. Eric Holder.", "holder", "Eric Holder")]
    public void ATitleAbbreviationIsNotTheSpeaker(string paragraph, string key, string name)
    {
        var draft = ArticleCompiler.Parsing.ArticleParser.Parse(
            ArticleAnnotator.Annotate("Council passes budget\n\n" + paragraph + "\n", new AnnotatorOptions()).Draft).Article;

        var speaker = Assert.Single(draft.Speakers);
        Assert.Equal((key, name), (speaker.Key, speaker.Name));
    }

    [Fact]
    public void AnAbbreviationThatEndsASentenceStillEndsAnnotatesSentence()
    {
        Assert.Equal(
            new[] { "The company moved to Sacramento, Calif.", "Then it left Acme Inc.", "He said no." },
            Sentences("The company moved to Sacramento, Calif. Then it left Acme Inc. He said no."));
    }
}
