using System;
using System.Collections.Generic;
using System.Linq;
using ArticleCompiler.Annotation;
using Xunit;

namespace ArticleCompiler.Core.Tests.Annotation;

/// <summary>The enclosing quote is looked up in a tree; it must be the one the definition gives.</summary>
public class QuoteAroundTests
{
    // The definition: among the ranges whose marks enclose the offset, the one that opens last; of
    // those opening at the same offset, the first listed.
    private static QuoteRange? Reference(IReadOnlyList<QuoteRange> ranges, int offset)
    {
        QuoteRange? best = null;
        foreach (var range in ranges)
        {
            if (range.Start < offset && offset < range.End && (best is null || range.Start > best.Value.Start))
            {
                best = range;
            }
        }

        return best;
    }

    [Fact]
    public void TheInnermostQuoteEnclosesAnOffsetAsTheDefinitionSays()
    {
        var random = new Random(13);
        for (var run = 0; run < 300; run++)
        {
            var length = random.Next(1, 80);
            var text = new string('a', length);
            var spans = new List<QuoteSpan>();
            for (var k = random.Next(0, 12); k > 0; k--)
            {
                // Quotes that go on from an earlier paragraph (open there) or into a later one (close there), nested, overlapping and sharing an opening.
                var openBlock = random.Next(4) == 0 ? 0 : 1;
                var closeBlock = random.Next(4) == 0 ? 2 : 1;
                var open = random.Next(length);
                var close = random.Next(open, length);
                spans.Add(new QuoteSpan(openBlock, open, closeBlock, close));
            }

            var context = new ParagraphContext(text, 1, spans);
            for (var offset = -1; offset <= length + 1; offset++)
            {
                Assert.Equal(Reference(context.QuoteRanges, offset), context.QuoteAround(offset));
                Assert.Equal(Reference(context.QuoteRanges, offset) is not null, context.InQuote(offset));
            }
        }
    }

    [Fact]
    public void AQuoteInsideAQuoteIsTheOneAroundItsWords()
    {
        const string Text = "\"He said 'no' twice,\" she said.";
        var outer = new QuoteSpan(0, 0, 0, Text.IndexOf(",\"", StringComparison.Ordinal) + 1);
        var inner = new QuoteSpan(0, Text.IndexOf('\'', StringComparison.Ordinal), 0, Text.LastIndexOf('\''));
        var context = new ParagraphContext(Text, 0, new[] { outer, inner });

        Assert.Equal(new QuoteRange(inner.Open, inner.Close), context.QuoteAround(Text.IndexOf("no", StringComparison.Ordinal)));
        Assert.Equal(new QuoteRange(0, outer.Close), context.QuoteAround(Text.IndexOf("twice", StringComparison.Ordinal)));
        Assert.Null(context.QuoteAround(Text.IndexOf("she", StringComparison.Ordinal)));
    }
}
