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
    // words, and no comma between it and x. An opening "Despite" or "Amid" phrase holds a report as a clause does
    // ("Despite Roe's claims that [x ...], the board ...").
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

            if ((EnglishLexicon.IsSubordinator(tokens[i].Text) && tokens[i].Text is not ("whether" or "where" or "Whether" or "Where")) || (i == start && tokens[i].Text is "Despite" or "Amid"))
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
            if (next is "who" or "who's" or "who\u2019s" or "a" or "compared" || EnglishLexicon.IsReportEndingAfterComma(next) || (tokens[at + 1].IsLowerCase && EnglishLexicon.IsReporterParticiple(next)))
            {
                return true;
            }

            if (next is "in" or "for" or "with" or "to" or "of" or "at" or "by" or "from" or "on" or "under" or "during" && at + 2 <= sentenceEnd && tokens[at + 2].Text is "whom" or "which")
            {
                // ", for whom she had worked", ", in which four died": a relative clause about someone or something the
                // report named, as ", who". Not a bare ", whom he called a fraud": as often the reporter's own words.
                return true;
            }

            if (next == "as" && AsComment(tokens, at + 2, sentenceEnd))
            {
                // ", as have other Democrats", ", as The Times reported on Tuesday", ", as mentioned above": the writer's comment.
                return true;
            }

            if (tokens[at].Is(',') && TrailingAttribution(tokens, at + 1, sentenceEnd))
            {
                // "said the talks had failed, the report said.": a second source's attribution closes the sentence. Not
                // after a quotation ('..., "I was busy," he wrote.'): that is a direct quote with its own cue.
                return true;
            }

            if (next == "the" && at + 2 <= sentenceEnd && tokens[at + 2].Text is "latter" or "former")
            {
                // ", the latter a reference to ...": the writer's gloss on what the report named.
                return true;
            }

            if (next == "also" && at + 3 <= sentenceEnd && tokens[at + 2].Text == "known" && tokens[at + 3].Text == "as")
            {
                // ", also known as ISIL": another name for what the report named, the writer's.
                return true;
            }

            if (next == "but" && at + 3 <= sentenceEnd && (tokens[at + 2].Text is "there" or "several" || (EnglishLexicon.IsAdverbialOpener(tokens[at + 2].Text) && tokens[at + 2].Text.EndsWith("ly", StringComparison.Ordinal) && OpensSubject(tokens[at + 3]))))
            {
                // ", but there is growing anger", ", but ultimately Prager thinks ...": the writer's contrast, as below.
                return true;
            }

            if (next == "but" && at + 2 <= sentenceEnd && OpensSubject(tokens[at + 2]))
            {
                // "said the plan would work, but the board disagreed": the contrast is not the reporter's words.
                return true;
            }

            if (next == "and" && tokens[at].Is(',') && WritersClause(tokens, at + 2, sentenceEnd))
            {
                // "said the plan would work, and the board has already sued": a main clause of its own after ", and". Not after
                // a quotation ('said it was "a fine plan," and the board ...'): the quoted words carry the report on as often.
                return true;
            }

            if (next is "and" or "but" && SecondReport(tokens, at + 2, sentenceEnd))
            {
                return true;
            }

            if (tokens[at + 1].IsLowerCase && next.Length > 5 && next.EndsWith("ing", StringComparison.Ordinal) && next is not ("including" or "according" or "during" or "following" or "regarding")
                && at + 2 <= sentenceEnd && tokens[at + 2].Text is "them" or "it" or "him" or "her" or "the" or "a" or "an" or "its" or "their" or "his" or "some")
            {
                // ", deeming them ...", ", drawing a ...": the writer's participle with its object after the report.
                return true;
            }

            if (next == "the" && at >= 1 && tokens[at - 1].IsCapitalised && RoleOf(tokens, at + 2, sentenceEnd))
            {
                // "said the board had sued Jane Roe, the founder of ...": an apposition to the name that ends the report.
                return true;
            }

            if (next is "and" or "but" or "though" or "although" && NamedReporterThenReport(tokens, at + 2, sentenceEnd))
            {
                // ", and Jane Roe, the harbour master, said ...", ", though he did not say ...": a second report whose
                // reporter is named with an apposition or negated, beyond the few words SubjectThenReport reads.
                return true;
            }

            if (next is "and" or "but" && SubjectThenReport(tokens, at + 2, sentenceEnd))
            {
                // ", and more than 4 in 10 said ...": a second report with its own subject.
                return true;
            }

            if (next is "and" && at + 3 <= sentenceEnd && EnglishLexicon.IsPronoun(tokens[at + 2].Text) && tokens[at + 3].IsLowerCase && IsPastVerb(tokens[at + 3].Text))
            {
                // ", and he railed against ...": the writer's next clause about the reporter.
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

        if (tokens[at].Is('(') && tokens[at].Start > 0 && tokens[at - 1].End < tokens[at].Start && tokens[at + 1].IsLowerCase)
        {
            // "(the existence of which ...": the writer's parenthesis after the report.
            return true;
        }

        // "- a plan the council rejected", "- though the council ...": a hyphen or en dash as a dash before an apposition or a
        // concession, as the em dash before any lower-case word.
        return (tokens[at].Is('\u2014') && tokens[at + 1].IsLowerCase)
            || ((tokens[at].Is('-') || tokens[at].Is('\u2013')) && tokens[at].Start > 0 && tokens[at - 1].End < tokens[at].Start && (tokens[at + 1].Text is "a" or "an" or "the" || (tokens[at + 1].IsLowerCase && EnglishLexicon.IsDashBreak(tokens[at + 1].Text))));
    }

    // The last token of the dash that closes an aside opened by the dash at 'open' ("— or a first one —",
    // "-- the party's leaders --"), when words of the clause follow it; otherwise null. A hyphen is a dash only
    // with a space before it, and "--" is one dash.
    private static int? AsideClose(IReadOnlyList<TextToken> tokens, int open, int sentenceEnd)
    {
        if (!IsAsideDash(tokens, open))
        {
            return null;
        }

        var kind = tokens[open].Text;
        var first = open;
        while (first + 1 <= sentenceEnd && tokens[first + 1].Is(kind[0]))
        {
            first++;
        }

        for (var i = first + 3; i <= sentenceEnd && i <= first + 20; i++)
        {
            if (IsSentenceEnd(tokens[i]))
            {
                return null;
            }

            if (tokens[i].Text == kind && IsAsideDash(tokens, i))
            {
                var close = i;
                while (close + 1 <= sentenceEnd && tokens[close + 1].Is(kind[0]))
                {
                    close++;
                }

                return close + 1 <= sentenceEnd && tokens[close + 1].IsLowerCase && !OpensOwnReport(tokens, close + 1, sentenceEnd) ? close : null;
            }
        }

        return null;
    }

    // Whether the words at i open a report of their own after an aside ("— who said ...", "- others say ..."):
    // a reporting verb among the first three words.
    private static bool OpensOwnReport(IReadOnlyList<TextToken> tokens, int i, int sentenceEnd)
    {
        for (var j = i; j <= sentenceEnd && j <= i + 2; j++)
        {
            if (tokens[j].IsLowerCase && EnglishLexicon.IsReportingVerb(tokens[j].Text))
            {
                // Not "the result, as he later explained, was ...": an aside inside the report, whose verb follows it.
                return !(j + 2 <= sentenceEnd && tokens[j + 1].Is(',') && EnglishLexicon.IsFiniteVerbLead(tokens[j + 2].Text));
            }
        }

        return false;
    }

    // Whether token i is a dash set off as one: an em or en dash, or a hyphen (or "--") with a space before it.
    private static bool IsAsideDash(IReadOnlyList<TextToken> tokens, int i) =>
        tokens[i].Is('\u2014') || tokens[i].Is('\u2013') || (tokens[i].Is('-') && i > 0 && (tokens[i - 1].End < tokens[i].Start || (tokens[i - 1].Is('-') && i > 1 && tokens[i - 2].End < tokens[i - 1].Start)));

    // Whether the relative clause or apposition at 'which' stands inside the report's subject: its closing comma is
    // followed by the subject's verb ("the pipeline, which the board backs, would not ...", "if her son, who is a
    // pilot, were flying ...", "the mayor, a former pilot, was ready ...").
    private static bool RelativeInSubject(ParagraphContext p, int which, int sentenceEnd)
    {
        var tokens = p.Tokens;
        for (var i = which + 1; i + 1 <= sentenceEnd && i <= which + 25; i++)
        {
            if (IsSentenceEnd(tokens[i]) || ReportedSubjectReader.IsDash(tokens[i]))
            {
                return false;
            }

            if (IsClauseComma(tokens, i))
            {
                var after = ReportedSubjectReader.IsQuoteMark(tokens[i + 1]) && i + 2 <= sentenceEnd ? tokens[i + 2] : tokens[i + 1];
                return after.IsLowerCase && EnglishLexicon.IsFiniteVerbLead(after.Text);
            }
        }

        return false;
    }
}
