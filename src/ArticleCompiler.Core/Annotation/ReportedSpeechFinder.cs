using System;
using System.Collections.Generic;
using ArticleCompiler.Model;

namespace ArticleCompiler.Annotation;

/// <summary>
/// Finds reported speech: a clause of someone's words without quotation marks, introduced or
/// followed by a reporting verb and its speaker ("X said that ...", "According to X, ...",
/// "..., X said").
/// </summary>
internal static class ReportedSpeechFinder
{
    /// <summary>
    /// The reported speech of a paragraph, sentence by sentence: "According to X, ...", "X said
    /// (that) ..." (with a speaker inside the clause taking over), "..., X said.", and a following
    /// ", adding that ..." for the same speaker.
    /// </summary>
    public static IEnumerable<PendingAttribution> Find(ParagraphContext p)
    {
        var tokens = p.Tokens;
        var claimedUntil = -1;
        foreach (var (sentenceStart, sentenceEnd) in p.Sentences)
        {
            var contentStart = ClauseReader.SkipDateline(p, sentenceStart);

            // According to X, CLAUSE.
            for (var i = contentStart; i + 1 <= sentenceEnd; i++)
            {
                if (!tokens[i].IsWordLike("according") || !tokens[i + 1].IsWordLike("to") || p.InQuote(tokens[i].Start))
                {
                    continue;
                }

                var mention = MentionReader.ReadForward(p.Text, tokens, i + 2, sentenceEnd);
                if (mention is null || mention.Last + 1 > sentenceEnd || !tokens[mention.Last + 1].Is(','))
                {
                    continue;
                }

                var clause = ClauseReader.ClauseFrom(p, mention.Last + 2, sentenceEnd);
                if (clause is { } c && i == contentStart)
                {
                    yield return Indirect(p, c, mention, 1.0);
                    claimedUntil = c.EndToken;
                    foreach (var more in AddingThat(p, c.EndToken + 1, sentenceEnd, mention))
                    {
                        yield return more;
                    }
                }
            }

            // X said (that) CLAUSE.
            for (var v = contentStart; v <= sentenceEnd; v++)
            {
                if (v <= claimedUntil || !tokens[v].IsLowerCase || !EnglishLexicon.IsClauseVerb(tokens[v].Text) || tokens[v].Text.EndsWith("ing", StringComparison.Ordinal))
                {
                    continue;
                }

                var verbEnd = v;
                while (verbEnd - 1 >= contentStart && tokens[verbEnd - 1].IsLowerCase && EnglishLexicon.IsPreVerbAdverb(tokens[verbEnd - 1].Text))
                {
                    verbEnd--;
                }

                if (verbEnd - 1 >= contentStart && EnglishLexicon.IsPassiveAuxiliary(tokens[verbEnd - 1].Text))
                {
                    // "The attacker is reported to ...": passive, not someone speaking.
                    continue;
                }

                var mention = ClauseReader.AsSubject(tokens, MentionReader.ReadBackward(p.Text, tokens, verbEnd, contentStart), contentStart);
                if (mention is null && MentionReader.ReadForward(p.Text, tokens, contentStart, verbEnd - 1) is { } opening && opening.Last == verbEnd - 1)
                {
                    // "Police press officer Monika Kosiec stated ...": a subject with its title in lower case.
                    mention = opening;
                }

                if (mention is null || (p.InQuote(tokens[v].Start) && mention.Kind != MentionKind.Name))
                {
                    continue;
                }

                var x = ClauseReader.SkipAfterVerb(tokens, v, sentenceEnd, out var withThat);
                if (x > sentenceEnd || tokens[x].Is(':') || tokens[x].Is('.') || tokens[x].Is(',') || (!withThat && !EnglishLexicon.TakesBareClause(tokens[v].Text))
                    || EnglishLexicon.IsNonClauseOpener(tokens[x].Text))
                {
                    continue;
                }

                var clause = ClauseReader.ClauseFrom(p, x, sentenceEnd);
                if (clause is { } outer && InnerReport(p, x, outer.EndToken) is { } inner)
                {
                    // "Reuters reported a source, whom they did not name, said ...": the inner speaker's.
                    var innerStart = ClauseReader.SkipAfterVerb(tokens, inner.Verb, sentenceEnd, out var innerThat);
                    if (innerStart <= sentenceEnd && ClauseReader.ClauseFrom(p, innerStart, sentenceEnd) is { } reported)
                    {
                        yield return Indirect(p, reported, inner.Mention, innerThat ? 1.0 : 0.9);
                        claimedUntil = reported.EndToken;
                    }

                    continue;
                }

                if (clause is { } c)
                {
                    yield return Indirect(p, c, mention, withThat ? 1.0 : 0.9);
                    claimedUntil = c.EndToken;
                    foreach (var more in AddingThat(p, c.EndToken + 1, sentenceEnd, mention))
                    {
                        yield return more;
                    }
                }
            }

            // CLAUSE, X said.
            if (claimedUntil < contentStart)
            {
                for (var comma = sentenceEnd; comma > contentStart + 2; comma--)
                {
                    if (!tokens[comma].Is(',') || p.InQuote(tokens[comma].Start))
                    {
                        continue;
                    }

                    var (mention, after) = TrailingAttribution(p, comma + 1, sentenceEnd);
                    if (mention is null)
                    {
                        continue;
                    }

                    var clause = ClauseReader.ClauseBetween(p, contentStart, comma - 1);
                    if (clause is { } c)
                    {
                        yield return Indirect(p, c, mention, 0.95);
                        foreach (var more in AddingThat(p, after, sentenceEnd, mention))
                        {
                            yield return more;
                        }
                    }

                    break;
                }
            }
        }
    }

    // ", X said." or ", said X." to the end of the sentence (or to ", adding that").
    private static (Mention? Mention, int After) TrailingAttribution(ParagraphContext p, int start, int sentenceEnd)
    {
        var tokens = p.Tokens;
        Mention? mention;
        int after;
        if (start <= sentenceEnd && tokens[start].IsLowerCase && EnglishLexicon.IsReportingVerb(tokens[start].Text))
        {
            mention = MentionReader.ReadForward(p.Text, tokens, start + 1, sentenceEnd);
            after = mention is null ? start : mention.Last + 1;
        }
        else
        {
            mention = MentionReader.ReadForward(p.Text, tokens, start, sentenceEnd);
            if (mention is null)
            {
                return (null, 0);
            }

            var verb = ClauseReader.SkipApposition(tokens, mention.Last + 1, sentenceEnd);
            if (verb > sentenceEnd || !EnglishLexicon.IsReportingVerb(tokens[verb].Text) || !tokens[verb].IsLowerCase)
            {
                return (null, 0);
            }

            after = ClauseReader.SkipAfterVerb(tokens, verb, sentenceEnd, out _);
        }

        if (mention is null)
        {
            return (null, 0);
        }

        // Nothing but an adverbial may follow: "on Thursday", "in a statement".
        var rest = after;
        while (rest <= sentenceEnd && !ClauseReader.IsSentenceEnd(tokens[rest]) && !tokens[rest].Is(',') && rest < after + 6)
        {
            rest++;
        }

        return rest > sentenceEnd || ClauseReader.IsSentenceEnd(tokens[rest]) || tokens[rest].Is(',') ? (mention, rest) : (null, 0);
    }

    private static IEnumerable<PendingAttribution> AddingThat(ParagraphContext p, int from, int sentenceEnd, Mention mention)
    {
        var tokens = p.Tokens;
        for (var i = from; i + 1 <= sentenceEnd; i++)
        {
            if (tokens[i].Is(',') && (tokens[i + 1].IsWordLike("adding") || tokens[i + 1].IsWordLike("saying")))
            {
                var x = i + 2;
                if (x <= sentenceEnd && tokens[x].IsWordLike("that"))
                {
                    x++;
                }

                if (ClauseReader.ClauseFrom(p, x, sentenceEnd) is { } c)
                {
                    yield return Indirect(p, c, mention, 0.95);
                }

                yield break;
            }
        }
    }

    // A reporting verb with its own subject inside a reported clause.
    private static (int Verb, Mention Mention)? InnerReport(ParagraphContext p, int from, int to)
    {
        var tokens = p.Tokens;
        for (var v = from + 1; v <= to; v++)
        {
            if (tokens[v].IsLowerCase && EnglishLexicon.IsClauseVerb(tokens[v].Text) && !p.InQuote(tokens[v].Start)
                && MentionReader.ReadBackward(p.Text, tokens, v, from) is { } inner && inner.First >= from && inner.Kind != MentionKind.Pronoun)
            {
                return (v, inner);
            }
        }

        return null;
    }

    private static PendingAttribution Indirect(ParagraphContext p, (int Start, int End, int EndToken) clause, Mention mention, double factor) =>
        new(clause.Start, QuoteKind.Indirect, null, clause.Start, clause.End, mention, factor, 0, false) { MentionOrder = p.Tokens[mention.First].Start };
}
