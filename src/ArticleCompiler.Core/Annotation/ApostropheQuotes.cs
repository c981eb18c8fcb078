using System.Collections.Generic;
using System.Linq;
using ArticleCompiler.Model;

namespace ArticleCompiler.Annotation;

/// <summary>
/// Quotes in two apostrophes (<c>''It is a mess,'' she said.</c>, the New York Times archive's
/// style). The format reads no quotation mark in them, and a draft never changes the article's
/// words, so <see cref="DraftWriter"/> writes such a quote as a bracket span with a class inside
/// the marks: <c>''[It is a mess,]{@x .direct}''</c>, one span per paragraph it runs through.
/// </summary>
internal static class ApostropheQuotes
{
    /// <summary>
    /// <paramref name="quotes"/> less those the format cannot hold: a quote in two apostrophes is
    /// written as a bracket span, and bracket spans do not nest, so of such a quote and a reported
    /// span that overlap it only the outer one stays (a partial quote inside reported speech belongs
    /// to the reported words; reported speech inside a quote is the quote's).
    /// </summary>
    public static List<QuoteAnnotation> Writable(RawArticle article, IReadOnlyList<QuoteAnnotation> quotes)
    {
        var loose = LooseOpenings(article);
        var brackets = quotes.Where(q => q.Kind == QuoteKind.Indirect || Is(article, q) || loose.Contains((q.OpenBlock, q.Start))).ToList();
        if (!brackets.Any(q => q.Kind != QuoteKind.Indirect))
        {
            return quotes.ToList();
        }

        // In text order, the longer first where two start together; an apostrophe quote that starts
        // inside the last span kept (or a span that starts inside a kept apostrophe quote) is left out.
        var left = new HashSet<QuoteAnnotation>();
        QuoteAnnotation? kept = null;
        foreach (var span in brackets.OrderBy(q => Position(q.OpenBlock, q.Start)).ThenByDescending(q => Position(q.CloseBlock, q.End)).ThenBy(q => q.Kind == QuoteKind.Indirect))
        {
            if (kept is not null && Position(span.OpenBlock, span.Start) < Position(kept.CloseBlock, kept.End) && (span.Kind != QuoteKind.Indirect || kept.Kind != QuoteKind.Indirect))
            {
                left.Add(span);
                continue;
            }

            if (kept is null || Position(span.CloseBlock, span.End) > Position(kept.CloseBlock, kept.End))
            {
                kept = span;
            }
        }

        return quotes.Where(q => !left.Contains(q)).ToList();

        static long Position(int block, int offset) => ((long)block << 32) + offset;
    }

    /// <summary>
    /// Where the loose quotes open (block, offset of the mark): quotes whose marks a reader pairs
    /// where the format would not, which a draft writes as bracket spans too.
    /// </summary>
    public static HashSet<(int Block, int Open)> LooseOpenings(RawArticle article) =>
        new(QuoteSpan.Find(article.Blocks).Where(s => s.Loose).Select(s => (s.OpenBlock, s.Open)));

    /// <summary>Whether the quote's marks are two apostrophes (a quote in double marks opens with one of those).</summary>
    public static bool Is(RawArticle article, QuoteAnnotation quote)
    {
        var text = article.Blocks[quote.OpenBlock].Text;
        return quote.Kind != QuoteKind.Indirect && quote.Start + 1 < text.Length && text[quote.Start] == '\'' && text[quote.Start + 1] == '\'';
    }

    /// <summary>
    /// Where the bracket span goes in <paramref name="block"/>: the quote's words after the opening
    /// mark (or the mark that continues the quote at the paragraph's start), before the closing mark
    /// or the paragraph's end.
    /// </summary>
    public static (int Start, int End) Part(string text, QuoteAnnotation quote, int block)
    {
        var start = block == quote.OpenBlock ? quote.Start + 2 : 2;
        var end = block == quote.CloseBlock ? quote.End - 2 : text.TrimEnd().Length;
        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;   // "''We won, '' she said": the space before the closing marks is not the quote's
        }

        return (start, end);
    }
}
