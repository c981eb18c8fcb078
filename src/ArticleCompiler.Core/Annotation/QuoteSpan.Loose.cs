namespace ArticleCompiler.Annotation;

/// <summary>
/// Quotation marks as a reader pairs them where the format's rule (a straight mark after white
/// space opens, <c>“</c> always opens, an opening mark inside an open quote is text) would not.
/// </summary>
internal sealed partial record QuoteSpan
{
    /// <summary>
    /// Where the quote opened at <paramref name="open"/> ends, given the opening mark at
    /// <paramref name="i"/> in the same paragraph: at that mark when it plainly closes (a straight
    /// mark with a space before it, <c>he won. " she said</c>, or straight after a dash; a <c>“</c>
    /// straight after the words, <c>“We won,“ she said</c>, or at the paragraph's end), or at the white space before it when it starts another quote
    /// after a full sentence (<c>“We won. “They lost.”</c>: paragraphs run into one line, each
    /// opening again and only the last closing). Null when the mark is text inside the quote.
    /// </summary>
    internal static int? LooseCloseAt(string text, int open, int i)
    {
        var after = i + 1 < text.Length ? text[i + 1] : ' ';
        var before = LastWordCharacter(text, open, i);
        if (before < 0)
        {
            return null;
        }

        var ending = text[before];
        var curly = text[i] == '\u201C';
        if (char.IsWhiteSpace(after) || (curly && after is ',' or '.' or ';' or ':' or '?' or '!' or ')'))
        {
            // A mark with space after it opens nothing: it closes the words before it ("Oh, s---" she
            // said, the format's opener after a dash), as does a mark that ends the paragraph.
            var closes = curly ? before == i - 1 || OnlyWhiteSpaceFrom(text, i + 1) : IsSpacedClose(text, open, i, 1);
            return closes ? i : null;
        }

        // A new quote after a full sentence: the previous paragraph's quote ended there.
        var sentenceEnd = IsSentenceEnd(ending) || (ending is '\'' or '\u2019' && before > open + 1 && IsSentenceEnd(text[before - 1]));
        return sentenceEnd && before < i - 1 && char.IsUpper(after) ? i - 1 : null;
    }

    // Whether nothing but white space follows from index start on (the paragraph ends there).
    private static bool OnlyWhiteSpaceFrom(string text, int start)
    {
        for (var k = start; k < text.Length; k++)
        {
            if (!char.IsWhiteSpace(text[k]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Whether the straight mark of <paramref name="length"/> characters at <paramref name="i"/>, which
    /// the format's rule reads as opening (white space or a dash before it), closes the quote opened
    /// at <paramref name="open"/>: white space or the paragraph's end after it, and the words before
    /// it end in punctuation that closes a sentence or clause, a single quote, or a dash.
    /// </summary>
    private static bool IsSpacedClose(string text, int open, int i, int length)
    {
        if (i + length < text.Length && !char.IsWhiteSpace(text[i + length]))
        {
            return false;
        }

        var before = LastWordCharacter(text, open, i);
        return before >= 0 && text[before] is ',' or '.' or '?' or '!' or '\'' or '\u2019' or '\u2026' or '-' or '\u2014';
    }

    private static bool IsSentenceEnd(char c) => c is '.' or '?' or '!' or '\u2026';

    // The last character before 'i' that is not white space, after the opening mark (-1 if none).
    private static int LastWordCharacter(string text, int open, int i)
    {
        var j = i - 1;
        while (j > open && char.IsWhiteSpace(text[j]))
        {
            j--;
        }

        return j > open ? j : -1;
    }
}
