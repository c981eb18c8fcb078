using System;
using System.Collections.Generic;
using System.Linq;

namespace ArticleCompiler.Annotation;

/// <summary>How a mention refers to its speaker.</summary>
internal enum MentionKind
{
    /// <summary>By name, with a role before it if the text gives one ("US President Donald Trump").</summary>
    Name,

    /// <summary>By a personal pronoun ("he").</summary>
    Pronoun,

    /// <summary>By a descriptor ("the senior diplomat", "the Church").</summary>
    Descriptor,
}

/// <summary>A reference to a (possible) speaker: the subject or object of a reporting verb.</summary>
/// <param name="First">The index of its first token.</param>
/// <param name="Last">The index of its last token.</param>
/// <param name="Kind">How it refers.</param>
/// <param name="Text">The words as written (for aliases).</param>
/// <param name="Name">For a name, the name itself.</param>
/// <param name="Role">For a name, the title or apposition that came with it.</param>
/// <param name="Acronym">An acronym in parentheses after an organisation's name.</param>
/// <param name="IsOrganisation">Whether a named mention is an organisation.</param>
internal sealed record Mention(int First, int Last, MentionKind Kind, string Text, string? Name, string? Role, string? Acronym, bool IsOrganisation)
{
    /// <summary>The head word of a descriptor or the pronoun.</summary>
    public string Head => Text.Split(' ').Last();
}

/// <summary>Reads a mention backward from a reporting verb, or forward from one.</summary>
internal static partial class MentionReader
{
    // "the council chairman, Jim Lee, said", "the City Hall budget director, Ann Marsh, said": the name
    // in apposition after a description is the speaker, the description its role.
    private static Mention? NameInApposition(string text, IReadOnlyList<TextToken> tokens, int start, int last, int max)
    {
        if (last + 2 > max || !tokens[last + 1].Is(',') || !tokens[last + 2].IsCapitalised || !tokens[last + 2].IsWord)
        {
            return null;
        }

        var nameEnd = CapitalisedRunEnd(tokens, last + 2, max);
        return (nameEnd + 1 > max || tokens[nameEnd + 1].Is(',') || (tokens[nameEnd + 1].IsLowerCase && EnglishLexicon.IsReportingVerb(tokens[nameEnd + 1].Text))) && Classify(text, tokens, last + 2, nameEnd, null) is { IsOrganisation: false, Role: null } named
            ? named with { First = start, Role = EnglishLexicon.StripArticle(Span(text, tokens, start, last)) }
            : null;
    }

    /// <summary>The mention that ends just before token <paramref name="end"/>, or null; never before <paramref name="min"/>.</summary>
    public static Mention? ReadBackward(string text, IReadOnlyList<TextToken> tokens, int end, int min)
    {
        var k = end - 1;
        if (k < min)
        {
            return null;
        }

        string? acronym = null;
        if (tokens[k].Is(')'))
        {
            var open = k - 1;
            while (open >= min && open >= k - 5 && !tokens[open].Is('('))
            {
                open--;
            }

            if (open < min || !tokens[open].Is('('))
            {
                return null;
            }

            if (open == k - 2 && IsAcronym(tokens[k - 1].Text))
            {
                acronym = tokens[k - 1].Text;
            }

            k = open - 1;
        }
        else if (tokens[k].Is(','))
        {
            // "Cory James, 22, of Flint, Mich., said": the name before the appositions.
            if (AppositionReader.NameBefore(text, tokens, k, min) is { } beforeAppositions)
            {
                return beforeAppositions;
            }

            // An apposition between commas: "Mohamaddin, who is also Silam MP, said".
            var comma = k - 1;
            while (comma >= min && comma >= k - 16 && !tokens[comma].Is(','))
            {
                comma--;
            }

            if (comma < min || !tokens[comma].Is(',') || comma + 1 >= k)
            {
                return null;
            }

            if (!tokens[comma + 1].IsLowerCase)
            {
                // The name in apposition is the speaker; what comes before the comma is the role.
                var named = Classify(text, tokens, comma + 1, k - 1, null);
                if (named is { IsOrganisation: false } && tokens.Skip(comma + 1).Take(k - comma - 1).All(t => t.IsWord && (t.IsCapitalised || EnglishLexicon.IsNameConnector(t.Text))))
                {
                    var roleStart = comma - 1;
                    while (roleStart - 1 >= min && tokens[roleStart - 1].IsWord && roleStart > comma - 6)
                    {
                        roleStart--;
                    }

                    var role = roleStart < comma ? Span(text, tokens, roleStart, comma - 1) : null;
                    return named with { Role = named.Role ?? role };
                }

                return null;
            }

            k = comma - 1;
        }

        if (k < min || !tokens[k].IsWord)
        {
            return null;
        }

        var last = tokens[k];
        if (EnglishLexicon.IsPronoun(last.Text))
        {
            return new Mention(k, k, MentionKind.Pronoun, last.Text, null, null, null, false);
        }

        if (EnglishLexicon.PronounOfContraction(last.Text) is { } contracted)
        {
            return new Mention(k, k, MentionKind.Pronoun, contracted, null, null, null, false);
        }

        if (last.IsLowerCase && EnglishLexicon.IsClauseWord(last.Text))
        {
            return null;
        }

        if (last.IsLowerCase)
        {
            // "the senior diplomat", "one of the photographers", "the United States government",
            // "German officials".
            var i = k;
            while (i - 1 >= min && i > k - 5 && tokens[i - 1].IsWord && (tokens[i - 1].IsLowerCase || tokens[i - 1].IsCapitalised) && !EnglishLexicon.IsDeterminer(tokens[i - 1].Text) && !EnglishLexicon.IsDescriptorQuantifier(tokens[i - 1].Text)
                && !EnglishLexicon.IsReportingVerb(tokens[i - 1].Text) && !EnglishLexicon.IsNameConnector(tokens[i - 1].Text) && !EnglishLexicon.IsPronoun(tokens[i - 1].Text)
                && (tokens[i - 1].IsLowerCase ? !EnglishLexicon.IsClauseWord(tokens[i - 1].Text) : true))
            {
                i--;
            }

            // A plural group without a determiner: "German officials", "Afghan officials said".
            if (i < k && tokens[i].IsCapitalised && (i == min || !EnglishLexicon.IsDeterminer(tokens[i - 1].Text)) && last.Text.EndsWith("s", StringComparison.Ordinal)
                && tokens.Skip(i).Take(k - i).All(t => t.IsCapitalised && EnglishLexicon.IsNameStop(t.Text)))
            {
                return new Mention(i, k, MentionKind.Descriptor, Span(text, tokens, i, k), null, null, null, false);
            }

            if (i - 1 < min || !(EnglishLexicon.IsDeterminer(tokens[i - 1].Text) || EnglishLexicon.IsDescriptorQuantifier(tokens[i - 1].Text)))
            {
                return null;
            }

            i--;
            if (i - 2 >= min && tokens[i - 1].Text == "of" && EnglishLexicon.IsPartitiveQuantifier(tokens[i - 2].Text))
            {
                i -= 2;
            }

            // "The Herald first reported", "The paper barely even mentioned": the words of the verb are no part of it.
            var subjectEnd = SubjectEnd(tokens, i + 1, k);
            if (subjectEnd < k)
            {
                return ReadForward(text, tokens, i, subjectEnd) is { } trimmed && trimmed.First == i && trimmed.Last == subjectEnd
                    ? trimmed
                    : new Mention(i, subjectEnd, MentionKind.Descriptor, Span(text, tokens, i, subjectEnd), null, null, null, false);
            }

            return new Mention(i, k, MentionKind.Descriptor, Span(text, tokens, i, k), null, null, null, false);
        }

        if (!last.IsCapitalised)
        {
            return null;
        }

        var first = k;
        while (first - 1 >= min && (tokens[first - 1].IsCapitalised || EnglishLexicon.IsNameConnector(tokens[first - 1].Text)) && tokens[first - 1].IsWord)
        {
            first--;
        }

        while (first < k && EnglishLexicon.IsNameConnector(tokens[first].Text))
        {
            first++;
        }

        // "the Church": a determiner before a lone capitalised word that is not a name.
        if (first == k && first - 1 >= min && EnglishLexicon.IsDeterminer(tokens[first - 1].Text) && tokens[first - 1].IsLowerCase)
        {
            return new Mention(first - 1, k, MentionKind.Descriptor, Span(text, tokens, first - 1, k), null, null, acronym, false);
        }

        return Classify(text, tokens, first, k, acronym);
    }

    /// <summary>The mention that starts at token <paramref name="start"/>, or null; never after <paramref name="max"/>.</summary>
    public static Mention? ReadForward(string text, IReadOnlyList<TextToken> tokens, int start, int max)
    {
        if (start > max || start >= tokens.Count || !tokens[start].IsWord)
        {
            return null;
        }

        var token = tokens[start];
        if (EnglishLexicon.IsPronoun(token.Text))
        {
            return new Mention(start, start, MentionKind.Pronoun, token.Text, null, null, null, false);
        }

        if (EnglishLexicon.PronounOfContraction(token.Text) is { } contracted)
        {
            return new Mention(start, start, MentionKind.Pronoun, contracted, null, null, null, false);
        }

        var i = start;
        if (EnglishLexicon.IsPartitiveQuantifier(token.Text) && i + 2 <= max && tokens[i + 1].Text == "of")
        {
            i += 2;
        }

        if (i <= max && (EnglishLexicon.IsDeterminer(tokens[i].Text) || (EnglishLexicon.IsDescriptorQuantifier(tokens[i].Text) && i + 1 <= max && tokens[i + 1].IsLowerCase)))
        {
            var j = i + 1;
            if (j <= max && tokens[j].IsCapitalised)
            {
                var endCapital = j;
                while (endCapital + 1 <= max && tokens[endCapital + 1].IsCapitalised)
                {
                    endCapital++;
                }

                // "the Florida senator", "the New Jersey governor", "a New Hampshire Republican": a place
                // or party before a role is a description, not a name.
                var role = RoleAfter(tokens, endCapital + 1, max, i + 8);
                if (role > 0 || EnglishLexicon.IsPartisanNoun(tokens[endCapital].Text))
                {
                    var head = Math.Max(role, endCapital);
                    return NameInApposition(text, tokens, start, head, max)
                        ?? new Mention(start, head, MentionKind.Descriptor, Span(text, tokens, start, head), null, null, null, false);
                }

                if (endCapital == j)
                {
                    return new Mention(start, j, MentionKind.Descriptor, Span(text, tokens, start, j), null, null, null, false);
                }

                return Classify(text, tokens, j, endCapital, null);
            }

            var last = -1;
            while (j <= max && j < i + 4 && (tokens[j].IsLowerCase || IsAge(tokens[j].Text)) && !EnglishLexicon.IsReportingVerb(tokens[j].Text) && !EnglishLexicon.IsNameConnector(tokens[j].Text)
                && !EnglishLexicon.IsDescriptorEnd(tokens[j].Text) && !(last >= 0 && EnglishLexicon.IsReadVerb(tokens[j].Text) && EnglishLexicon.IsWrittenText(tokens[last].Text)))
            {
                last = j;
                j++;

                // "a senior Cruz adviser", "a prominent Republican National Committee member": a name as a modifier.
                if (j <= max && tokens[j].IsCapitalised && tokens[j].IsWord)
                {
                    var role = RoleAfter(tokens, CapitalisedRunEnd(tokens, j, max) + 1, max, i + 8);
                    if (role > 0)
                    {
                        last = role;
                        j = role + 1;
                    }
                }
            }

            if (last < 0)
            {
                return null;
            }

            // "The campaign would not say", "The judge rubbed his chin": the description ends before its verb.
            last = SubjectEnd(tokens, i + 1, last);
            if (NameInApposition(text, tokens, start, last, max) is { } appositive)
            {
                return appositive;
            }

            // "the economist Jane Roe, a former adviser, wrote": a role noun, then the person's name.
            if (last + 1 <= max && EnglishLexicon.IsRoleNoun(tokens[last].Text) && tokens[last + 1].IsCapitalised && tokens[last + 1].IsWord)
            {
                var nameEnd = CapitalisedRunEnd(tokens, last + 1, max);
                if (nameEnd > last + 1 && Classify(text, tokens, last + 1, nameEnd, null) is { IsOrganisation: false, Role: null } person)
                {
                    return person with { First = start, Role = EnglishLexicon.StripArticle(Span(text, tokens, start, last)) };
                }
            }

            return new Mention(start, last, MentionKind.Descriptor, Span(text, tokens, start, last), null, null, null, false);
        }

        // Lower-case role words before the name: "said study co-author Professor Carl Lipo".
        var capital = start;
        while (capital <= max && capital < start + 4 && tokens[capital].IsLowerCase && !EnglishLexicon.IsReportingVerb(tokens[capital].Text) && !EnglishLexicon.IsClauseWord(tokens[capital].Text) && !EnglishLexicon.IsNameConnector(tokens[capital].Text))
        {
            capital++;
        }

        if (capital > max || !tokens[capital].IsCapitalised || !tokens[capital].IsWord)
        {
            // "German officials said": a capitalised adjective and a plural noun.
            if (token.IsCapitalised && start + 1 <= max && tokens[start + 1].IsLowerCase && IsPlural(tokens[start + 1].Text) && EnglishLexicon.IsNameStop(token.Text)
                && (start + 2 > max || !tokens[start + 2].IsWord || EnglishLexicon.IsReportingVerb(tokens[start + 2].Text)))
            {
                return new Mention(start, start + 1, MentionKind.Descriptor, Span(text, tokens, start, start + 1), null, null, null, false);
            }

            return null;
        }

        var end = CapitalisedRunEnd(tokens, capital, max);

        // "German officials said": a capitalised adjective and a plural noun.
        if (capital == start && end == start && start + 1 <= max && tokens[start + 1].IsLowerCase && IsPlural(tokens[start + 1].Text) && EnglishLexicon.IsNameStop(token.Text)
            && (start + 2 > max || !tokens[start + 2].IsWord || EnglishLexicon.IsReportingVerb(tokens[start + 2].Text)))
        {
            return new Mention(start, start + 1, MentionKind.Descriptor, Span(text, tokens, start, start + 1), null, null, null, false);
        }

        // "Former CIA deputy director Michael Morell": role words between two capitalised runs, as
        // long as no person's name has been read yet ("Morell praised Mendez" stops at Morell).
        while (true)
        {
            var next = end + 1;
            while (next <= max && next <= end + 4 && tokens[next].IsLowerCase && !EnglishLexicon.IsReportingVerb(tokens[next].Text) && !EnglishLexicon.IsClauseWord(tokens[next].Text) && !EnglishLexicon.IsNameConnector(tokens[next].Text)
                && !tokens[next].Text.EndsWith("ed", StringComparison.Ordinal))
            {
                next++;
            }

            // "Marquette pollster Charles Franklin", "Clinton spokesman Josh Lee": a name before a role
            // noun qualifies the role; the person is the name after it.
            var readOn = Classify(text, tokens, start, end, null) is null or { IsOrganisation: true } || (next > end + 1 && EnglishLexicon.IsRoleNoun(tokens[next - 1].Text));
            if (readOn && next > end + 1 && next <= max && tokens[next].IsCapitalised && tokens[next].IsWord)
            {
                end = CapitalisedRunEnd(tokens, next, max);
            }
            else
            {
                break;
            }
        }

        var acronym = end + 3 <= max && tokens[end + 1].Is('(') && IsAcronym(tokens[end + 2].Text) && tokens[end + 3].Is(')') ? tokens[end + 2].Text : null;
        var mention = Classify(text, tokens, start, end, acronym);
        return mention is null || acronym is null ? mention : mention with { Last = end + 3 };
    }
}
