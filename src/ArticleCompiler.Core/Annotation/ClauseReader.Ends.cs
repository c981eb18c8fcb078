using System;
using System.Collections.Generic;

namespace ArticleCompiler.Annotation;

/// <summary>
/// Where a reported clause ends before its sentence does: the words where the reporter or the writer
/// takes over (", but the board ...", ", compared with ...", "and criticized ...", "— a plan ..."), and the
/// comma that closes a subordinate clause holding the report.
/// </summary>
internal static partial class ClauseReader
{
    // Whether token x stands in a subordinate clause that opens its sentence ("When Roe said [x ...", "Even
    // as he accused [x ...", "Three years after voters said [x ..."): a subordinator among the sentence's first
    // words, and no comma between it and x.
    private static bool InOpeningSubordinate(ParagraphContext p, int x)
    {
        var tokens = p.Tokens;
        var start = SkipDateline(p, p.SentenceStartToken(x));
        var subordinator = -1;
        for (var i = start; i < x && i <= start + 3; i++)
        {
            if (!tokens[i].IsWord || p.InQuote(tokens[i].Start))
            {
                return false;
            }

            if (EnglishLexicon.IsSubordinator(tokens[i].Text) && tokens[i].Text is not ("whether" or "where" or "Whether" or "Where"))
            {
                subordinator = i;
                break;
            }
        }

        if (subordinator < 0)
        {
            return false;
        }

        for (var i = subordinator + 1; i < x; i++)
        {
            if (IsClauseComma(tokens, i) && !p.InQuote(tokens[i].Start))
            {
                return false;
            }
        }

        return true;
    }

    // Whether token i is a comma between clauses, not one inside a number ("2,400").
    internal static bool IsClauseComma(IReadOnlyList<TextToken> tokens, int i) =>
        tokens[i].Is(',') && !(i > 0 && i + 1 < tokens.Count && tokens[i - 1].End == tokens[i].Start && tokens[i + 1].Start == tokens[i].End
            && char.IsDigit(tokens[i - 1].Text[tokens[i - 1].Text.Length - 1]) && char.IsDigit(tokens[i + 1].Text[0]));

    // Whether the reported words end before token 'at': ", who ..." (a relative clause about someone
    // named in them), ", a plan that ..." (an apposition to them), ", compared with ..." (the writer's
    // comparison), ", but the board ..." (a second main clause), ", warning that ..." or "and criticized
    // ..." (the reporter's next act of speech), or an em dash before lower-case words ("— a
    // controversial proposal he has raised"). Other commas (", when", ", with", ", citing") are not
    // breaks: news reports run on through them as often as not.
    private static bool EndsReport(IReadOnlyList<TextToken> tokens, int at, int sentenceEnd, bool comma)
    {
        if (at + 1 > sentenceEnd || !tokens[at + 1].IsWord)
        {
            return false;
        }

        if (comma)
        {
            var next = tokens[at + 1].Text;
            if (next is "who" or "a" or "compared" || EnglishLexicon.IsReportEndingAfterComma(next) || (tokens[at + 1].IsLowerCase && EnglishLexicon.IsReporterParticiple(next)))
            {
                return true;
            }

            if (next == "also" && at + 3 <= sentenceEnd && tokens[at + 2].Text == "known" && tokens[at + 3].Text == "as")
            {
                // ", also known as ISIL": another name for what the report named, the writer's.
                return true;
            }

            if (next == "but" && at + 2 <= sentenceEnd && OpensSubject(tokens[at + 2]))
            {
                // "said the plan would work, but the board disagreed": the contrast is not the reporter's words.
                return true;
            }

            if (next is "and" or "but" && SecondReport(tokens, at + 2, sentenceEnd))
            {
                return true;
            }

            // ", and called him ...", ", but did not ...": a second verb of the reporter's, not the report's.
            return next is "and" or "but" && at + 2 <= sentenceEnd && tokens[at + 2].IsLowerCase && IsPastVerb(tokens[at + 2].Text);
        }

        if (tokens[at].Text == "according" && tokens[at + 1].Text == "to")
        {
            // "said turnout rose according to the county": another source's attribution, not the report.
            return true;
        }

        if (tokens[at].Text is "and" or "but")
        {
            // "said the plan would work and criticized the board", "... but warning that ...": the reporter's next act.
            var verb = tokens[at + 1];
            if (verb.IsLowerCase && (EnglishLexicon.IsReporterAct(verb.Text) || EnglishLexicon.IsReporterParticiple(verb.Text)))
            {
                return true;
            }

            if (SecondReport(tokens, at + 1, sentenceEnd))
            {
                return true;
            }

            // "said he would vote for her but did not endorse her": a negated second verb is the reporter's.
            return tokens[at].Text == "but" && at + 2 <= sentenceEnd && verb.Text is "did" or "does" or "would" or "has" or "have" && tokens[at + 2].Text == "not";
        }

        // "- a plan the council rejected": a hyphen or en dash as a dash before an apposition, as the em dash before any lower-case word.
        return (tokens[at].Is('\u2014') && tokens[at + 1].IsLowerCase)
            || ((tokens[at].Is('-') || tokens[at].Is('\u2013')) && tokens[at].Start > 0 && tokens[at - 1].End < tokens[at].Start && tokens[at + 1].Text is "a" or "an" or "the");
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

    // Whether a token can open the subject of a new clause: a pronoun, a name, "the", "many" ...
    private static bool OpensSubject(TextToken token) =>
        token.IsCapitalised || EnglishLexicon.IsPronoun(token.Text) || EnglishLexicon.IsSubjectLead(token.Text);

    // A verb in the past tense that can follow "and" with the reporter as its subject ("and called", "but did").
    private static bool IsPastVerb(string word) =>
        (word.Length > 4 && word.EndsWith("ed", StringComparison.Ordinal) && !word.EndsWith("eed", StringComparison.Ordinal)) || word is "did" or "said" or "told" or "took" or "made" or "gave" or "went" or "spent" or "sent";
}
