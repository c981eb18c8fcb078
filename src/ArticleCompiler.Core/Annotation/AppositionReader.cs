using System.Collections.Generic;

namespace ArticleCompiler.Annotation;

/// <summary>
/// Reads the appositions news writers put between a speaker's name and the reporting verb:
/// "Cory James, 22, of Flint, Mich., said", "Sen. Jo Hill, R-Fla., appearing on TV, said",
/// "Ann Lee, a planner who studies traffic, told". The speaker is the name before the first comma;
/// the ages, home towns, state abbreviations and relative clauses after it are never the speaker.
/// </summary>
internal static class AppositionReader
{
    // Far enough for "Paul Porter, a truck driver from Ava, Mo., who is a member of the union, said".
    private const int MaxTokens = 45;
    private const int MaxSegment = 25;

    /// <summary>
    /// The token after the appositions that start at <paramref name="i"/> when a reporting verb
    /// follows them; otherwise the token after one short apposition in parentheses or between
    /// commas there ("Roe (D-Ohio)", "Roe, who spoke first,"), else <paramref name="i"/>.
    /// </summary>
    public static int SkipAppositions(IReadOnlyList<TextToken> tokens, int i, int end)
    {
        var simple = SkipOne(tokens, i, end);
        if (IsVerbAt(tokens, simple, end))
        {
            return simple;
        }

        // "the council chairman, Jim Lee, said": the apposition's closing comma.
        if (i <= end && tokens[i].Is(',') && IsVerbAt(tokens, i + 1, end))
        {
            return i + 1;
        }

        var x = i;
        var first = true;
        while (x <= end && x < i + MaxTokens)
        {
            if (tokens[x].Is('('))
            {
                var close = x + 1;
                while (close <= end && close < x + 6 && !tokens[close].Is(')'))
                {
                    close++;
                }

                if (close > end || !tokens[close].Is(')'))
                {
                    return simple;
                }

                x = close + 1;
                if (IsVerbAt(tokens, x, end))
                {
                    return x;
                }

                if (x > end || !tokens[x].Is(','))
                {
                    return simple;
                }

                if (IsVerbAt(tokens, x + 1, end))
                {
                    return x + 1;
                }
            }
            else if (tokens[x].Is(','))
            {
                var next = NextComma(tokens, x + 1, end);
                if (next < 0 || !IsApposition(tokens, x + 1, next - 1, first))
                {
                    return simple;
                }

                first = false;
                if (IsVerbAt(tokens, next + 1, end))
                {
                    return next + 1;
                }

                x = next;
            }
            else
            {
                return simple;
            }
        }

        return simple;
    }

    // One apposition at i, in parentheses or between commas with a lower-case start, whether or not a verb follows it.
    private static int SkipOne(IReadOnlyList<TextToken> tokens, int i, int end)
    {
        if (i <= end && tokens[i].Is('('))
        {
            var close = i + 1;
            while (close <= end && close < i + 6 && !tokens[close].Is(')'))
            {
                close++;
            }

            return close <= end && tokens[close].Is(')') ? close + 1 : i;
        }

        if (i <= end && tokens[i].Is(',') && i + 1 <= end && tokens[i + 1].IsLowerCase)
        {
            var close = i + 1;
            while (close <= end && close < i + 16 && !tokens[close].Is(','))
            {
                close++;
            }

            return close <= end && tokens[close].Is(',') ? close + 1 : i;
        }

        return i;
    }

    /// <summary>
    /// The person named before a chain of appositions that ends with the comma at
    /// <paramref name="comma"/> (just before a reporting verb), or null; never before <paramref name="min"/>.
    /// </summary>
    public static Mention? NameBefore(string text, IReadOnlyList<TextToken> tokens, int comma, int min)
    {
        var commas = new List<int> { comma };
        var j = comma - 1;
        while (j >= min && j > comma - MaxTokens && !IsBarrier(tokens[j]))
        {
            if (tokens[j].Is(','))
            {
                commas.Insert(0, j);
            }

            j--;
        }

        if (commas.Count < 2)
        {
            return null;
        }

        // Segments: from the first token (j + 1) to each comma.
        var starts = new List<int> { j + 1 };
        var ends = new List<int>();
        foreach (var c in commas)
        {
            ends.Add(c - 1);
            starts.Add(c + 1);
        }

        for (var s = 0; s < ends.Count - 1; s++)
        {
            if (ends[s] < starts[s] || !IsApposition(tokens, starts[s + 1], ends[s + 1], first: true))
            {
                continue;
            }

            var later = true;
            for (var t = s + 2; t < ends.Count && later; t++)
            {
                later = IsApposition(tokens, starts[t], ends[t], first: false);
            }

            if (!later)
            {
                continue;
            }

            var mention = MentionReader.ReadBackward(text, tokens, ends[s] + 1, starts[s]);
            if (mention is { Kind: MentionKind.Name, IsOrganisation: false, Name: { } name } && mention.First - starts[s] <= 4 && !IsPlaceAbbreviation(name) && char.IsUpper(name[0]))
            {
                return mention;
            }
        }

        return null;
    }

    private static bool IsVerbAt(IReadOnlyList<TextToken> tokens, int x, int end)
    {
        while (x <= end && tokens[x].IsLowerCase && EnglishLexicon.IsPreVerbAdverb(tokens[x].Text))
        {
            x++;
        }

        return x <= end && tokens[x].IsLowerCase && EnglishLexicon.IsQuoteVerbAt(tokens, x);
    }

    private static int NextComma(IReadOnlyList<TextToken> tokens, int from, int end)
    {
        for (var k = from; k <= end && k < from + MaxSegment; k++)
        {
            if (tokens[k].Is(','))
            {
                return k;
            }

            if (IsBarrier(tokens[k]))
            {
                return -1;
            }
        }

        return -1;
    }

    private static bool IsBarrier(TextToken token) =>
        ClauseReader.IsSentenceEnd(token) || token.Is('"') || token.Is('\u201C') || token.Is('\u201D') || token.Is(':');

    /// <summary>
    /// Whether tokens <paramref name="from"/> to <paramref name="to"/> read as an apposition: a
    /// description ("a planner", "who ..."), an age ("22"), a place or party ("of Flint", "Mich.",
    /// "R-Fla."); after the first, also a short capitalised place ("the state capital, Sacramento,").
    /// </summary>
    private static bool IsApposition(IReadOnlyList<TextToken> tokens, int from, int to, bool first)
    {
        if (to < from)
        {
            return false;
        }

        var head = tokens[from];
        if (head.IsLowerCase && !head.IsWordLike("and") && !head.IsWordLike("or") && !EnglishLexicon.IsReportingVerb(head.Text))
        {
            return true;
        }

        // "Tad Devine, Sanders's chief strategist, said": someone's role, in the possessive.
        if (head.IsCapitalised && from < to && (tokens[from + 1].IsLowerCase || IsPluralPossessive(tokens, from)) && (head.Text.EndsWith("'s", System.StringComparison.Ordinal) || head.Text.EndsWith("\u2019s", System.StringComparison.Ordinal) || IsPluralPossessive(tokens, from)))
        {
            return true;
        }

        // "Dan Poole, Mayor Roe's chief of staff, said": the role's owner named in the possessive.
        for (var k = from + 1; k <= to && k <= from + 2 && tokens[k].IsCapitalised; k++)
        {
            if (k < to && tokens[k + 1].IsLowerCase && (tokens[k].Text.EndsWith("'s", System.StringComparison.Ordinal) || tokens[k].Text.EndsWith("\u2019s", System.StringComparison.Ordinal)))
            {
                return true;
            }
        }

        if (char.IsDigit(head.Text[0]))
        {
            return to - from < 3;
        }

        if (to - from > 2)
        {
            return false;
        }

        for (var k = from; k <= to; k++)
        {
            if (!tokens[k].IsCapitalised)
            {
                return false;
            }
        }

        return !first || IsPlaceAbbreviation(tokens[to].Text);
    }

    // "Sanders' campaign manager": the apostrophe after an s is a token of its own.
    private static bool IsPluralPossessive(IReadOnlyList<TextToken> tokens, int at) =>
        tokens[at].Text.EndsWith("s", System.StringComparison.Ordinal) && at + 2 < tokens.Count && (tokens[at + 1].Is('\'') || tokens[at + 1].Is('\u2019')) && tokens[at + 2].IsLowerCase;

    // "Mich.", "N.Y.", "D.C.", "R-Fla.", "D-NY": a state or a party and state, never a person.
    private static bool IsPlaceAbbreviation(string word) =>
        (word.EndsWith(".", System.StringComparison.Ordinal) && word.Length <= 6)
        || (word.Length <= 8 && word.Length >= 3 && word[1] == '-' && word[0] is 'R' or 'D' or 'I');
}
