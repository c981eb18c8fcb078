using System;
using System.Collections.Generic;

namespace ArticleCompiler.Annotation;

/// <summary>
/// What may follow a report and end it (<see cref="ClauseReader"/>'s EndsReport): the writer's comment after ", as",
/// an attribution of another source that closes the sentence, and a second report with its own reporter.
/// </summary>
internal static partial class ClauseReader
{
    // Whether the words after ", as" at i are the writer's comment on the report: an auxiliary that stands for its
    // verb ("as have her rivals", "as was the case"), a reporting participle ("as mentioned above"), or a subject of
    // up to five words and a reporting verb that ends the sentence or a clause ("as The Times reported on Tuesday,").
    private static bool AsComment(IReadOnlyList<TextToken> tokens, int i, int sentenceEnd)
    {
        if (i > sentenceEnd)
        {
            return false;
        }

        if (tokens[i].Text is "has" or "have" or "had" or "was" or "were" or "did" or "does" or "do" or "mentioned" or "noted" or "reported")
        {
            return true;
        }

        for (var j = i + 1; j <= sentenceEnd && j <= i + 5; j++)
        {
            if (!tokens[j].IsWord)
            {
                return false;
            }

            if (tokens[j].IsLowerCase && EnglishLexicon.IsReportingVerb(tokens[j].Text))
            {
                return true;
            }
        }

        return false;
    }

    // Whether the words from i to the sentence's end are an attribution of their own: a subject of up to six words
    // and a reporting verb ("the report said", "CNN reported late Thursday"), or the verb first ("reported the
    // Examiner"), with at most a time after it.
    private static bool TrailingAttribution(IReadOnlyList<TextToken> tokens, int i, int sentenceEnd)
    {
        var verb = -1;
        for (var j = i; j <= sentenceEnd && j <= i + 6; j++)
        {
            if (!tokens[j].IsWord || (tokens[j].IsLowerCase && EnglishLexicon.IsFiniteVerbLead(tokens[j].Text)))
            {
                // Not "he is often asked about it": an auxiliary makes a clause of the writer's, not an attribution.
                return false;
            }

            // "reported" is no inverted cue ("reported the Examiner" is rare) but closes a sentence as one: ", CNN reported."
            if (tokens[j].IsLowerCase && (EnglishLexicon.IsInvertedCue(tokens[j].Text) || (tokens[j].Text is "reported" or "reports" && j > i)) && tokens[j].Text is not ("continued" or "continues" or "according"))
            {
                // "continues" is as often the writer's verb ("the dialogue between them continues").
                verb = j;
                break;
            }
        }

        if (verb < 0)
        {
            return false;
        }

        var last = verb;
        while (last + 1 <= sentenceEnd && tokens[last + 1].IsWord && last < verb + 5)
        {
            last++;
            if (tokens[last].IsLowerCase && (EnglishLexicon.IsFiniteVerbLead(tokens[last].Text) || EnglishLexicon.IsSubjectPronoun(tokens[last].Text)))
            {
                // ", said the bridge was safe": the verb's own clause, a report of its own, not an attribution.
                return false;
            }
        }

        return (last + 1 > sentenceEnd || IsSentenceEnd(tokens[last + 1])) && (verb > i || last > verb);
    }

    // Whether token i opens a second report after "and"/"but": a reporting verb of the reporter's ("but insists
    // ...") or a pronoun and one ("and she accused ...", "but he said ...").
    private static bool SecondReport(IReadOnlyList<TextToken> tokens, int i, int sentenceEnd)
    {
        if (i > sentenceEnd || !tokens[i].IsLowerCase)
        {
            return false;
        }

        if (EnglishLexicon.IsClauseVerb(tokens[i].Text))
        {
            return true;
        }

        return i + 1 <= sentenceEnd && EnglishLexicon.IsPronoun(tokens[i].Text) && tokens[i + 1].IsLowerCase && EnglishLexicon.IsClauseVerb(tokens[i + 1].Text);
    }

    // Whether a main clause with a subject of its own opens at i: "the", "those", "there", a possessive or "both", or a
    // name, and a finite verb within five words ("the board has already sued", "those voters backed Roe", "there were
    // none", "his campaign is courting delegates").
    private static bool WritersClause(IReadOnlyList<TextToken> tokens, int i, int sentenceEnd)
    {
        if (i + 1 > sentenceEnd || !(tokens[i].Text is "the" or "those" or "there" or "his" or "her" or "their" or "both" || (tokens[i].IsCapitalised && !EnglishLexicon.IsCapitalisedSentenceWord(tokens[i].Text))))
        {
            return false;
        }

        for (var j = i + 1; j <= sentenceEnd && j <= i + 5; j++)
        {
            if (!tokens[j].IsWord)
            {
                return false;
            }

            if (tokens[j].IsLowerCase && (EnglishLexicon.IsFiniteVerbLead(tokens[j].Text) || IsPastVerb(tokens[j].Text)))
            {
                return true;
            }
        }

        return false;
    }

    // Whether a role follows "the": up to three lower-case words and "of" or "who" ("the founder of", "the mother of").
    private static bool RoleOf(IReadOnlyList<TextToken> tokens, int from, int sentenceEnd)
    {
        for (var i = from + 1; i <= sentenceEnd && i <= from + 3; i++)
        {
            if (tokens[i].Text is "of" or "who")
            {
                return true;
            }

            if (!tokens[i].IsLowerCase)
            {
                return false;
            }
        }

        return false;
    }

    // Whether a subject of up to five words and a reporting verb follow ("more than 4 in 10 said", "six in 10 said",
    // "the mayor's aides say").
    private static bool SubjectThenReport(IReadOnlyList<TextToken> tokens, int from, int sentenceEnd)
    {
        if (from > sentenceEnd || !(OpensSubject(tokens[from]) || char.IsDigit(tokens[from].Text[0]) || tokens[from].Text is "more" or "about" or "nearly" or "almost" or "several"
            || EnglishLexicon.IsCountWord(tokens[from].Text)))
        {
            return false;
        }

        for (var i = from + 1; i <= sentenceEnd && i <= from + 5; i++)
        {
            if (tokens[i].IsLowerCase && EnglishLexicon.IsClauseVerb(tokens[i].Text) && !tokens[i].Text.EndsWith("ing", StringComparison.Ordinal))
            {
                return true;
            }

            if (!tokens[i].IsWord)
            {
                return false;
            }
        }

        return false;
    }

    // Whether a name (with an apposition between commas) or a subject pronoun and then a reporting verb, perhaps negated
    // ("did not say"), follow: "Jane Roe, the harbour master, said", "he did not say".
    private static bool NamedReporterThenReport(IReadOnlyList<TextToken> tokens, int from, int sentenceEnd)
    {
        if (from + 1 > sentenceEnd)
        {
            return false;
        }

        var i = from;
        if (tokens[i].IsLowerCase && EnglishLexicon.IsSubjectPronoun(tokens[i].Text))
        {
            i++;
        }
        else if (tokens[i].IsCapitalised && !EnglishLexicon.IsCapitalisedSentenceWord(tokens[i].Text))
        {
            while (i <= sentenceEnd && tokens[i].IsCapitalised)
            {
                i++;
            }

            if (i <= sentenceEnd && tokens[i].Is(','))
            {
                // The apposition, up to its closing comma.
                var close = i + 1;
                while (close <= sentenceEnd && close <= i + 12 && tokens[close].IsWord)
                {
                    close++;
                }

                if (close > sentenceEnd || !tokens[close].Is(','))
                {
                    return false;
                }

                i = close + 1;
            }
        }
        else
        {
            return false;
        }

        if (i + 1 <= sentenceEnd && tokens[i].Text is "did" or "does" or "would" or "could" && tokens[i + 1].Text == "not")
        {
            i += 2;
        }

        return i <= sentenceEnd && tokens[i].IsLowerCase && (EnglishLexicon.IsClauseVerb(tokens[i].Text) || tokens[i].Text == "say") && !tokens[i].Text.EndsWith("ing", StringComparison.Ordinal);
    }

    // Whether a token can open the subject of a new clause: a pronoun, a name, "the", "many" ...
    private static bool OpensSubject(TextToken token) =>
        token.IsCapitalised || EnglishLexicon.IsPronoun(token.Text) || EnglishLexicon.IsSubjectLead(token.Text);

    // A verb in the past tense that can follow "and" with the reporter as its subject ("and called", "but did").
    private static bool IsPastVerb(string word) =>
        (word.Length > 4 && word.EndsWith("ed", StringComparison.Ordinal) && !word.EndsWith("eed", StringComparison.Ordinal)) || word is "did" or "said" or "told" or "took" or "made" or "gave" or "went" or "spent" or "sent";
}
