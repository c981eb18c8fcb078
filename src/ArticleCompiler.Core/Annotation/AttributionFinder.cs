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
    private const double Named = 0.95;
    private const double Described = 0.85;
    private const double SplitQuote = 0.85;
    private const double Pronoun = 0.75;
    private const double PreviousParagraph = 0.6;
    private const double Unnamed = 0.6;

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
        RegisterTitledPeople();
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
            ResolveInOrder(paragraph, items, lastParagraphSpeaker);
            lastParagraphSpeaker = _found.Skip(foundBefore).Where(q => q.CloseBlock == b && q.Speaker is not null).OrderBy(q => q.End).LastOrDefault()?.Speaker ?? (paragraph.Quotes.Count > 0 ? null : lastParagraphSpeaker);
        }
    }

    // People named with a title anywhere ("Russian President Vladimir Putin") are known before
    // they speak, so that "Putin said" later finds the full name and role.
    private void RegisterTitledPeople()
    {
        foreach (var block in _article.Blocks.Where(b => b.Kind == RawBlockKind.Paragraph))
        {
            var tokens = TextToken.Split(block.Text, 0, block.Text.Length);
            for (var i = 0; i < tokens.Count; i++)
            {
                if (!tokens[i].IsCapitalised || !EnglishLexicon.IsTitleWord(tokens[i].Text))
                {
                    continue;
                }

                var end = MentionReader.CapitalisedRunEnd(tokens, i, tokens.Count - 1);

                var start = i;
                while (start - 1 >= 0 && tokens[start - 1].IsWord && tokens[start - 1].IsCapitalised && start - 1 > 0)
                {
                    start--;
                }

                var mention = MentionReader.ReadBackward(block.Text, tokens, end + 1, start);
                if (mention is { Kind: MentionKind.Name, IsOrganisation: false, Role: not null, Name: { } name } && name.Contains(' '))
                {
                    _speakers.Add(name, mention.Role, isOrganisation: false, acronym: null);
                }

                i = end;
            }
        }
    }

    private IEnumerable<Item> FindDirectQuotes(ParagraphContext p)
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

            yield return new Item(openHere ? span.Open : 0, kind, span, -1, -1, cue, factor, words, scare && cue is null) { CueIsSubject = factor < 1 };
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

    private IEnumerable<Item> FindReportedSpeech(ParagraphContext p)
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

    private IEnumerable<Item> AddingThat(ParagraphContext p, int from, int sentenceEnd, Mention mention)
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
    private IEnumerable<Item> SentenceSubjects(ParagraphContext p)
    {
        foreach (var (start, _) in p.Sentences)
        {
            if (SentenceSubject(p, start) is { IsOrganisation: false } subject)
            {
                yield return new Item(p.Tokens[subject.First].Start, QuoteKind.Direct, null, -1, -1, subject, 1.0, 0, false) { IsSubject = true, MentionOrder = p.Tokens[subject.First].Start };
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

    private Item Indirect(ParagraphContext p, (int Start, int End, int EndToken) clause, Mention mention, double factor) =>
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

    private void ResolveInOrder(ParagraphContext p, List<Item> items, Entity? previousParagraphSpeaker)
    {
        var indirect = new List<(int Start, int End, Entity? Speaker, double Confidence)>();
        Item? previousDirect = null;
        Entity? previousDirectSpeaker = null;
        var previousDirectConfidence = 0.0;
        foreach (var item in items.OrderBy(i => i.Cue is null ? i.Order : Math.Min(i.Order, i.MentionOrder ?? i.Order)))
        {
            if (item.IsSubject)
            {
                var name = item.Cue!.Name!;
                var entity = _speakers.Find(name) ?? _speakers.Add(name, item.Cue.Role, isOrganisation: false, acronym: null);
                _speakers.Touch(entity, spoke: false);
                _speakers.LastSubject = entity;
                continue;
            }

            Entity? speaker = null;
            var confidence = 0.0;
            var reason = "no speaker found";
            var enclosing = item.Span is { } quoted && quoted.OpenBlock == p.Block ? indirect.FirstOrDefault(r => r.Start <= quoted.Open && quoted.Close < r.End) : default;
            if (item.CueIsSubject && enclosing.Speaker is not null)
            {
                (speaker, confidence, reason) = (enclosing.Speaker, enclosing.Confidence, "inside the reported speech of " + enclosing.Speaker.Name);
            }
            else if (item.Cue is { } cue)
            {
                (speaker, confidence, reason) = Resolve(cue);
                confidence = Math.Round(confidence * item.Factor, 2);
            }

            if (item.Kind == QuoteKind.Indirect)
            {
                if (speaker is not null)
                {
                    // Reported speech inside someone's quote does not make its speaker the one "he" means.
                    indirect.Add((item.Start, item.End, speaker, confidence));
                    _speakers.Touch(speaker, spoke: !p.InQuote(item.Start));
                }

                _found.Add(new QuoteAnnotation(QuoteKind.Indirect, p.Block, item.Start, p.Block, item.End, speaker, confidence, reason));
                continue;
            }

            var span = item.Span!;
            if (speaker is null)
            {
                var open = span.OpenBlock == p.Block ? span.Open : -1;
                var around = indirect.FirstOrDefault(r => r.Start <= open && span.Close < r.End);
                if (around.Speaker is not null && !item.IsScareQuote)
                {
                    (speaker, confidence, reason) = (around.Speaker, around.Confidence, "inside the reported speech of " + around.Speaker.Name);
                }
                else if (item.Words < Parsing.SyntaxRules.CountWords("a b c d") || item.IsScareQuote)
                {
                    continue;
                }
                else if (previousDirect is not null && previousDirectSpeaker is not null)
                {
                    (speaker, confidence, reason) = (previousDirectSpeaker, Math.Min(previousDirectConfidence, SplitQuote), "continues the quote before it");
                }
                else if ((span.OpenBlock != p.Block || span.Open == 0) && previousParagraphSpeaker is not null)
                {
                    (speaker, confidence, reason) = (previousParagraphSpeaker, PreviousParagraph, "continues the previous paragraph's speaker");
                }
            }

            if (speaker is not null)
            {
                _speakers.Touch(speaker, spoke: true);
                previousDirect = item;
                previousDirectSpeaker = speaker;
                previousDirectConfidence = confidence;
            }

            _found.Add(new QuoteAnnotation(item.Kind, span.OpenBlock, span.Open, span.CloseBlock, span.Close + 1, speaker, confidence, reason));
        }
    }

    private (Entity? Speaker, double Confidence, string Reason) Resolve(Mention mention)
    {
        switch (mention.Kind)
        {
            case MentionKind.Name when mention.IsOrganisation:
            {
                var entity = (mention.Acronym is null ? null : _speakers.Find(mention.Acronym)) ?? _speakers.Add(mention.Name!, null, isOrganisation: true, mention.Acronym);
                if (!string.Equals(mention.Name, entity.Name, StringComparison.Ordinal) && mention.Name!.Length < entity.Name.Length)
                {
                    entity.AddAlias(mention.Name);
                }

                return (entity, Named, "named: " + mention.Text);
            }

            case MentionKind.Name:
            {
                var name = mention.Name!;
                var entity = _speakers.Find(name);
                if (entity is null)
                {
                    // A lone acronym or one capitalised word that is no known person: an organisation
                    // if it looks like one, else a person known by one name.
                    entity = _speakers.Add(name, mention.Role, isOrganisation: false, acronym: null);
                }
                else
                {
                    entity.Role ??= mention.Role;
                }

                if (!name.Contains(' ') && !string.Equals(name, entity.Name, StringComparison.Ordinal))
                {
                    entity.AddAlias(name);
                }

                return (entity, Named, "named: " + mention.Text);
            }

            case MentionKind.Pronoun:
            {
                var pronoun = mention.Text.ToLowerInvariant();
                if (pronoun is "he" or "she")
                {
                    var speaker = _speakers.LastSpeaker is { IsOrganisation: false } person ? person : null;
                    var subject = _speakers.LastSubject;
                    var last = subject is not null && (speaker is null || subject.LastSeen > speaker.LastSeen) ? subject : speaker;
                    return last is null ? (null, 0, "'" + mention.Text + "' with no one before it") : (last, Pronoun, "'" + mention.Text + "' taken as " + last.Name);
                }

                var organisation = pronoun is "it" or "they" or "we" ? _speakers.LastOrganisation() : null;
                return organisation is null ? (null, 0, "'" + mention.Text + "' with no one before it") : (organisation, pronoun == "it" ? 0.7 : 0.5, "'" + mention.Text + "' taken as " + organisation.Name);
            }

            default:
            {
                var head = mention.Head;
                var entity = _speakers.FindByDescriptor(head);
                if (entity is not null)
                {
                    var alias = char.ToLowerInvariant(mention.Text[0]) + mention.Text.Substring(1);
                    if (alias.StartsWith("the ", StringComparison.Ordinal))
                    {
                        entity.AddAlias(alias);
                    }

                    return (entity, Described, "'" + mention.Text + "' taken as " + entity.Name);
                }

                if (head.StartsWith("spokes", StringComparison.OrdinalIgnoreCase) && _speakers.LastOrganisation() is { } organisation)
                {
                    return (organisation, PreviousParagraph, "'" + mention.Text + "' taken as speaking for " + organisation.Name);
                }

                // Someone the article describes but does not name ("his publicist", "German officials").
                if (head.All(char.IsLetter) && !EnglishLexicon.IsQuantityWord(head))
                {
                    var name = EnglishLexicon.StripArticle(mention.Text);
                    var described = _speakers.Find(name) ?? _speakers.Add(name, null, isOrganisation: EnglishLexicon.IsGroupNoun(head), acronym: null);
                    return (described, Unnamed, "'" + mention.Text + "' is no one the article names");
                }

                return (null, 0, "'" + mention.Text + "' is no one named in the article");
            }
        }
    }

    /// <summary>A quote or a stretch of reported speech waiting for its speaker.</summary>
    private sealed record Item(int Order, QuoteKind Kind, QuoteSpan? Span, int Start, int End, Mention? Cue, double Factor, int Words, bool IsScareQuote)
    {
        public int? MentionOrder { get; init; }

        /// <summary>The cue is only the sentence's subject: reported speech around the quote wins.</summary>
        public bool CueIsSubject { get; init; }

        /// <summary>Not a quote: a sentence's named subject, remembered for pronouns.</summary>
        public bool IsSubject { get; init; }
    }
}
