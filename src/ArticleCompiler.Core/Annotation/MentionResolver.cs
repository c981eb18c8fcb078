using System;
using System.Collections.Generic;
using System.Linq;
using ArticleCompiler.Model;

namespace ArticleCompiler.Annotation;

/// <summary>
/// Decides who said each quote: a named cue becomes a speaker (new or known), a pronoun the last
/// person spoken of, a description ("the diplomat") the speaker whose role fits it; a quote with no
/// cue continues the quote before it or the previous paragraph's speaker. The confidence says how.
/// </summary>
internal sealed partial class MentionResolver
{
    private const double Named = 0.95;
    private const double Described = 0.85;
    private const double SplitQuote = 0.85;
    private const double Pronoun = 0.75;
    // A score of its own, not the 0.6 of a described speaker: continuing the previous paragraph's
    // speaker is right about two times in three, a described speaker nine in ten, and calibration
    // can only tell them apart by their scores.
    private const double PreviousParagraph = 0.58;
    private const double Unnamed = 0.6;
    private const double SpeaksForOrganisation = 0.6;
    private const double UnreadCue = 0.4;

    // A cue read at the end of the quote's sentence, past words of the writer's after the quote: less
    // sure than a cue beside it.
    private const double LateCue = 0.9;

    // "Others argue that ...", "Many said ...": a group the article does not name speaks, as a news
    // reader takes it; written, but flagged, since the words may stand for people named before them.
    private const double UnnamedGroup = 0.55;

    // A pronoun with no one before it it can mean ("they said" in an article's first lines): the span
    // is written, flagged, with the pronoun standing in for the speaker the reader fills in.
    private const double UnknownPronoun = 0.56;

    private readonly SpeakerDirectory _speakers;
    private readonly List<QuoteAnnotation> _found;
    private readonly Dictionary<string, Entity> _unknown = new(StringComparer.Ordinal);

    /// <summary>A resolver that adds speakers to <paramref name="speakers"/> and quotes to <paramref name="found"/>.</summary>
    public MentionResolver(SpeakerDirectory speakers, List<QuoteAnnotation> found)
    {
        _speakers = speakers;
        _found = found;
    }

    /// <summary>
    /// Adds the people named with a title anywhere in <paramref name="blocks"/> ("Russian President
    /// Vladimir Putin") to the directory: they are known before they speak, so that "Putin said"
    /// later finds the full name and role.
    /// </summary>
    public void RegisterTitledPeople(IReadOnlyList<RawBlock> blocks)
    {
        foreach (var block in blocks.Where(b => b.Kind == RawBlockKind.Paragraph))
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

    /// <summary>
    /// Gives each quote and stretch of reported speech of one paragraph its speaker, in text order,
    /// and adds the results to the found quotes; sentence subjects only update who "he" may mean.
    /// </summary>
    public void ResolveInOrder(ParagraphContext p, List<PendingAttribution> items, Entity? previousParagraphSpeaker, Mention? introducer = null)
    {
        // "Cruz continued:" ending the paragraph before: its speaker says the quote that opens this one.
        var (introduced, introducedConfidence, introducedReason) = introducer is null ? (null, 0.0, string.Empty) : Resolve(introducer);
        var indirect = new List<(int Start, int End, Entity? Speaker, double Confidence)>();
        PendingAttribution? previousDirect = null;
        Entity? previousDirectSpeaker = null;
        var previousDirectConfidence = 0.0;
        foreach (var item in items.OrderBy(i => i.Cue is null ? i.Order : Math.Min(i.Order, i.MentionOrder ?? i.Order)))
        {
            if (item.IsMention)
            {
                _speakers.Mention(_speakers.Find(item.Cue!.Name!) ?? _speakers.Add(item.Cue.Name!, item.Cue.Role, isOrganisation: false, acronym: null));
                continue;
            }

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
            else if (item.Cue is { } group && EnglishLexicon.IsGroupQuantifier(group.Text) && !IsGroupSubject(p, group))
            {
                reason = "'" + group.Text + "' is no one named in the article";
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
                else if ((item.Words < Parsing.SyntaxRules.CountWords("a b c d") || item.IsScareQuote)
                    && !(previousDirect?.Span is { } before && previousDirectSpeaker is not null && DirectQuoteFinder.IsSentenceAfterQuote(p, span, before)))
                {
                    continue;
                }
                else if (introduced is not null && previousDirect is null && (span.OpenBlock != p.Block || span.Open == 0))
                {
                    (speaker, confidence, reason) = (introduced, Math.Round(introducedConfidence * 0.8, 2), "introduced by the paragraph before: " + introducedReason);
                }
                else if (previousDirect is not null && previousDirectSpeaker is not null)
                {
                    (speaker, confidence, reason) = (previousDirectSpeaker, Math.Min(previousDirectConfidence, SplitQuote), "continues the quote before it");
                }
                else if ((span.OpenBlock != p.Block || span.Open == 0) && previousParagraphSpeaker is not null)
                {
                    (speaker, confidence, reason) = (previousParagraphSpeaker, PreviousParagraph, "continues the previous paragraph's speaker");
                }

                if (speaker is not null && reason.StartsWith("continues", StringComparison.Ordinal) && span.CloseBlock == p.Block
                    && (UnreadCueVerb(p, span.Close, 8) ?? (UnreadCueVerb(p, span.Close, 25) is { } far && CueAround(p, far) is not null ? far : null)) is { } verb)
                {
                    if (CueAround(p, verb) is { } late && Resolve(late) is { Speaker: not null } named)
                    {
                        // '"Boots on the ground" would be needed, Roe said.': the cue at the end of the quote's
                        // sentence names its speaker.
                        (speaker, confidence, reason) = (named.Speaker, Math.Round(named.Confidence * LateCue, 2), named.Reason + ", after the quote's sentence");
                    }
                    else
                    {
                        // '"..." the 43-year-old asked': a cue the readers could not resolve names someone else;
                        // the speaker before is only a guess, listed but not written.
                        (confidence, reason) = (UnreadCue, reason + ", though a cue after the quote names someone the rules cannot read");
                    }
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

    // "he" or "she": the person last quoted or last named as a sentence's subject, whichever is more
    // recent, unless the text says that person takes the other pronoun ("Mrs. Lee", "spokesman",
    // "Hillary"); then the most recent person it fits. The answer then says which pronoun fits them.
    private Entity? PersonFor(char gender)
    {
        var speaker = _speakers.LastSpeaker is { IsOrganisation: false } person ? person : null;
        var subject = _speakers.LastSubject;
        var first = subject is not null && (speaker is null || subject.LastSeen > speaker.LastSeen) ? subject : speaker;
        var second = ReferenceEquals(first, subject) ? speaker : subject;
        var fits = new[] { first, second }.Concat(_speakers.RecentPeople(4)).FirstOrDefault(e => e is not null && (e.Gender is null || e.Gender == gender));
        if (fits is not null)
        {
            fits.Gender ??= gender;
        }

        return fits;
    }

    private static bool IsIndefinite(string description)
    {
        var first = description.Split(' ')[0].ToLowerInvariant();
        return first is "a" or "an" or "some" or "another" or "one";
    }

    // The stand-in for a pronoun that means no one the article named before it; kept out of the
    // directory, so that it never becomes whom a later pronoun means.
    private (Entity? Speaker, double Confidence, string Reason) Unknown(string pronoun)
    {
        if (!_unknown.TryGetValue(pronoun, out var entity))
        {
            var name = pronoun == "i" ? "I" : char.ToUpperInvariant(pronoun[0]) + pronoun.Substring(1);
            _unknown[pronoun] = entity = new Entity(name, null, pronoun is "it" or "they" or "we", int.MaxValue - 10 + _unknown.Count);
        }

        return (entity, UnknownPronoun, "'" + pronoun + "' with no one before it: the speaker is to fill in");
    }

    // The stand-in for a group named by a quantifier ("Others"), kept out of the directory like an
    // unknown pronoun's, so that "they" never means it.
    private (Entity? Speaker, double Confidence, string Reason) Group(string word)
    {
        var key = "group:" + word.ToLowerInvariant();
        if (!_unknown.TryGetValue(key, out var entity))
        {
            var name = char.ToUpperInvariant(word[0]) + word.Substring(1).ToLowerInvariant();
            _unknown[key] = entity = new Entity(name, null, isOrganisation: true, int.MaxValue - 10 + _unknown.Count);
        }

        return (entity, UnnamedGroup, "'" + word + "' is a group the article does not name");
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

                entity.Gender ??= EnglishLexicon.GenderOf(null, mention.Role);

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
                    var last = PersonFor(pronoun == "he" ? 'm' : 'f');
                    return last is null ? Unknown(pronoun) : (last, Pronoun, "'" + mention.Text + "' taken as " + last.Name);
                }

                var organisation = pronoun is "it" or "they" or "we" ? _speakers.LastOrganisation() : null;
                return organisation is null ? Unknown(pronoun) : (organisation, pronoun == "it" ? 0.7 : 0.5, "'" + mention.Text + "' taken as " + organisation.Name);
            }

            default:
            {
                var head = mention.Head;

                // "a Democratic senator said", "some officials said": an indefinite description brings
                // in someone new, never the senator or the officials already named.
                var entity = IsIndefinite(mention.Text) ? null : _speakers.FindByDescriptor(head);
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
                    return (organisation, SpeaksForOrganisation, "'" + mention.Text + "' taken as speaking for " + organisation.Name);
                }

                // Someone the article describes but does not name ("his publicist", "German officials").
                if (MentionReader.IsDescribedHead(head, mention.Text))
                {
                    var name = EnglishLexicon.StripArticle(mention.Text);
                    var described = _speakers.Find(name) ?? _speakers.Add(name, null, isOrganisation: EnglishLexicon.IsGroupNoun(head), acronym: null);
                    return (described, Unnamed, "'" + mention.Text + "' is no one the article names");
                }

                if (EnglishLexicon.IsGroupQuantifier(mention.Text))
                {
                    return Group(mention.Text);
                }

                return (null, 0, "'" + mention.Text + "' is no one named in the article");
            }
        }
    }
}
