using System.Collections.Generic;

namespace ArticleCompiler.Annotation;

/// <summary>A span in double quotation marks, possibly over several paragraphs.</summary>
/// <param name="OpenBlock">The block of the opening mark.</param>
/// <param name="Open">The opening mark's offset in that block's text.</param>
/// <param name="CloseBlock">The block of the closing mark.</param>
/// <param name="Close">The closing mark's offset in that block's text.</param>
internal sealed record QuoteSpan(int OpenBlock, int Open, int CloseBlock, int Close)
{
    /// <summary>
    /// Finds the quotes of consecutive paragraph blocks by the format's rules for quotation marks:
    /// a curly mark opens or closes; a straight mark opens at the start or after white space,
    /// '(', '[', '—' or '-', is text between two letters or digits, and closes elsewhere. A quote
    /// left open continues into the next paragraph only if that one starts with an opening mark.
    /// </summary>
    public static List<QuoteSpan> Find(IReadOnlyList<RawBlock> blocks)
    {
        var spans = new List<QuoteSpan>();
        (int Block, int Offset)? open = null;
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
            if (open is not null)
            {
                var continues = previousParagraph >= 0 && text.Length > 0 && (text[0] == '\u201C' || text[0] == '"');
                if (!continues)
                {
                    open = null;
                }
                else
                {
                    start = 1;
                }
            }

            for (var i = start; i < text.Length; i++)
            {
                var c = text[i];
                if (c == '\\')
                {
                    continue;
                }

                var opens = c == '\u201C' || (c == '"' && IsStraightOpener(text, i));
                var closes = c == '\u201D' || (c == '"' && !opens && !IsInsideWord(text, i));
                if (open is null && opens)
                {
                    open = (b, i);
                }
                else if (open is { } o && closes)
                {
                    spans.Add(new QuoteSpan(o.Block, o.Offset, b, i));
                    open = null;
                }
            }

            previousParagraph = b;
        }

        return spans;
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
