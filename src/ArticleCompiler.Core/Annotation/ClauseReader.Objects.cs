using System;
using System.Collections.Generic;

namespace ArticleCompiler.Annotation;

/// <summary>
/// Where a report that is a noun phrase ends: "stated his intention to run on Wednesday", "announced the deal
/// Monday", "never mentioned Clinton, who ...". What was said is the noun phrase; the time, the occasion and a
/// comma's tail after it are the writer's account of the saying.
/// </summary>
internal static partial class ClauseReader
{
    // The last token of the report from x to end when it is the noun-phrase object of the verb before x and a
    // time, an occasion or a comma follows the noun phrase; otherwise end.
    private static int ObjectEnd(ParagraphContext p, int x, int end)
    {
        var tokens = p.Tokens;
        if (x < 1 || x + 1 > end || !IsObjectVerb(tokens[x - 1]) || !OpensNounPhrase(tokens[x]) || p.InQuote(tokens[x].Start))
        {
            return end;
        }

        for (var k = x + 1; k <= end; k++)
        {
            if (p.InQuote(tokens[k].Start) || HasVerb(tokens[k], tokens[k - 1]))
            {
                return end;
            }

            if (IsClauseComma(tokens, k) && k + 1 <= end && EnglishLexicon.IsFiniteVerbLead(tokens[k + 1].Text))
            {
                // "reported Mahan's director, Jane Roe, has ...": an apposition to the clause's subject, then its verb.
                return end;
            }

            if (k > x && TailOfTheSaying(tokens, k, end))
            {
                return ThatOrAsAfter(tokens, k, end) ? end : k - 1;
            }
        }

        return end;
    }

    // Whether "that" or "as" follows between k and end: "cited a source for his claim in November that ...", the noun
    // phrase's own clause; "named the sanctions last summer, the closure of ... as having ...", what it was named as.
    private static bool ThatOrAsAfter(IReadOnlyList<TextToken> tokens, int k, int end)
    {
        for (var i = k; i <= end; i++)
        {
            if (tokens[i].Text is "that" or "as")
            {
                return true;
            }
        }

        return false;
    }

    // A verb whose report can be a noun phrase ("announced the deal", "stressed those worries"): a reporting
    // verb in lower case other than "said", and other than the verbs whose object is whom it was said to ("told",
    // "warned", "accused"): a person followed by the report ("accused Roe, the mayor, of lying").
    private static bool IsObjectVerb(TextToken verb) =>
        verb.IsLowerCase && verb.Text is not ("said" or "says" or "say" or "that") && !EnglishLexicon.IsTellVerb(verb.Text) && !EnglishLexicon.IsPersonObjectVerb(verb.Text)
        && (EnglishLexicon.IsReportingVerb(verb.Text) || EnglishLexicon.TakesReportedObject(verb.Text) || EnglishLexicon.IsDescribingReport(verb.Text));

    // A determiner or possessive that opens a noun phrase ("his", "the", "those"), or a name.
    private static bool OpensNounPhrase(TextToken token) =>
        EnglishLexicon.IsNounPhraseOpener(token.Text) || (token.IsCapitalised && !EnglishLexicon.IsPronoun(token.Text));

    // Whether a token shows the report is a clause, not a noun phrase: an auxiliary, a subject pronoun, a
    // relative or question word, or a past form not right after a determiner ("the plan failed", not "the proposed plan").
    private static bool HasVerb(TextToken token, TextToken before) =>
        token.IsLowerCase && (EnglishLexicon.IsFiniteVerbLead(token.Text) || EnglishLexicon.IsSubjectPronoun(token.Text) || EnglishLexicon.IsQuestionOpener(token.Text)
            || token.Text is "that" or "said" or "says" or "not" or "as"
            || (token.Text.Length > 4 && (token.Text.EndsWith("ed", StringComparison.Ordinal) || token.Text.EndsWith("ing", StringComparison.Ordinal)) && !EnglishLexicon.IsNounPhraseOpener(before.Text)));

    // Whether the comma at k stands in a list: another comma, "and" or "or" within the next three words ("the
    // school, the harbour wall and the library", "a dark, even grim, vision").
    private static bool ListGoesOn(IReadOnlyList<TextToken> tokens, int k, int end)
    {
        for (var i = k + 2; i <= end && i <= k + 4; i++)
        {
            if (tokens[i].Is(',') || tokens[i].Text is "and" or "or")
            {
                return true;
            }
        }

        return false;
    }

    // Whether token k opens the writer's account of the saying after the noun phrase: a comma, a time ("on
    // Wednesday", "Monday", "earlier Sunday", "in 2015"), an occasion ("in an interview", "at a rally", "via
    // Facebook") or "after"/"before" with what followed.
    private static bool TailOfTheSaying(IReadOnlyList<TextToken> tokens, int k, int end)
    {
        var t = tokens[k];
        if (IsClauseComma(tokens, k))
        {
            // Not a list (", including ...", ", and ...", ", her support for ...", "dark, even grim, vision"), "as" after
            // the object of "described" (", as the perfect day off"), a name ("the mayor, Jane Roe") or
            // a relative clause that may go on with the report's verb ("the plan, which X backs, would fail").
            return k + 1 <= end && tokens[k + 1].IsLowerCase && tokens[k + 1].Text is not ("including" or "and" or "or" or "which" or "who" or "as") && !EnglishLexicon.IsPossessive(tokens[k + 1].Text)
                && !ListGoesOn(tokens, k, end);
        }

        if ((EnglishLexicon.IsWeekday(t.Text) && !tokens[k - 1].IsCapitalised) || (t.IsLowerCase && EnglishLexicon.IsTimeAdverb(t.Text) && k + 1 <= end && EnglishLexicon.IsWeekday(tokens[k + 1].Text)))
        {
            return true;
        }

        if (t.Text == "in" && k + 1 <= end && tokens[k + 1].Text.Length == 4 && tokens[k + 1].Text.StartsWith("20", StringComparison.Ordinal))
        {
            return true;
        }

        if (k + 1 <= end && EnglishLexicon.IsTimeLead(t.Text) && EnglishLexicon.IsTimeWord(tokens[k + 1].Text))
        {
            return true;
        }

        if (t.Text is "after" or "before" && k + 1 <= end && tokens[k + 1].IsLowerCase)
        {
            return true;
        }

        if (ObjectTail(tokens, k, end))
        {
            return true;
        }

        if (t.Text is "in" or "at" or "on" or "during" or "via")
        {
            for (var i = k + 1; i <= end && i <= k + 3; i++)
            {
                if (EnglishLexicon.IsSpeechOccasion(tokens[i].Text))
                {
                    return true;
                }
            }
        }

        return false;
    }
}
