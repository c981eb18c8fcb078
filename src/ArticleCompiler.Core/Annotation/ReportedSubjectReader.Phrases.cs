using System;

namespace ArticleCompiler.Annotation;

/// <summary>
/// Subjects no name or role reads: a whole noun phrase that opens the sentence and runs to its
/// reporting verb ("The deputy head of the delegation to the forum said", "Current and former staff
/// who spoke to the paper said").
/// </summary>
internal static partial class ReportedSubjectReader
{
    private const int LongestNounPhrase = 20;

    /// <summary>
    /// The noun phrase from the start of the sentence's content (past a connective such as "Even" or
    /// "But", and past an opening adverbial and its comma) to <paramref name="last"/>, the token just
    /// before its verb; null when those words read as anything but a subject.
    /// </summary>
    public static Mention? NounPhrase(ParagraphContext p, int contentStart, int last)
    {
        var tokens = p.Tokens;
        var first = contentStart;
        while (first < last && (tokens[first].Text is "Even" or "But" or "And" or "Yet" or "Still" or "So" or "Now" or "Meanwhile" or "Instead" or "Indeed" or "Rather" or "However" or "Thus" || tokens[first].Is(',')))
        {
            first++;
        }

        // A subject runs a few dozen words at most: the bound keeps a long sentence's many verbs linear.
        if (last - first > 2 * LongestNounPhrase)
        {
            return null;
        }

        // "On Thursday, the head of ... said": one opening adverbial and its comma.
        for (var c = first; c <= last; c++)
        {
            if (tokens[c].Is(','))
            {
                var lead = tokens[first].Text.ToLowerInvariant();
                if (c == first || !(EnglishLexicon.IsAdverbialOpener(lead) || EnglishLexicon.IsTimeWord(tokens[first].Text) || EnglishLexicon.IsTimeLead(lead)))
                {
                    return null;
                }

                first = c + 1;
                break;
            }
        }

        // After "But" or an opening adverbial, a bare noun may open the phrase ("But progressive groups ...").
        var bare = first > contentStart && tokens[first].IsLowerCase && !EnglishLexicon.IsClauseWord(tokens[first].Text) && !EnglishLexicon.IsPreVerbAdverb(tokens[first].Text)
            && !tokens[first].Text.EndsWith("ed", StringComparison.Ordinal) && !tokens[first].Text.EndsWith("ing", StringComparison.Ordinal);
        if (last - first < 1 || last - first >= LongestNounPhrase || !(bare || OpensNounPhrase(tokens[first])) || p.InQuote(tokens[first].Start))
        {
            return null;
        }

        var relative = -1;
        for (var i = first; i <= last; i++)
        {
            var t = tokens[i];
            if (!t.IsWord)
            {
                // "Sanders' aides": the apostrophe of a plural possessive.
                if (t.Is('%') || (t.Is('-') && i > first) || ((t.Is('\'') || t.Is('\u2019')) && i > first && tokens[i - 1].Text.EndsWith("s", StringComparison.Ordinal)))
                {
                    continue;
                }

                return null;
            }

            if (relative >= 0)
            {
                // "officials who spoke with the paper": the relative clause runs to the verb.
                continue;
            }

            // "An earlier report in a local paper said": after the phrase's first word, "report" is its noun, not a verb.
            if (EnglishLexicon.IsReportingVerb(t.Text) && t.IsLowerCase && !(i > first && EnglishLexicon.IsNounLikeCue(t.Text)))
            {
                return null;
            }

            // "groups that have endorsed him": "that" opens a relative clause when a verb follows it.
            if (i > first && (t.Text is "who" || (t.Text is "that" && i + 1 <= last && IsRelativeVerb(tokens[i + 1].Text))))
            {
                relative = i;
                continue;
            }

            if (t.IsLowerCase && !InsideNounPhrase(t.Text, tokens[Math.Max(i - 1, 0)], i + 1 <= last ? tokens[i + 1] : null, i == first))
            {
                return null;
            }
        }

        var end = relative >= 0 ? relative - 1 : last;
        return tokens[end].IsLowerCase && (EnglishLexicon.IsClauseWord(tokens[end].Text) || EnglishLexicon.IsDeterminer(tokens[end].Text) || tokens[end].Text.EndsWith("ly", StringComparison.Ordinal))
            ? null
            : Descriptor(p, first, end);
    }

    /// <summary>
    /// The noun phrase that opens the sentence, up to its verb ("The departments declined ...", "A
    /// spokesman for the mayor defended ..."): the subject of a later ", saying ..." or "and said"; null
    /// when no verb is read within <paramref name="limit"/>.
    /// </summary>
    public static Mention? OpeningPhrase(ParagraphContext p, int contentStart, int limit)
    {
        var tokens = p.Tokens;
        for (var j = contentStart + 1; j <= limit && j <= contentStart + LongestNounPhrase; j++)
        {
            var t = tokens[j];
            if (!t.IsWord || !t.IsLowerCase)
            {
                continue;
            }

            var verb = t.Text is "is" or "are" or "was" or "were" or "has" or "have" or "had" or "will" or "would" || (EnglishLexicon.IsIrregularPast(t.Text) && !OpensSubordinate(p, contentStart, j))
                || (t.Text.Length > 4 && t.Text.EndsWith("ed", StringComparison.Ordinal) && !EnglishLexicon.IsDeterminer(tokens[j - 1].Text) && !(j + 1 <= limit && tokens[j + 1].Text == "by"));
            if (verb)
            {
                // "Democrats are drawing up plans, saying ...": one plural noun is a phrase too.
                var lone = tokens[j - 1];
                return j - 1 == contentStart && lone.IsWord && lone.Text.Length > 3 && lone.Text.EndsWith("s", StringComparison.Ordinal) && !lone.Text.EndsWith("ss", StringComparison.Ordinal)
                    && !EnglishLexicon.IsPronoun(lone.Text.ToLowerInvariant()) && !EnglishLexicon.IsCapitalisedSentenceWord(lone.Text) && !p.InQuote(lone.Start)
                    ? Descriptor(p, j - 1, j - 1)
                    : NounPhrase(p, contentStart, j - 1);
            }

            if (t.Text is "who" or "that" or "which")
            {
                return null;
            }
        }

        return null;
    }

    // Whether a subordinator stands before 'end': "Just before the flight took off, ..." opens with no subject.
    private static bool OpensSubordinate(ParagraphContext p, int from, int end)
    {
        for (var i = from; i < end; i++)
        {
            if (EnglishLexicon.IsSubordinator(p.Tokens[i].Text))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsRelativeVerb(string word) =>
        word is "has" or "have" or "had" or "is" or "are" or "was" or "were" or "will" or "would" or "can" or "could" || (word.EndsWith("ed", StringComparison.Ordinal) && word.Length > 4);

    // A determiner, a quantity, a number or a capitalised word that is no sentence connective or preposition.
    private static bool OpensNounPhrase(TextToken token)
    {
        var lower = token.Text.ToLowerInvariant();
        if (EnglishLexicon.IsPronoun(lower) || EnglishLexicon.IsCapitalisedSentenceWord(token.Text) || EnglishLexicon.IsSubordinator(lower) || EnglishLexicon.IsAdverbialOpener(lower)
            || EnglishLexicon.IsNonSubjectLead(lower) || lower is "this" or "that" or "these" or "those" or "there" or "what" or "it's" or "it\u2019s" or "here" or "not" or "no" or "for" or "of")
        {
            return false;
        }

        return EnglishLexicon.IsDeterminer(lower) || EnglishLexicon.IsDescriptorQuantifier(lower) || char.IsDigit(token.Text[0]) || token.IsCapitalised;
    }

    // A lower-case word inside a subject before the relative clause: no finite verb, pronoun or clause link.
    private static bool InsideNounPhrase(string word, TextToken before, TextToken? after, bool opening)
    {
        if (EnglishLexicon.IsPronoun(word) || word is "that" or "which" or "whom" or "whose" or "what" or "where" or "when" or "if" or "because" or "but" or "or" or "not"
            || word is "is" or "are" or "was" or "were" or "has" or "have" or "had" or "will" or "would" or "can" or "could" or "should" or "may" or "might" or "must"
                or "do" or "does" or "did" or "be" or "been" or "being" or "also" or "then")
        {
            return false;
        }

        // "the delegation to the forum" is a phrase; "plans to run" is a verb.
        if (word == "to")
        {
            return after is { } next && (EnglishLexicon.IsDeterminer(next.Text) || next.IsCapitalised || char.IsDigit(next.Text[0]));
        }

        // "A redacted copy", "people polled by the paper" stay; "the council voted" is a verb. A participle right before
        // the reporting verb or before a place or a day ("voters polled said", "people briefed on the talks said", "a
        // statement posted Monday said") modifies the noun: a finite verb there would leave "said" without a subject.
        return !word.EndsWith("ed", StringComparison.Ordinal) || opening || EnglishLexicon.IsDeterminer(before.Text) || after is null
            || after is { Text: "by" or "on" or "in" or "at" or "to" } || (after is { } following && EnglishLexicon.IsTimeWord(following.Text));
    }
}
