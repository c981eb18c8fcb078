using System;
using System.Collections.Generic;
using System.Text;
using ArticleCompiler.Text;

namespace ArticleCompiler.Annotation;

/// <summary>
/// What counts as a headline, and the title of a text that has none: its first sentence, cut at a
/// word boundary.
/// </summary>
internal static class HeadlineRules
{
    /// <summary>The longest title a draft gets; a longer headline is cut.</summary>
    public const int MaxTitleLength = 120;

    /// <summary>The longest stand-in title made from the first sentence.</summary>
    public const int MaxStandInLength = 100;

    // Longer than this, a first line is a paragraph, however it ends.
    private const int MaxHeadlineLength = 160;

    // Words of running text that headlines leave out: a headline ("Clinton calls on U.S. to lead.",
    // "Democrats pressure Sanders to rein in his fans.") has at most one of these and two in all
    // with the weaker ones below; a lead sentence usually has more.
    private static readonly HashSet<string> SentenceWordSet = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "is", "are", "was", "were", "has", "have", "had", "been", "will", "would", "this", "that", "there",
        "who", "which", "i", "we", "you", "he", "she", "it", "they",
    };

    private static readonly HashSet<string> WeakSentenceWordSet = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "an", "his", "her", "their", "its", "our", "your",
    };

    /// <summary>
    /// Whether <paramref name="line"/> is a headline: one line of at most 160 characters and two
    /// words or more, not a dateline lead, not ending in ':' or ','; in title case, or one sentence:
    /// without a final stop, or, with one ("Clinton calls on U.S. to lead."), in title case, with a speaker's colon
    /// ("McCain: ..."), or of at most 120 characters without the small words of running text. A
    /// final ';' (some feeds end headlines so) counts as a stop.
    /// </summary>
    public static bool IsHeadline(string line)
    {
        var text = Clean(line);
        if (text.Length == 0 || text.Length > MaxHeadlineLength || Parsing.SyntaxRules.CountWords(text) < 2
            || text[text.Length - 1] is ':' or ',' or ';' or '-' || DatelineReader.Strip(text).Length != text.Length)
        {
            return false;
        }

        // Title case makes a headline even of two sentences ("Republicans Confirmed A Judge. Is This
        // The Last One?"); otherwise a second sentence makes a paragraph.
        return RawArticleReader.IsTitleCase(text)
            || (SentenceSplitter.Split(text).Count == 1 && (!EndsWithStop(text) || HasSpeakerColon(text) || (text.Length <= MaxTitleLength && !IsRunningText(text))));
    }

    /// <summary>A headline line as a title: trimmed, without a final ';'.</summary>
    public static string Clean(string line) => line.Trim().TrimEnd(';', ' ', '\t');

    /// <summary>
    /// The title of a text without a headline: the first sentence (after any dateline) of the first
    /// paragraph with one of four words or more, cut to <see cref="MaxStandInLength"/>; null when
    /// there is no paragraph.
    /// </summary>
    public static string? StandIn(IEnumerable<RawBlock> blocks)
    {
        string? first = null;
        foreach (var block in blocks)
        {
            if (block.Kind != RawBlockKind.Paragraph)
            {
                continue;
            }

            var sentences = SentenceSplitter.Split(DatelineReader.Strip(Collapse(block.Text)));
            var sentence = sentences.Count > 0 ? sentences[0] : string.Empty;
            if (Parsing.SyntaxRules.CountWords(sentence) >= 4)
            {
                return Cut(sentence, MaxStandInLength);
            }

            first ??= sentence.Length > 0 ? sentence : null;
        }

        return first is null ? null : Cut(first, MaxStandInLength);
    }

    /// <summary>
    /// <paramref name="text"/> with white space collapsed and a final full stop dropped, cut at a word
    /// boundary to at most <paramref name="max"/> characters, an ellipsis marking the cut.
    /// </summary>
    public static string Cut(string text, int max)
    {
        text = Collapse(text);
        if (text.Length > 1 && text[text.Length - 1] == '.' && char.IsLetterOrDigit(text[text.Length - 2]) && text.IndexOf('.') == text.Length - 1)
        {
            text = text.Substring(0, text.Length - 1);
        }

        if (text.Length <= max)
        {
            return text;
        }

        var end = text.LastIndexOf(' ', max - 1);
        if (end <= 0)
        {
            end = max - 1;
            if (char.IsHighSurrogate(text[end - 1]))
            {
                end--;   // never half a character
            }
        }

        return text.Substring(0, end).TrimEnd(' ', ',', ';', ':', '-', '\u2013', '\u2014') + "\u2026";
    }

    private static string Collapse(string text)
    {
        var builder = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text.Trim())
        {
            if (char.IsWhiteSpace(c))
            {
                space = true;
                continue;
            }

            if (space)
            {
                builder.Append(' ');
                space = false;
            }

            builder.Append(c);
        }

        return builder.ToString();
    }

    private static bool EndsWithStop(string text)
    {
        var end = text.Length - 1;
        while (end > 0 && text[end] is '"' or '\'' or '\u201D' or '\u2019' or ')')
        {
            end--;
        }

        return text[end] is '.' or '!' or '?' or '\u2026';
    }

    // "McCain: Republican anger ...", "The Latest: Trump ...": a short capitalised lead and a colon.
    private static bool HasSpeakerColon(string text)
    {
        var colon = text.IndexOf(": ", StringComparison.Ordinal);
        return colon > 0 && char.IsUpper(text[0]) && Parsing.SyntaxRules.CountWords(text.Substring(0, colon)) <= 5;
    }

    private static bool IsRunningText(string text)
    {
        var strong = 0;
        var weak = 0;
        foreach (var word in text.Split(new[] { ' ', '\u00A0', '\t' }, StringSplitOptions.RemoveEmptyEntries))
        {
            var bare = word.Trim(',', ';', '.', '"', '\'', '\u201C', '\u201D', '\u2018', '\u2019');
            strong += SentenceWordSet.Contains(bare) ? 1 : 0;
            weak += WeakSentenceWordSet.Contains(bare) ? 1 : 0;
        }

        return strong > 1 || strong + weak > 2;
    }
}
