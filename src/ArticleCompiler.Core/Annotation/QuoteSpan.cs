using System.Collections.Generic;

namespace ArticleCompiler.Annotation;

/// <summary>A span in quotation marks, possibly over several paragraphs.</summary>
/// <param name="OpenBlock">The block of the opening mark.</param>
/// <param name="Open">The opening mark's offset (its first character) in that block's text.</param>
/// <param name="CloseBlock">The block of the closing mark.</param>
/// <param name="Close">The closing mark's offset (its last character) in that block's text.</param>
/// <param name="MarkLength">1 for double quotation marks; 2 for two apostrophes (<c>''</c>).</param>
/// <param name="Loose">
/// Whether a reader pairs these marks where the format would not (see <see cref="QuoteSpan.Find"/>):
/// a draft then writes the quote as a bracket span and its marks as text.
/// </param>
internal sealed partial record QuoteSpan(int OpenBlock, int Open, int CloseBlock, int Close, int MarkLength = 1, bool Loose = false)
{
    /// <summary>
    /// Whether the marks are two apostrophes, the New York Times archive's quotation mark
    /// (<c>''It is a mess,'' she said.</c>). The format does not read them as quotation marks, so a
    /// draft writes such a quote as a bracket span with a class: <c>''[It is a mess,]{@x .direct}''</c>.
    /// </summary>
    public bool IsApostrophes => MarkLength == 2;

    /// <summary>Where the quoted words start in the opening block's text.</summary>
    public int ContentStart => Open + MarkLength;

    /// <summary>Where the quoted words end (the closing mark's first character) in the closing block's text.</summary>
    public int ContentEnd => Close - MarkLength + 1;

    /// <summary>
    /// Finds the quotes of consecutive paragraph blocks by the format's rules for quotation marks:
    /// a curly mark opens or closes; a straight mark opens at the start or after white space,
    /// '(', '[', '—' or '-', is text between two letters or digits, and closes elsewhere. A quote
    /// left open continues into the next paragraph only if that one starts with an opening mark.
    /// Two apostrophes (<c>''</c>) are a quotation mark by the straight mark's rule too; such a
    /// quote closes only with two apostrophes, and other marks inside it are text (and the other
    /// way round). Marks a reader plainly pairs otherwise give loose quotes (see <see cref="LooseCloseAt"/>).
    /// </summary>
    public static List<QuoteSpan> Find(IReadOnlyList<RawBlock> blocks)
    {
        var spans = new List<QuoteSpan>();
        (int Block, int Offset, int Length)? open = null;
        var previousParagraph = -1;
        for (var b = 0; b < blocks.Count; b++)
        {
            if (blocks[b].Kind != RawBlockKind.Paragraph)
            {
                if (blocks[b].Kind == RawBlockKind.Heading)
                {
                    open = null;
                }

                continue;
            }

            var text = blocks[b].Text;
            var start = 0;
            if (open is { } left)
            {
                var mark = OpeningMarkAt(text, 0);
                if (previousParagraph < 0 || mark != left.Length)
                {
                    open = null;
                }
                else
                {
                    start = mark;
                }
            }

            for (var i = start; i < text.Length; i++)
            {
                var c = text[i];
                if (c == '\\')
                {
                    continue;
                }

                if (c == '\'')
                {
                    var run = ApostropheRun(text, i);
                    if (run >= 2 && open is null && IsStraightOpener(text, i))
                    {
                        open = (b, i, 2);
                    }
                    else if (run == 2 && open is { Length: 2 } spaced && spaced.Block == b && IsSpacedClose(text, spaced.Offset + 1, i, 2))
                    {
                        // "''We won, '' she said": two apostrophes with spaces on both sides open nothing.
                        spans.Add(new QuoteSpan(b, spaced.Offset, b, i + 1, 2));
                        open = null;
                    }
                    else if (run >= 2 && open is { Length: 2 } o2 && !IsStraightOpener(text, i))
                    {
                        // "'We'll win,''' he said": an inner quote's mark and then the closing pair.
                        spans.Add(new QuoteSpan(o2.Block, o2.Offset, b, i + run - 1, 2));
                        open = null;
                    }

                    i += run - 1;
                    continue;
                }

                var opens = c == '\u201C' || (c == '"' && IsStraightOpener(text, i));
                var closes = c == '\u201D' || (c == '"' && !opens && !IsInsideWord(text, i));
                if (open is { Length: 1 } same && same.Block == b && opens && LooseCloseAt(text, same.Offset, i) is { } loose)
                {
                    spans.Add(new QuoteSpan(b, same.Offset, b, loose, Loose: true));
                    open = loose == i ? null : (b, i, 1);
                }
                else if (open is null && opens)
                {
                    open = (b, i, 1);
                }
                else if (open is { Length: 1 } o && closes)
                {
                    spans.Add(new QuoteSpan(o.Block, o.Offset, b, i));
                    open = null;
                }
            }

            previousParagraph = b;
        }

        return spans;
    }

    // The length of the opening mark at 'i' (0 if none): what continues a quote into a paragraph.
    private static int OpeningMarkAt(string text, int i)
    {
        if (i >= text.Length)
        {
            return 0;
        }

        if (text[i] == '\'')
        {
            return ApostropheRun(text, i) >= 2 ? 2 : 0;
        }

        return text[i] is '\u201C' or '"' ? 1 : 0;
    }

    private static int ApostropheRun(string text, int i)
    {
        var j = i;
        while (j < text.Length && text[j] == '\'')
        {
            j++;
        }

        return j - i;
    }

    private static bool IsStraightOpener(string text, int i)
    {
        if (i == 0)
        {
            return true;
        }

        var before = text[i - 1];
        return char.IsWhiteSpace(before) || before is '(' or '[' or '\u2014' or '-';
    }

    private static bool IsInsideWord(string text, int i) =>
        i > 0 && i + 1 < text.Length && char.IsLetterOrDigit(text[i - 1]) && char.IsLetterOrDigit(text[i + 1]);
}
