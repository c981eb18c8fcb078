using System;
using System.Collections.Generic;

namespace ArticleCompiler.Text;

/// <summary>A sentence's place in its paragraph: from <see cref="Start"/> to <see cref="End"/> (exclusive), without surrounding white space.</summary>
/// <param name="Start">The offset of the sentence's first character.</param>
/// <param name="End">The offset just after its last character (the stop and any closing marks).</param>
public readonly record struct SentenceSpan(int Start, int End)
{
    /// <summary>The number of characters of the sentence.</summary>
    public int Length => End - Start;
}

/// <summary>
/// Splits a paragraph of English news text into sentences; the one splitter of <c>artc diff</c> and
/// <c>artc annotate</c>. The rules are documented in docs/diff.md ("Sentences").
/// </summary>
/// <remarks>
/// A sentence ends at a stop (<c>.</c>, <c>!</c>, <c>?</c>, <c>…</c>, runs of them), with any closing
/// quote marks and brackets after it, when white space and a capital letter, a digit, an opening quote
/// mark or bracket follow. A period after an abbreviation ends a sentence only as
/// <see cref="AbbreviationKind"/> says, judged by the next word. One pass, linear in the text: every
/// look-behind or look-ahead is bounded by one word (or four, for a speaker's name).
/// </remarks>
public static class SentenceSplitter
{
    /// <summary>The sentences of <paramref name="paragraph"/>, trimmed, in order.</summary>
    public static List<string> Split(string paragraph)
    {
        var sentences = new List<string>();
        foreach (var span in Spans(paragraph))
        {
            sentences.Add(paragraph.Substring(span.Start, span.Length));
        }

        return sentences;
    }

    /// <summary>Where the sentences of <paramref name="paragraph"/> are, in order.</summary>
    public static List<SentenceSpan> Spans(string paragraph) => Spans(paragraph, null);

    /// <summary>Where the sentences of <paramref name="paragraph"/> are, in order.</summary>
    /// <param name="paragraph">The text.</param>
    /// <param name="mayEndAt">
    /// Asked with the end offset of each sentence end the rules find; false keeps the text together
    /// (annotate keeps a quotation whole: "We lost. It is over," he said. is one sentence for it).
    /// </param>
    public static List<SentenceSpan> Spans(string paragraph, Func<int, bool>? mayEndAt)
    {
        var spans = new List<SentenceSpan>();
        var text = paragraph;
        var start = SkipSpace(text, 0);
        var hasWord = false;
        for (var i = start; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsLetterOrDigit(c))
            {
                hasWord = true;
                continue;
            }

            if (!IsStop(c))
            {
                continue;
            }

            var stopEnd = i + 1;
            while (stopEnd < text.Length && IsStop(text[stopEnd]))
            {
                stopEnd++;
            }

            var end = SkipClosing(text, stopEnd, out var closedQuote, out var stopAfterClosing);

            var next = SkipSpace(text, end);
            if (hasWord && next < text.Length && EndsHere(text, i, stopEnd, end, next, closedQuote, stopAfterClosing) && (mayEndAt is null || mayEndAt(end)))
            {
                spans.Add(new SentenceSpan(start, end));
                start = next;
                hasWord = false;
            }

            i = end - 1;
        }

        var last = text.Length;
        while (last > start && char.IsWhiteSpace(text[last - 1]))
        {
            last--;
        }

        if (last > start)
        {
            spans.Add(new SentenceSpan(start, last));
        }

        return spans;
    }

    /// <summary>
    /// Whether the period at <paramref name="dot"/> belongs to the word before it: an abbreviation
    /// (<see cref="Abbreviations"/>) that, by the rules of <see cref="Spans(string)"/>, does not end
    /// the sentence there ("Rev. Al Sharpton", "Calif. Gov. Jerry Brown", "No. 3"; not "in Sacramento,
    /// Calif. The"). Annotate's tokens ask this, so both read periods alike.
    /// </summary>
    internal static bool IsAbbreviationPeriod(string text, int dot)
    {
        var wordStart = WordStart(text, dot);
        var word = text.Substring(wordStart, dot - wordStart);
        var afterEt = wordStart >= 3 && text[wordStart - 1] == ' ' && string.CompareOrdinal(text, wordStart - 3, "et", 0, 2) == 0;
        var kind = Abbreviations.Classify(word, afterEt);
        var stopEnd = dot + 1;
        if (kind == AbbreviationKind.None || (stopEnd < text.Length && IsStop(text[stopEnd])))
        {
            return false;
        }

        var end = SkipClosing(text, stopEnd, out var closedQuote, out var stopAfterClosing);

        var next = SkipSpace(text, end);
        return next < text.Length
            ? !EndsHere(text, dot, stopEnd, end, next, closedQuote, stopAfterClosing)
            : kind == AbbreviationKind.Title;
    }

    // Closing marks, and stops after them, from 'from': "[to the U.S.]." and "(Fla.)." end where the
    // last stop is.
    private static int SkipClosing(string text, int from, out bool closedQuote, out bool stopAfterClosing)
    {
        var end = from;
        closedQuote = false;
        stopAfterClosing = false;
        while (end < text.Length && (IsClosing(text[end]) || IsStop(text[end])))
        {
            closedQuote |= IsClosingQuote(text[end]);
            stopAfterClosing |= IsStop(text[end]);
            end++;
        }

        return end;
    }

    // Whether the stops from 'stop' to 'stopEnd' (then closing marks to 'end') end the sentence, the
    // next one starting at 'next'.
    private static bool EndsHere(string text, int stop, int stopEnd, int end, int next, bool closedQuote, bool stopAfterClosing)
    {
        var first = text[next];
        if (next == end)
        {
            // No space: "3.5", "U.S.-led", "Yahoo!'s"; only a curly closing quote glued to a capital
            // ("over.”He left") is taken for a missing space.
            return end > stopEnd && text[end - 1] == '\u201D' && char.IsUpper(first);
        }

        if (!StartsSentence(text, next) || OpensInLowerCase(text, next))
        {
            return false;
        }

        if (text[stop] == '.' && stopEnd == stop + 1 && !stopAfterClosing)
        {
            var wordStart = WordStart(text, stop);
            var word = text.Substring(wordStart, stop - wordStart);
            var afterEt = wordStart >= 3 && text[wordStart - 1] == ' ' && string.CompareOrdinal(text, wordStart - 3, "et", 0, 2) == 0;
            var kind = Abbreviations.Classify(word, afterEt);
            if (kind == AbbreviationKind.Number)
            {
                kind = char.IsDigit(first) ? AbbreviationKind.Title : AbbreviationKind.None;
            }

            if (kind == AbbreviationKind.Title)
            {
                return false;
            }

            if (kind is AbbreviationKind.Contextual or AbbreviationKind.State)
            {
                // "(Fla.) Daily News": a sentence ending inside brackets has its own stop after them.
                if (end > stopEnd && text[stopEnd] is ')' or ']')
                {
                    return false;
                }

                if (char.IsDigit(first) || first is '(' or '[')
                {
                    return false;
                }

                if (!char.IsUpper(first))
                {
                    // An opening mark: a new sentence, except a nickname after initials ("C.L. "Butch" Otter").
                    return !(IsInitials(word) && IsNickname(text, next));
                }

                var nextWord = WordAt(text, next);
                return kind == AbbreviationKind.Contextual ? Abbreviations.IsOpener(nextWord) : !Abbreviations.IsTitle(nextWord);
            }
        }

        // "Is it over?" Smith asked. A question or exclamation can't take a comma, so a name and a
        // verb of speech after its closing mark are still its sentence.
        if (closedQuote && text[stopEnd - 1] is '?' or '!' && char.IsUpper(first) && IsAttribution(text, next))
        {
            return false;
        }

        return true;
    }

    // "C", "C.L", "H.W": capitals each followed by a period.
    private static bool IsInitials(string word)
    {
        for (var i = 0; i < word.Length; i += 2)
        {
            if (!char.IsUpper(word[i]) || (i + 1 < word.Length && word[i + 1] != '.'))
            {
                return false;
            }
        }

        return true;
    }

    // One quoted word, then a capital: "Butch" Otter.
    private static bool IsNickname(string text, int at)
    {
        var word = WordAt(text, at + 1);
        var after = at + 1 + word.Length;
        return word.Length > 0 && after + 2 < text.Length && IsClosingQuote(text[after]) && text[after + 1] == ' ' && char.IsUpper(text[after + 2]);
    }

    // An opening quote mark or bracket before a word in lower case ("the U.S. “does not have"): a
    // quotation inside the sentence, not a new one.
    private static bool OpensInLowerCase(string text, int at)
    {
        while (at < text.Length && (IsOpening(text[at]) || IsClosingQuote(text[at])))
        {
            at++;
        }

        return at < text.Length && char.IsLower(text[at]);
    }

    // Up to four capitalised words ("Sen. Bernie Sanders") and then a verb of speech.
    private static bool IsAttribution(string text, int at)
    {
        for (var words = 0; words < 5 && at < text.Length; words++)
        {
            var word = WordAt(text, at);
            if (word.Length == 0)
            {
                return false;
            }

            if (Abbreviations.IsSpeechVerb(word))
            {
                return words > 0;
            }

            if (!char.IsUpper(word[0]) || Abbreviations.IsOpener(word))
            {
                return false;
            }

            at += word.Length;
            if (at < text.Length && text[at] == '.')
            {
                at++;
            }

            at = SkipSpace(text, at);
        }

        return false;
    }

    // The start of the word before the period at 'dot': letters, and periods between letters ("U.S",
    // "p.m"); a hyphen starts a word ("then-Sen.", "(D-Calif.)").
    private static int WordStart(string text, int dot)
    {
        var i = dot;
        while (i > 0 && (char.IsLetter(text[i - 1]) || (text[i - 1] == '.' && i >= 2 && char.IsLetter(text[i - 2]))))
        {
            i--;
        }

        return i;
    }

    // The letters from 'at' (at most a word's worth).
    private static string WordAt(string text, int at)
    {
        var end = at;
        while (end < text.Length && end - at < 24 && char.IsLetter(text[end]))
        {
            end++;
        }

        return text.Substring(at, end - at);
    }

    private static int SkipSpace(string text, int i)
    {
        while (i < text.Length && char.IsWhiteSpace(text[i]))
        {
            i++;
        }

        return i;
    }

    private static bool IsStop(char c) => c is '.' or '!' or '?' or '\u2026';

    private static bool IsClosingQuote(char c) => c is '"' or '\'' or '\u201D' or '\u2019' or '\u00BB';

    private static bool IsClosing(char c) => IsClosingQuote(c) || c is ')' or ']';

    private static bool IsOpening(char c) => c is '"' or '\'' or '\u201C' or '\u2018' or '(' or '[' or '\u00AB';

    // An opening mark must open something: '" Clinton asked' is a closing mark typed with a space.
    private static bool StartsSentence(string text, int at) =>
        char.IsUpper(text[at]) || char.IsDigit(text[at]) || (IsOpening(text[at]) && at + 1 < text.Length && !char.IsWhiteSpace(text[at + 1]));
}
