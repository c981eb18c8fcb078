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
}
