using System;
using System.Collections.Generic;
using System.Linq;

namespace ArticleCompiler.Annotation;

/// <summary>How a run of capitalised words splits into a role and a name, or an organisation's name.</summary>
internal static partial class MentionReader
{
    /// <summary>
    /// The last token of the run of capitalised words from <paramref name="start"/>, taking in
    /// connectors between them ("Ambassador to the United States").
    /// </summary>
    public static int CapitalisedRunEnd(IReadOnlyList<TextToken> tokens, int start, int max)
    {
        var end = start;
        while (true)
        {
            var next = end + 1;
            while (next <= max && next < end + 3 && EnglishLexicon.IsNameConnector(tokens[next].Text))
            {
                next++;
            }

            if (next <= max && tokens[next].IsCapitalised && tokens[next].IsWord)
            {
                end = next;
            }
            else
            {
                return end;
            }
        }
    }

    // The role noun that ends a description from token <paramref name="from"/> ("presidential
    // nominee" in "the presumptive Republican presidential nominee"), or -1.
    private static int RoleAfter(IReadOnlyList<TextToken> tokens, int from, int max, int limit)
    {
        for (var k = from; k <= max && k < limit && tokens[k].IsLowerCase && !EnglishLexicon.IsReportingVerb(tokens[k].Text) && !EnglishLexicon.IsClauseWord(tokens[k].Text); k++)
        {
            if (EnglishLexicon.IsRoleNoun(tokens[k].Text))
            {
                return k;
            }
        }

        return -1;
    }

    /// <summary>Splits a run of capitalised words into role and name, or an organisation's name.</summary>
    private static Mention? Classify(string text, IReadOnlyList<TextToken> tokens, int first, int last, string? acronym)
    {
        while (first < last && (EnglishLexicon.IsCapitalisedSentenceWord(tokens[first].Text) || EnglishLexicon.IsSentenceAdverb(tokens[first].Text)))
        {
            first++;
        }

        // "Then", "Likewise", "Alongside": a sentence's opening word, never a one-word name.
        if (first == last && (EnglishLexicon.IsCapitalisedSentenceWord(tokens[first].Text) || EnglishLexicon.IsSentenceAdverb(tokens[first].Text)))
        {
            return null;
        }

        var words = new List<string>();
        for (var i = first; i <= last; i++)
        {
            words.Add(tokens[i].Text);
        }

        // "Carl Lipo of Binghamton University": the head before "of", "at" or "from" decides.
        var headLast = last;
        for (var i = first + 1; i < last; i++)
        {
            if (EnglishLexicon.IsAffiliationPreposition(tokens[i].Text))
            {
                headLast = i - 1;
                break;
            }
        }

        var headWords = words.Take(headLast - first + 1).ToList();
        // An organisation's name ends with its head noun ("Federal Security Service"); "Former CIA
        // deputy director Michael Morell" names a person.
        var isOrganisation = acronym is not null
            || EnglishLexicon.IsOrganisationWord(StripPossessive(headWords[headWords.Count - 1]))
            || (words.Count == 1 && IsAcronym(words[0]));
        if (!isOrganisation && headLast < last && headWords.Count(w => char.IsUpper(w[0]) && !EnglishLexicon.IsNameStop(w)) >= 2)
        {
            var person = Classify(text, tokens, first, headLast, null);
            if (person is not null)
            {
                var affiliation = Span(text, tokens, headLast + 1, last);
                return person with { Last = last, Text = Span(text, tokens, first, last), Role = person.Role is null ? affiliation : person.Role + " " + affiliation };
            }
        }

        if (isOrganisation)
        {
            // "Russia's Federal Security Service": the possessive is not part of the name.
            var from = first;
            while (from < last && (IsPossessive(tokens[from].Text) || tokens[from].Text is "The" || tokens[from].IsLowerCase))
            {
                from++;
            }

            var name = StripPossessive(Span(text, tokens, from, last));
            return new Mention(first, last, MentionKind.Name, Span(text, tokens, first, last), name, null, acronym, true);
        }

        // The name is the trailing words that are not titles or places (at most three).
        var nameStart = last + 1;
        while (nameStart - 1 >= first && nameStart > last - 2 && !tokens[nameStart - 1].IsLowerCase && !EnglishLexicon.IsNameStop(StripPossessive(tokens[nameStart - 1].Text)) && !EnglishLexicon.IsNameConnector(tokens[nameStart - 1].Text)
            && (nameStart - 1 == last || !IsPossessive(tokens[nameStart - 1].Text)))
        {
            nameStart--;
        }

        if (nameStart > last)
        {
            return null;
        }

        var role = nameStart > first ? Span(text, tokens, first, nameStart - 1).TrimEnd(',') : null;
        var personName = StripPossessive(Span(text, tokens, nameStart, last));
        return new Mention(first, last, MentionKind.Name, Span(text, tokens, first, last), personName, role, null, false);
    }

    private static string Span(string text, IReadOnlyList<TextToken> tokens, int first, int last) =>
        text.Substring(tokens[first].Start, tokens[last].End - tokens[first].Start).Replace('\n', ' ');

    // "the 46-year-old said": an age is a description of a person.
    /// <summary>
    /// Whether a descriptor's head word can stand for someone the article describes: a noun ("publicist",
    /// "front-runner", "31-year-old"), or the end of a count of people ("Six in 10", "majorities in all five");
    /// a quantity alone ("some", "both") or a number alone stands for no one.
    /// </summary>
    internal static bool IsDescribedHead(string head, string text)
    {
        if (head.Length == 0 || !char.IsLetterOrDigit(head[0]) || !char.IsLetterOrDigit(head[head.Length - 1]) || !head.All(c => char.IsLetterOrDigit(c) || c == '-'))
        {
            return false;
        }

        // "Others say ...", "Some said ...": a lone plural quantity is a group of speakers the article does not name.
        var count = (text.IndexOf(' ') > 0 && (EnglishLexicon.IsQuantityWord(head) || head.All(char.IsDigit))) || EnglishLexicon.IsGroupQuantifier(head);
        return count || IsAge(head) || (head.All(c => char.IsLetter(c) || c == '-') && !EnglishLexicon.IsQuantityWord(head));
    }

    internal static bool IsAge(string word) => word.EndsWith("-year-old", StringComparison.Ordinal);

    private static bool IsPlural(string word) => word.Length > 3 && word.EndsWith("s", StringComparison.Ordinal) && !word.EndsWith("ss", StringComparison.Ordinal);

    internal static bool IsAcronym(string word) => word.Length >= 2 && word.Length <= 6 && word.All(c => char.IsUpper(c) || char.IsDigit(c));

    private static bool IsPossessive(string word) => word.EndsWith("'s", StringComparison.Ordinal) || word.EndsWith("\u2019s", StringComparison.Ordinal);

    internal static string StripPossessive(string word) => IsPossessive(word) ? word.Substring(0, word.Length - 2) : word;
}
