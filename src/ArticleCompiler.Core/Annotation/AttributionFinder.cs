using System;
using System.Collections.Generic;
using System.Linq;
using ArticleCompiler.Model;

namespace ArticleCompiler.Annotation;

/// <summary>
/// Finds the quotes of a raw article and who said them: direct and partial quotes in quotation
/// marks (attributed by a reporting verb before or after them, across split quotes and "he added"),
/// and reported speech ("X said that ...", "According to X, ...", "..., X said").
/// </summary>
internal sealed class AttributionFinder
{
    private readonly RawArticle _article;
    private readonly SpeakerDirectory _speakers = new();
    private readonly List<QuoteAnnotation> _found = new();
    private readonly Dictionary<string, bool> _surnames = new(StringComparer.Ordinal);

    private AttributionFinder(RawArticle article) => _article = article;

    /// <summary>The quotes of <paramref name="article"/> and the people and organisations they come from.</summary>
    public static (IReadOnlyList<QuoteAnnotation> Quotes, SpeakerDirectory Speakers) Find(RawArticle article)
    {
        var finder = new AttributionFinder(article);
        finder.Run();
        return (finder._found, finder._speakers);
    }

    private void Run()
    {
        var blocks = _article.Blocks;
        var spans = QuoteSpan.Find(blocks);
        var spansByBlock = spans.SelectMany(span => Enumerable.Range(span.OpenBlock, span.CloseBlock - span.OpenBlock + 1).Select(b => (Block: b, Span: span))).ToLookup(x => x.Block, x => x.Span);
        var resolver = new SpeakerResolver(_speakers, _found);
        resolver.RegisterTitledPeople(_article.Blocks);
        Entity? lastParagraphSpeaker = null;
        for (var b = 0; b < blocks.Count; b++)
        {
            if (blocks[b].Kind != RawBlockKind.Paragraph)
            {
                continue;
            }

            var paragraph = new ParagraphContext(blocks[b].Text, b, spansByBlock[b].ToList());
            var foundBefore = _found.Count;
            var items = FindDirectQuotes(paragraph).Concat(FindReportedSpeech(paragraph)).Concat(SentenceSubjects(paragraph)).OrderBy(i => i.Order).ToList();
            resolver.ResolveInOrder(paragraph, items, lastParagraphSpeaker);
            lastParagraphSpeaker = _found.Skip(foundBefore).Where(q => q.CloseBlock == b && q.Speaker is not null).OrderBy(q => q.End).LastOrDefault()?.Speaker ?? (paragraph.Quotes.Count > 0 ? null : lastParagraphSpeaker);
        }
    }

    private IEnumerable<PendingAttribution> FindDirectQuotes(ParagraphContext p)
    {
        foreach (var span in p.Quotes.Where(q => q.CloseBlock == p.Block))
        {
            var openHere = span.OpenBlock == p.Block;
            var contentStart = openHere ? span.Open + 1 : 0;
            var content = p.Text.Substring(contentStart, span.Close - contentStart);
            if (content.Trim().Length == 0)
            {
                continue;
            }

            var letter = RawArticleReader.FirstLetter(content);
            var kind = letter != '\0' && char.IsUpper(letter) ? QuoteKind.Direct : QuoteKind.Partial;
            var words = Parsing.SyntaxRules.CountWords(content);
            var cue = FindCueAfter(p, span.Close) ?? (openHere ? FindCueBefore(p, span.Open) : null);
            var factor = 1.0;
            var scare = openHere && IsScareQuote(p, span.Open);
            if (cue is null && !scare && openHere && SentenceSubject(p, p.SentenceStartToken(p.TokenAfter(span.Open) - 1)) is { } subject && subject.Last < p.TokenAfter(span.Open) - 1)
            {
                // "Brudziński called the stabbing "an act of barbarity."": the sentence's subject.
                cue = subject;
                factor = 0.8;
            }

            yield return new PendingAttribution(openHere ? span.Open : 0, kind, span, -1, -1, cue, factor, words, scare && cue is null) { CueIsSubject = factor < 1 };
        }
    }

    private Mention? FindCueAfter(ParagraphContext p, int close)
    {
        var tokens = p.Tokens;
        var k = p.TokenAfter(close);
        if (k < tokens.Count && (tokens[k].Is(',') || tokens[k].Is('\u2014')))
        {
            k++;
        }

        if (k >= tokens.Count || p.SentenceStartToken(k) > p.TokenBefore(close + 1))
        {
            // The quote ended its sentence: what follows is the next one.
            return null;
        }

        var sentenceEnd = p.SentenceEndToken(k);
        if (EnglishLexicon.IsReportingVerb(tokens[k].Text) && tokens[k].IsLowerCase)
        {
            return MentionReader.ReadForward(p.Text, tokens, k + 1, sentenceEnd);
        }

        // ""...," according to Antonov" or "according to a tweet by Mike Pompeo".
        if (tokens[k].IsWordLike("according") && k + 1 <= sentenceEnd && tokens[k + 1].IsWordLike("to"))
        {
            var source = MentionReader.ReadForward(p.Text, tokens, k + 2, sentenceEnd);
            if (source is { Kind: MentionKind.Name })
            {
                return source;
            }

            for (var by = k + 2; by < sentenceEnd; by++)
            {
                if (tokens[by].Text == "by" && MentionReader.ReadForward(p.Text, tokens, by + 1, sentenceEnd) is { Kind: MentionKind.Name } author)
                {
                    return author;
                }
            }

            return source;
        }

        var mention = MentionReader.ReadForward(p.Text, tokens, k, sentenceEnd);
        if (mention is null)
        {
            return null;
        }

        var next = ClauseReader.SkipApposition(tokens, mention.Last + 1, sentenceEnd);
        return next <= sentenceEnd && next < tokens.Count && EnglishLexicon.IsReportingVerb(tokens[next].Text) && tokens[next].IsLowerCase ? mention : null;
    }

    private Mention? FindCueBefore(ParagraphContext p, int open)
    {
        var tokens = p.Tokens;
        var j = p.TokenBefore(open);
        if (j >= 0 && (tokens[j].Is(':') || tokens[j].Is(',')))
        {
            j--;
        }

        if (j >= 0 && tokens[j].IsWordLike("that"))
        {
            j--;
        }

        // "said on Friday "..."", "said yesterday "...""
        if (j >= 1 && EnglishLexicon.IsTimeWord(tokens[j].Text) && EnglishLexicon.IsTimeLead(tokens[j - 1].Text))
        {
            j -= 2;
        }
        else if (j >= 0 && EnglishLexicon.IsTimeAdverb(tokens[j].Text))
        {
            j--;
        }

        if (j < 0)
        {
            return null;
        }

        var sentenceStart = p.SentenceStartToken(j);
        if (EnglishLexicon.IsReportingVerb(tokens[j].Text) && tokens[j].IsLowerCase)
        {
            var end = j;
            while (end - 1 >= sentenceStart && tokens[end - 1].IsLowerCase && EnglishLexicon.IsPreVerbAdverb(tokens[end - 1].Text))
            {
                end--;
            }

            // "He went on to add", "She continued to say": the subject stands a few words earlier.
            var mention = MentionReader.ReadBackward(p.Text, tokens, end, sentenceStart);
            for (var skip = end - 1; mention is null && skip > sentenceStart && skip >= end - 4 && tokens[skip].IsLowerCase && !EnglishLexicon.IsPronoun(tokens[skip].Text); skip--)
            {
                var candidate = MentionReader.ReadBackward(p.Text, tokens, skip, sentenceStart);
                if (candidate is { Kind: MentionKind.Pronoun or MentionKind.Name })
                {
                    mention = candidate;
                }
            }

            return mention is { Kind: MentionKind.Name } ? mention : ClauseReader.AsSubject(tokens, mention, sentenceStart);
        }

        // "Morell praised Mendez on Twitter: "..."": the subject of the sentence before the colon.
        if (tokens[j + 1 < tokens.Count ? j + 1 : j].Is(':') && tokens[sentenceStart].IsCapitalised)
        {
            var subject = MentionReader.ReadForward(p.Text, tokens, sentenceStart, j);
            if (subject is { Kind: MentionKind.Name, IsOrganisation: false } && subject.Last + 1 <= j && tokens.Skip(subject.Last + 1).Take(j - subject.Last).Any(t => t.IsLowerCase))
            {
                return subject with { Text = subject.Text, Role = subject.Role };
            }
        }

        // "According to Antonov, "...""
        if (tokens[j].Is(',') || (j + 1 < tokens.Count && tokens[j + 1].Is(',')))
        {
            var end = tokens[j].Is(',') ? j : j + 1;
            var mention = MentionReader.ReadBackward(p.Text, tokens, end, sentenceStart);
            if (mention is not null && mention.First >= 2 && tokens[mention.First - 1].IsWordLike("to") && tokens[mention.First - 2].IsWordLike("according"))
            {
                return mention;
            }
        }

        return null;
    }

    private IEnumerable<PendingAttribution> FindReportedSpeech(ParagraphContext p)
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
    private (Mention? Mention, int After) TrailingAttribution(ParagraphContext p, int start, int sentenceEnd)
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

    private IEnumerable<PendingAttribution> AddingThat(ParagraphContext p, int from, int sentenceEnd, Mention mention)
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

    // Every sentence's named subject, so that "he" can mean the last person the text spoke of.
    private IEnumerable<PendingAttribution> SentenceSubjects(ParagraphContext p)
    {
        foreach (var (start, _) in p.Sentences)
        {
            if (SentenceSubject(p, start) is { IsOrganisation: false } subject)
            {
                yield return new PendingAttribution(p.Tokens[subject.First].Start, QuoteKind.Direct, null, -1, -1, subject, 1.0, 0, false) { IsSubject = true, MentionOrder = p.Tokens[subject.First].Start };
            }
        }
    }

    // The named person a sentence opens with, followed by a lower-case word (its verb).
    private Mention? SentenceSubject(ParagraphContext p, int sentenceStart)
    {
        var tokens = p.Tokens;
        var start = ClauseReader.SkipDateline(p, sentenceStart);

        if (start >= tokens.Count || !tokens[start].IsCapitalised)
        {
            return null;
        }

        var end = p.SentenceEndToken(start);
        var mention = MentionReader.ReadForward(p.Text, tokens, start, end);
        if (mention is not { Kind: MentionKind.Name } || mention.Last + 1 > end || tokens[mention.Last].Text.EndsWith("'s", StringComparison.Ordinal) || tokens[mention.Last].Text.EndsWith("\u2019s", StringComparison.Ordinal))
        {
            // "Angela Merkel's spokesperson ...": the subject is not the name.
            return null;
        }

        var next = ClauseReader.SkipToVerb(tokens, mention.Last + 1, end);
        var known = mention.Name!.Contains(' ') || _speakers.Find(mention.Name!) is not null || mention.IsOrganisation || IsSurnameInText(mention.Name!);
        return known && next <= end && tokens[next].IsLowerCase && !EnglishLexicon.IsPronoun(tokens[next].Text) ? mention : null;
    }

    // A one-word name the article also writes after a first name ("Adam Schiff" ... "Schiff").
    private bool IsSurnameInText(string name)
    {
        if (!_surnames.TryGetValue(name, out var known))
        {
            _surnames[name] = known = FindSurnameInText(name);
        }

        return known;
    }

    private bool FindSurnameInText(string name)
    {
        if (name.Length < 3 || EnglishLexicon.IsNameStop(name))
        {
            return false;
        }

        foreach (var block in _article.Blocks)
        {
            var text = block.Text;
            for (var at = text.IndexOf(" " + name, StringComparison.Ordinal); at > 0; at = text.IndexOf(" " + name, at + 1, StringComparison.Ordinal))
            {
                var end = at + 1 + name.Length;
                var before = at - 1;
                if ((end == text.Length || !char.IsLetter(text[end])) && before >= 0 && char.IsLetter(text[before]))
                {
                    var wordStart = before;
                    while (wordStart > 0 && char.IsLetter(text[wordStart - 1]))
                    {
                        wordStart--;
                    }

                    if (char.IsUpper(text[wordStart]) && !EnglishLexicon.IsNameStop(text.Substring(wordStart, before - wordStart + 1)))
                    {
                        return true;
                    }
                }
            }
        }

        return false;
    }

    // A reporting verb with its own subject inside a reported clause.
    private (int Verb, Mention Mention)? InnerReport(ParagraphContext p, int from, int to)
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

    private PendingAttribution Indirect(ParagraphContext p, (int Start, int End, int EndToken) clause, Mention mention, double factor) =>
        new(clause.Start, QuoteKind.Indirect, null, clause.Start, clause.End, mention, factor, 0, false) { MentionOrder = p.Tokens[mention.First].Start };

    private static bool IsScareQuote(ParagraphContext p, int open)
    {
        var j = p.TokenBefore(open);
        if (j < 0 || !EnglishLexicon.IsScareQuoteLead(p.Tokens[j].Text))
        {
            return false;
        }

        for (var k = j - 1; k >= 0 && k >= j - 5; k--)
        {
            if (EnglishLexicon.IsDescribingVerb(p.Tokens[k].Text))
            {
                return false;
            }
        }

        return true;
    }
}
