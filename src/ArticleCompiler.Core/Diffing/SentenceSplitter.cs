using System;
using System.Collections.Generic;

namespace ArticleCompiler.Diffing;

/// <summary>
/// Splits a paragraph into sentences: after <c>.</c>, <c>!</c>, <c>?</c> or <c>…</c> (and any closing
/// quote marks or brackets) followed by white space and a capital letter, a digit or an opening
/// mark, unless the word before the stop is a common abbreviation (<c>Mr.</c>, <c>U.S.</c>) or an
/// initial. One pass, linear in the text.
/// </summary>
public static class SentenceSplitter
{
    private static readonly HashSet<string> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "mr", "mrs", "ms", "dr", "st", "jr", "sr", "gen", "col", "lt", "sgt", "capt", "cmdr", "adm", "rep", "sen", "gov", "prof", "rev",
        "inc", "ltd", "corp", "vs", "vol", "pp", "fig", "approx", "dept", "univ", "mt", "ft",
        "jan", "feb", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "u.s", "u.n", "u.k", "e.u", "d.c", "a.m", "p.m", "e.g", "i.e", "etc",
    };

    /// <summary>The sentences of <paramref name="paragraph"/>, trimmed, in order.</summary>
    public static List<string> Split(string paragraph)
    {
        var sentences = new List<string>();
        var start = 0;
        for (var i = 0; i < paragraph.Length; i++)
        {
            var c = paragraph[i];
            if (c is not ('.' or '!' or '?' or '\u2026'))
            {
                continue;
            }

            var end = i + 1;
            while (end < paragraph.Length && paragraph[end] is '.' or '!' or '?' or '"' or '\'' or '\u201D' or '\u2019' or ')' or ']')
            {
                end++;
            }

            var next = end;
            while (next < paragraph.Length && char.IsWhiteSpace(paragraph[next]))
            {
                next++;
            }

            if (next == end || next >= paragraph.Length || !StartsSentence(paragraph[next]) || (c == '.' && IsAbbreviation(paragraph, start, i)))
            {
                i = end - 1;
                continue;
            }

            Add(sentences, paragraph, start, end);
            start = next;
            i = next - 1;
        }

        Add(sentences, paragraph, start, paragraph.Length);
        return sentences;
    }

    private static bool StartsSentence(char c) =>
        char.IsUpper(c) || char.IsDigit(c) || c is '"' or '\'' or '\u201C' or '\u2018' or '(' or '[' or '\u00AB';

    // The word before the stop at 'dot': an abbreviation or a one-letter initial ("J. Smith").
    private static bool IsAbbreviation(string text, int sentenceStart, int dot)
    {
        var wordStart = dot;
        while (wordStart > sentenceStart && (char.IsLetter(text[wordStart - 1]) || text[wordStart - 1] == '.'))
        {
            wordStart--;
        }

        var word = text.Substring(wordStart, dot - wordStart);
        return (word.Length == 1 && char.IsUpper(word[0])) || Abbreviations.Contains(word);
    }

    private static void Add(List<string> sentences, string text, int start, int end)
    {
        var sentence = text.Substring(start, end - start).Trim();
        if (sentence.Length > 0)
        {
            sentences.Add(sentence);
        }
    }
}
