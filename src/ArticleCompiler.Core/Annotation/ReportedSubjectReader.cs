using System;
using System.Collections.Generic;

namespace ArticleCompiler.Annotation;

/// <summary>
/// Finds who reports, for the reported-speech rules, where the mention reader alone does not: a
/// subject before a long apposition ("Jane Roe, 41, a nurse from Ohio, said"), the subject of a
/// sentence whose reporting verb comes after "and" ("Roe thanked them and said ..."), a group or a
/// count ("59 percent said", "three in 10 voters say"), and what "according to" names.
/// </summary>
internal static partial class ReportedSubjectReader
{
    // How far the subject of a first verb carries to a reporting verb after "and" ("The league denounced the remarks
    // and said ..."): nearly as far as a subject before its verb, so that a description ("A spokesman for the mayor")
    // read so stays above the default minimum confidence, as it does before a verb of its own.
    private const double AndSubject = 0.95;

    /// <summary>
    /// The subject of the reporting verb whose first token (after pre-verb adverbs) is
    /// <paramref name="verbEnd"/>, and how far it carries (1 when it stands before the verb, less
    /// when it is the subject of an earlier verb); null when none is found.
    /// </summary>
    public static (Mention Mention, double Factor)? Before(ParagraphContext p, int verbEnd, int contentStart)
    {
        var tokens = p.Tokens;
        var back = MentionReader.ReadBackward(p.Text, tokens, verbEnd, contentStart);
        var mention = ClauseReader.AsSubject(tokens, back, contentStart) ?? AfterClosingQuote(tokens, back, contentStart) ?? AfterLeadingWords(p, back, contentStart) ?? AfterRelative(tokens, back, contentStart);
        if (mention is null && MentionReader.ReadForward(p.Text, tokens, contentStart, verbEnd - 1) is { } opening && opening.Last == verbEnd - 1)
        {
            // "Police press officer Monika Kosiec stated ...": a subject with its title in lower case.
            mention = opening;
        }

        if (mention is not null)
        {
            return (mention, 1.0);
        }

        var before = verbEnd - 1;
        if (before < contentStart)
        {
            return null;
        }

        if (before - 2 >= contentStart && tokens[before].Is(',') && tokens[before - 2].Is(',') && EnglishLexicon.IsInterjectedAdverb(tokens[before - 1].Text))
        {
            // "Proponents of the bill, however, say": the subject before the adverb's commas.
            return Before(p, before - 2, contentStart);
        }

        if (tokens[before].Is(',') || tokens[before].Is(')') || IsDash(tokens[before]))
        {
            // "Jane Roe, 41, a nurse from Ohio, said": the subject before its apposition; "Cement makers, for instance,
            // argue" and "A spokesman for the shop - a family firm - noted": the phrase before the aside.
            return (Opening(p, contentStart, before - 1, apposition: true) ?? BeforeAside(p, contentStart, before)) is { } named ? (named, 1.0) : null;
        }

        if (tokens[before].Text is "and" or "but")
        {
            // "Roe thanked the crowd and said ...": the sentence's subject, or that of the subordinate clause the verbs
            // stand in ("when Roe thanked the crowd and said ...").
            if (SubordinateSubject(p, before, contentStart) is { } nearer)
            {
                return (nearer, AndSubject);
            }

            return (Opening(p, contentStart, before - 1, apposition: false) ?? OpeningPhrase(p, contentStart, before - 1)) is { } subject ? (subject, AndSubject) : null;
        }

        // "Voters who say ...": the group before "who".
        var end = tokens[before].Text is "who" ? before - 1 : before;
        if (Group(p, end, contentStart) is { } group)
        {
            return (group, 1.0);
        }

        if (IsRelativeWho(tokens[before].Text) && RelativeAntecedent(p, before, contentStart) is { } antecedent)
        {
            // "fresh ammunition to Republicans who say ...", "64 percent who say ...": the people "who" stands for.
            return (antecedent, 1.0);
        }

        // "A spokesman for the buyer said": a descriptor and what it is of, for or at.
        for (var q = Math.Max(contentStart, before - 11); q < before; q++)
        {
            if ((q != contentStart && !tokens[q - 1].Is(',')) || !(EnglishLexicon.IsDeterminer(tokens[q].Text) || tokens[q].IsCapitalised) || EnglishLexicon.IsPronoun(tokens[q].Text))
            {
                continue;
            }

            var preposition = false;
            var plain = true;
            for (var i = q + 1; i <= before && plain; i++)
            {
                var of = tokens[i].Text is "of" or "for" or "at" or "from" or "with";
                preposition |= of && i > q + 1;
                plain = of || IsGroupToken(tokens[i], participles: false);
            }

            if (plain && preposition)
            {
                return (Descriptor(p, q, before), 1.0);
            }

            break;
        }

        // "The deputy head of the delegation to the forum said": the whole phrase that opens the sentence.
        return NounPhrase(p, contentStart, before) is { } phrase ? (phrase, 1.0) : null;
    }

    // The noun phrase that opens the sentence up to its first comma or dash, when an aside runs from there to the
    // comma or dash at 'close' just before the verb.
    private static Mention? BeforeAside(ParagraphContext p, int contentStart, int close)
    {
        var tokens = p.Tokens;
        for (var open = contentStart + 1; open < close - 1; open++)
        {
            if (tokens[open].Is(',') || IsDash(tokens[open]) || tokens[open].Is('('))
            {
                // A short phrase and a short aside: a long one is no subject ("Some accusations concerning ..., said Roe").
                var closes = tokens[open].Is(',') ? tokens[close].Is(',') : tokens[open].Is('(') ? tokens[close].Is(')') : IsDash(tokens[close]);
                if (!closes || open - contentStart > 7 || close - open > 11 || p.InQuote(tokens[open].Start) || tokens[open + 1].Text is "which" or "that")
                {
                    return null;
                }

                // "One pastor backing Roe, John Doe of ..., said": the name in the aside is who speaks.
                // Not in parentheses: "Rep. Jane Roe (D-Ohio) said" names a party and a state there.
                return tokens[open].Is(',') && MentionReader.ReadForward(p.Text, tokens, open + 1, close - 1) is { Kind: MentionKind.Name } named && named.First == open + 1
                    ? named
                    : NounPhrase(p, contentStart, open - 1);
            }

            if (IsQuoteMark(tokens[open]))
            {
                return null;
            }
        }

        return null;
    }

    // The subject right after a subordinator between the sentence's start and the "and" at 'and', with no comma
    // between: "... booed, and when Roe thanked the crowd and said ...".
    private static Mention? SubordinateSubject(ParagraphContext p, int and, int contentStart)
    {
        var tokens = p.Tokens;
        for (var k = and - 2; k >= contentStart && k >= and - 15; k--)
        {
            if (!tokens[k].IsWord)
            {
                return null;
            }

            if (tokens[k].IsLowerCase && EnglishLexicon.IsSubordinator(tokens[k].Text) && tokens[k].Text is not ("as" or "whether" or "if")
                && MentionReader.ReadForward(p.Text, tokens, k + 1, and - 1) is { } mention && mention.First == k + 1 && mention.Last + 1 < and && tokens[mention.Last + 1].IsLowerCase)
            {
                return mention;
            }
        }

        return null;
    }

    /// <summary>
    /// The first token of the words that belong to the reporting verb at <paramref name="verb"/>
    /// before it: adverbs and auxiliaries ("has also said"), a verb that leads an infinitive ("continued
    /// to say", "went on to argue", "is likely to stress") and a time between subject and verb ("Roe on
    /// Thursday declared"); its subject ends just before.
    /// </summary>
    public static int VerbGroupStart(ParagraphContext p, int verb, int contentStart)
    {
        var tokens = p.Tokens;
        var start = verb;
        for (var guard = 0; guard < 4; guard++)
        {
            var before = start;
            while (start - 1 >= contentStart && tokens[start - 1].IsLowerCase && (EnglishLexicon.IsPreVerbAdverb(tokens[start - 1].Text) || EnglishLexicon.IsAuxiliaryAdverb(tokens[start - 1].Text)))
            {
                start--;
            }

            if (start - 2 >= contentStart && tokens[start - 1].Text == "to" && tokens[start - 2].IsLowerCase && EnglishLexicon.IsInfinitiveLead(tokens[start - 2].Text))
            {
                start -= 2;
                if (start - 1 >= contentStart && tokens[start].Text == "on" && tokens[start - 1].Text is "went" or "goes" or "go")
                {
                    start--;
                }
                else if (tokens[start].Text is "likely" or "poised" or "expected" or "set" or "going" or "about" or "continuing")
                {
                    // "were slightly more likely to say", "is continuing to insist": back to the copula.
                    while (start - 1 >= contentStart && start > verb - 7 && tokens[start - 1].IsLowerCase && (tokens[start - 1].Text is "more" or "less" or "most" or "least" || EnglishLexicon.IsPreVerbAdverb(tokens[start - 1].Text)))
                    {
                        start--;
                    }

                    if (start - 1 >= contentStart && tokens[start - 1].Text is "is" or "was" or "are" or "were" or "'s" or "\u2019s")
                    {
                        start--;
                    }
                }
            }
            else if (start - 3 >= contentStart && EnglishLexicon.IsTimeWord(tokens[start - 1].Text) && EnglishLexicon.IsTimeLead(tokens[start - 2].Text) && (tokens[start - 3].IsWord || tokens[start - 3].Is(',')))
            {
                // "Roe on Thursday declared", "Jane Roe, a nurse, last week said": the apposition's comma may stand before the time.
                start -= 2;
            }
            else if (start - 4 >= contentStart && EnglishLexicon.IsTimeWord(tokens[start - 1].Text) && tokens[start - 2].Text == "past" && tokens[start - 3].Text is "this" or "the"
                && (tokens[start - 4].IsWord || tokens[start - 4].Is(',')))
            {
                // "Jane Roe, the chairwoman, this past week announced".
                start -= 3;
            }

            if (start == before)
            {
                break;
            }
        }

        return start;
    }

    /// <summary>The group that ends at <paramref name="end"/> right after the word <paramref name="lead"/> ("with 22 percent"), or null.</summary>
    public static Mention? GroupAfter(ParagraphContext p, string lead, int end, int contentStart)
    {
        var tokens = p.Tokens;
        var start = end;
        while (start - 1 > contentStart && start > end - 6 && IsGroupToken(tokens[start - 1], participles: true) && tokens[start - 1].Text != lead)
        {
            start--;
        }

        return start - 1 >= contentStart && tokens[start - 1].Text == lead && tokens[start].IsWord && !EnglishLexicon.IsPronoun(tokens[start].Text) ? Descriptor(p, start, end) : null;
    }

    /// <summary>Whether the mention follows a relative pronoun whose clause it reports: "the wall, which he said Mexico would pay for".</summary>
    public static bool IsAfterRelative(IReadOnlyList<TextToken> tokens, Mention mention, int contentStart) =>
        mention.First - 2 >= contentStart && tokens[mention.First - 1].Text is "which" or "who" or "whom";

    // '“We are ready,” Roe said, adding ...' and the doubled apostrophes of ''We are ready,'' Roe said: a subject right
    // after a closing quotation mark (the straight and opening marks are ClauseReader.AsSubject's).
    private static Mention? AfterClosingQuote(IReadOnlyList<TextToken> tokens, Mention? mention, int contentStart)
    {
        if (mention is null || mention.First - 1 < contentStart)
        {
            return null;
        }

        var before = tokens[mention.First - 1];
        return before.Is('\u201D') || (before.Is('\'') && mention.First - 2 >= contentStart && tokens[mention.First - 2].Is('\'')) ? mention : null;
    }

    private static Mention? AfterRelative(IReadOnlyList<TextToken> tokens, Mention? mention, int contentStart) =>
        mention is not null && IsAfterRelative(tokens, mention, contentStart) ? mention : null;

    // "Florida delegate John Archer, wearing a red shirt, said": a name after role words that open the clause.
    private static Mention? AfterLeadingWords(ParagraphContext p, Mention? mention, int contentStart)
    {
        var tokens = p.Tokens;
        if (mention is not { Kind: MentionKind.Name })
        {
            return null;
        }

        var s = mention.First;
        while (s - 1 >= contentStart && s > mention.First - 4 && tokens[s - 1].IsWord && IsGroupToken(tokens[s - 1], participles: false) && !EnglishLexicon.IsGroupPhraseWord(tokens[s - 1].Text))
        {
            s--;
        }

        return s < mention.First && (s == contentStart || tokens[s - 1].Is(',') || EnglishLexicon.IsSubjectOpener(tokens[s - 1].Text)) ? mention : null;
    }

    /// <summary>The subject the sentence opens with (after an opening adverbial and its comma), followed by its verb; else null.</summary>
    public static Mention? SentenceSubject(ParagraphContext p, int contentStart, int limit) => Opening(p, contentStart, limit, apposition: false);

    /// <summary>
    /// Who or what "according to" names, from <paramref name="first"/> to <paramref name="last"/>:
    /// a name or descriptor the mention reader reads there, else the phrase itself ("a CNN tally",
    /// "exit polls") as a descriptor.
    /// </summary>
    public static Mention? Phrase(ParagraphContext p, int first, int last)
    {
        var tokens = p.Tokens;
        if (first > last || !tokens[first].IsWord || p.InQuote(tokens[first].Start))
        {
            return null;
        }

        if (last - first >= 12)
        {
            // "early results of exit polls conducted by ... for ...": the source is named by its first words.
            var head = first + 1;
            while (head + 1 <= last && head < first + 8 && tokens[head + 1].IsWord
                && !(tokens[head + 1].IsLowerCase && ((EnglishLexicon.IsClauseWord(tokens[head + 1].Text) && tokens[head + 1].Text != "of") || tokens[head + 1].Text.EndsWith("ed", StringComparison.Ordinal))))
            {
                head++;
            }

            return head < first + 8 ? Phrase(p, first, head) : null;
        }

        if (MentionReader.ReadForward(p.Text, tokens, first, last) is { } mention && mention.Last == last)
        {
            return mention;
        }

        for (var i = first; i <= last; i++)
        {
            if (!tokens[i].IsWord && !tokens[i].Is('-') && !tokens[i].Is('/'))
            {
                return null;
            }
        }

        return tokens[last].IsWord ? Descriptor(p, first, last) : null;
    }

    // The first mention at the start of the sentence's content or after a comma in it, followed by an
    // apposition (a comma, a parenthesis or a dash) or by a lower-case word (its verb).
    private static Mention? Opening(ParagraphContext p, int from, int to, bool apposition)
    {
        // The subject stands within a few dozen words of its verb: a bound that keeps a run-on sentence linear.
        var tokens = p.Tokens;
        for (var q = Math.Max(from, to - 40); q <= to; q++)
        {
            if (q != from && !tokens[q - 1].Is(','))
            {
                continue;
            }

            var mention = MentionReader.ReadForward(p.Text, tokens, q, to);
            if (mention is null && !apposition)
            {
                mention = GroupBeforeVerb(p, q, to);
            }

            if (mention is null || mention.Last + 1 > to + 1 || p.InQuote(tokens[q].Start))
            {
                continue;
            }

            var next = tokens[mention.Last + 1];
            var fits = next.Is(',') || next.Is('(') || IsDash(next)
                || (!apposition && ((next.IsLowerCase && !EnglishLexicon.IsClauseWord(next.Text)) || next.Text is "has" or "had" or "was" or "is" or "also"));
            if (fits)
            {
                return mention;
            }
        }

        return null;
    }

    private static Mention Descriptor(ParagraphContext p, int first, int last)
    {
        var end = MentionReader.SubjectEnd(p.Tokens, first, last);
        if (end < last && MentionReader.ReadForward(p.Text, p.Tokens, first, end) is { } mention && mention.First == first && mention.Last == end)
        {
            // "Roe however said": what is left of the phrase is a name.
            return mention;
        }

        return new(first, end, MentionKind.Descriptor, p.Text.Substring(p.Tokens[first].Start, p.Tokens[end].End - p.Tokens[first].Start).Replace('\n', ' '), null, null, null, false);
    }

    /// <summary>A dash between words: "—", "–", or one of the two hyphens of "--".</summary>
    public static bool IsDash(TextToken token) => token.Is('\u2014') || token.Is('\u2013') || token.Is('-');

    /// <summary>A quotation mark token (straight, curly, or the apostrophes of "''").</summary>
    public static bool IsQuoteMark(TextToken token) => token.Is('"') || token.Is('\u201C') || token.Is('\u201D') || token.Is('\'') || token.Is('\u2019');
}
