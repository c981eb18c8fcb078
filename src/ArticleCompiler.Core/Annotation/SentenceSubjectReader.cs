using System;
using System.Collections.Generic;
using System.Linq;
using ArticleCompiler.Model;

namespace ArticleCompiler.Annotation;

/// <summary>
/// Reads who a sentence is about: the named person or organisation it opens with, if the article
/// knows the name (a full name, a known speaker, or a surname the text also writes after a first name).
/// </summary>
internal sealed class SentenceSubjectReader
{
    private readonly IReadOnlyList<RawBlock> _blocks;
    private readonly SpeakerDirectory _speakers;
    private readonly Dictionary<string, bool> _surnames = new(StringComparer.Ordinal);

    /// <summary>A reader over the article's <paramref name="blocks"/>, knowing the people in <paramref name="speakers"/>.</summary>
    public SentenceSubjectReader(IReadOnlyList<RawBlock> blocks, SpeakerDirectory speakers)
    {
        _blocks = blocks;
        _speakers = speakers;
    }

    /// <summary>
    /// Every sentence's named subject, so that "he" can mean the last person the text spoke of; and
    /// every other full name of a person outside quotation marks, the people "she" may mean when the
    /// subject and the last speaker are men ("... professor Brigid Harrison, Christie's stare ...").
    /// </summary>
    public IEnumerable<PendingAttribution> SentenceSubjects(ParagraphContext p)
    {
        foreach (var (start, _) in p.Sentences)
        {
            var subject = SentenceSubject(p, start) is { Kind: MentionKind.Name, IsOrganisation: false } named ? named : null;
            if (subject is not null)
            {
                yield return new PendingAttribution(p.Tokens[subject.First].Start, QuoteKind.Direct, null, -1, -1, subject, 1.0, 0, false) { IsSubject = true, MentionOrder = p.Tokens[subject.First].Start };
            }

            var end = p.SentenceEndToken(start);
            for (var k = start; k <= end; k++)
            {
                if (!p.Tokens[k].IsCapitalised || !p.Tokens[k].IsWord || (k > start && p.Tokens[k - 1].IsCapitalised) || p.InQuote(p.Tokens[k].Start) || (subject is not null && k >= subject.First && k <= subject.Last))
                {
                    continue;
                }

                var runEnd = MentionReader.CapitalisedRunEnd(p.Tokens, k, end);
                if (runEnd > k && MentionReader.ReadBackward(p.Text, p.Tokens, runEnd + 1, k) is { Kind: MentionKind.Name, IsOrganisation: false, Name: { } name } person && name.Contains(' ')
                    && EnglishLexicon.GenderOf(name.Substring(0, name.IndexOf(' ')), person.Role) is not null)
                {
                    yield return new PendingAttribution(p.Tokens[person.First].Start, QuoteKind.Direct, null, -1, -1, person, 1.0, 0, false) { IsMention = true, MentionOrder = p.Tokens[person.First].Start };
                }

                k = runEnd;
            }
        }
    }

    /// <summary>
    /// The named person a sentence opens with, followed by a lower-case word (its verb); when the
    /// sentence <paramref name="introducing"/> a quote, also after an opening phrase ("Earlier this
    /// week, Clinton told ...") and "he" or "she".
    /// </summary>
    public Mention? SentenceSubject(ParagraphContext p, int sentenceStart, bool introducing = false)
    {
        var tokens = p.Tokens;
        var start = ClauseReader.SkipDateline(p, sentenceStart);
        if (start >= tokens.Count)
        {
            return null;
        }

        var end = p.SentenceEndToken(start);
        start = introducing ? SkipOpener(tokens, start, end) : start;
        if (start > end || !(tokens[start].IsCapitalised || (introducing && tokens[start].Text is "he" or "she")) || EnglishLexicon.IsSubordinator(tokens[start].Text))
        {
            // "While Clinton spoke, the crowd chanted "...": a subordinate clause's subject is not the sentence's.
            return null;
        }

        // "He jokes, "..."", "She went on: "..."", "At the time, she released a statement: "..."";
        // and a partial quote's "He called it "a fundamental mistake."": the pronoun is its subject.
        if (tokens[start].Text.ToLowerInvariant() is "he" or "she" && introducing && start + 1 <= end && tokens[start + 1].IsLowerCase && !EnglishLexicon.IsClauseWord(tokens[start + 1].Text))
        {
            return new Mention(start, start, MentionKind.Pronoun, tokens[start].Text, null, null, null, false);
        }

        var mention = MentionReader.ReadForward(p.Text, tokens, start, end);
        if (mention is not { Kind: MentionKind.Name } || mention.Last + 1 > end || tokens[mention.Last].Text.EndsWith("'s", StringComparison.Ordinal) || tokens[mention.Last].Text.EndsWith("\u2019s", StringComparison.Ordinal))
        {
            // "Angela Merkel's spokesperson ...": the subject is not the name.
            return null;
        }

        var next = ClauseReader.SkipToVerb(tokens, mention.Last + 1, end);
        if (next + 1 <= end && tokens[next].Text is "was" or "were" && tokens[next + 1].Text is "asked" or "told" or "questioned" or "pressed")
        {
            // "Roe was asked by the host, "..."": the quote is the asker's, not the subject's.
            return null;
        }

        var known = mention.Name!.Contains(' ') || _speakers.Find(mention.Name!) is not null || mention.IsOrganisation || IsSurnameInText(mention.Name!);
        return known && next <= end && tokens[next].IsLowerCase && !EnglishLexicon.IsPronoun(tokens[next].Text) ? mention : null;
    }

    /// <summary>
    /// Who introduces the quotation opening at <paramref name="open"/> with a colon or a comma:
    /// "He put it this way: "..."", "Earlier this week, Clinton told an audience in Ohio, "..."".
    /// </summary>
    public Mention? IntroducingSubject(ParagraphContext p, int open) => IntroducerBefore(p, p.TokenBefore(open)) ?? SpeakerOfSentenceBefore(p, p.TokenBefore(open));

    // "Roe said in a statement. "..."", "Roe agreed. "..."": a sentence that says someone spoke, and
    // reports nothing itself, gives the quote after it to its subject.
    private Mention? SpeakerOfSentenceBefore(ParagraphContext p, int j)
    {
        var tokens = p.Tokens;
        if (j < 2 || !tokens[j].Is('.') || p.InQuote(tokens[j].Start))
        {
            return null;
        }

        var sentenceStart = p.SentenceStartToken(j);
        if (Enumerable.Range(sentenceStart, j - sentenceStart).Any(k => p.InQuote(tokens[k].Start) || tokens[k].IsWordLike("that"))
            || SentenceSubject(p, sentenceStart, introducing: true) is not { } subject)
        {
            return null;
        }

        var verb = ClauseReader.SkipToVerb(tokens, subject.Last + 1, j - 1);
        return verb < j && j - verb <= 6 && tokens[verb].IsLowerCase && EnglishLexicon.IsQuoteVerb(tokens[verb].Text) ? subject : null;
    }

    /// <summary>
    /// Who introduces the quote that opens the next paragraph, when this one ends in a colon:
    /// "Cruz continued:" or "Reporter Jane Roe says:" before a paragraph of quotation.
    /// </summary>
    public Mention? IntroducingSubjectAtEnd(ParagraphContext p)
    {
        var last = p.Tokens.Count - 1;
        return last >= 1 && p.Tokens[last].Is(':') && !p.InQuote(p.Tokens[last].Start) ? IntroducerBefore(p, last) : null;
    }

    private Mention? IntroducerBefore(ParagraphContext p, int j)
    {
        var tokens = p.Tokens;

        // "..., writing "..."", "..., saying "...": a participle of speech after a comma.
        if (j >= 2 && tokens[j].IsLowerCase && EnglishLexicon.IsParticiple(tokens[j].Text) && tokens[j - 1].Is(','))
        {
            j--;
        }

        if (j < 1 || !(tokens[j].Is(':') || tokens[j].Is(',')))
        {
            return null;
        }

        // "But, said Solovey, "..."", "Said Dorothy Poynter, who grew up with her, "..."" (not "telling Reuters, "..."": Reuters is told).
        var sentenceStart = p.SentenceStartToken(j);
        if (MentionReader.ReadBackward(p.Text, tokens, j, sentenceStart) is { Kind: not MentionKind.Pronoun } named && named.First > sentenceStart
            && tokens[named.First - 1].Text.ToLowerInvariant() is var verb && EnglishLexicon.IsReportingVerb(verb) && !verb.EndsWith("ing", StringComparison.Ordinal) && !verb.StartsWith("tel", StringComparison.Ordinal) && verb != "told")
        {
            return named;
        }

        var subject = SentenceSubject(p, sentenceStart, introducing: true);
        if (subject is null && tokens[sentenceStart].IsCapitalised && EnglishLexicon.IsSentenceAdverb(tokens[sentenceStart].Text) && sentenceStart + 1 < j && !tokens[sentenceStart + 1].Is(','))
        {
            // "Recently she announced on her page, in capital letters, "..."": an adverb with no comma after it
            // opens the sentence; the opener is not the words up to the first comma.
            subject = SentenceSubject(p, sentenceStart + 1, introducing: true);
        }

        return subject is not null && subject.Last < j - 1 ? subject : LeadingSource(p, sentenceStart, j) ?? (tokens[j].Is(':') ? ColonSubject(p, sentenceStart, j) : null);
    }

    // The subject of a sentence that ends in the colon before a quote, when it is no person the
    // article names: "The Clinton campaign worded it carefully: "..."", or a transcript's "Clinton: "..."".
    private static Mention? ColonSubject(ParagraphContext p, int sentenceStart, int colon)
    {
        var tokens = p.Tokens;

        // "TURNOUT DOESN'T RAISE HOPES - Ann Roe: "..."": a name after a dash, alone before the colon, signs the quote.
        if (MentionReader.ReadBackward(p.Text, tokens, colon, sentenceStart) is { Kind: MentionKind.Name, IsOrganisation: false } signed && signed.First > sentenceStart
            && ReportedSubjectReader.IsDash(tokens[signed.First - 1]) && signed.Name!.Contains(' '))
        {
            return signed;
        }

        var start = SkipOpener(tokens, ClauseReader.SkipDateline(p, sentenceStart), colon - 1);
        if (start >= colon || p.InQuote(tokens[start].Start) || !tokens[start].IsCapitalised || EnglishLexicon.IsSubordinator(tokens[start].Text)
            || MentionReader.ReadForward(p.Text, tokens, start, colon - 1) is not { Kind: not MentionKind.Pronoun } mention)
        {
            return null;
        }

        if (mention.Last == colon - 1)
        {
            return start == sentenceStart && mention.Kind == MentionKind.Name ? mention : null;
        }

        var verb = ClauseReader.SkipToVerb(tokens, mention.Last + 1, colon - 1);
        return verb < colon && tokens[verb].IsLowerCase && !EnglishLexicon.IsClauseWord(tokens[verb].Text) ? mention : null;
    }

    // A sentence that opens by naming the source of the quote after its comma or colon: "As the critic
    // Ann Roe put it, "..."", "According to the Daily Planet: "..."", "Said Ann Roe, who grew up there, "..."".
    private static Mention? LeadingSource(ParagraphContext p, int sentenceStart, int comma)
    {
        var tokens = p.Tokens;
        var start = ClauseReader.SkipDateline(p, sentenceStart);
        if (start + 2 >= comma || p.InQuote(tokens[start].Start))
        {
            return null;
        }

        if (tokens[start].Text == "According" && tokens[start + 1].Text == "to")
        {
            return ReportedSubjectReader.Phrase(p, start + 2, comma - 1);
        }

        if (tokens[start].Text == "Said" && MentionReader.ReadForward(p.Text, tokens, start + 1, comma - 1) is { Kind: MentionKind.Name } inverted
            && (inverted.Last == comma - 1 || tokens[inverted.Last + 1].Is(',')))
        {
            return inverted;
        }

        if (tokens[start].Text == "As" && MentionReader.ReadForward(p.Text, tokens, start + 1, comma - 1) is { } mention && mention.Last + 1 < comma)
        {
            // "As Roe put it," or "As the columnist wrote," (not "As prices rose,"): a verb of saying before the comma.
            var verb = ClauseReader.SkipToVerb(tokens, mention.Last + 1, comma - 1);
            while (verb < comma && tokens[verb].IsLowerCase && EnglishLexicon.IsAsClauseVerbLead(tokens[verb].Text))
            {
                verb++;
            }

            return verb < comma && tokens[verb].IsLowerCase && (EnglishLexicon.IsReportingVerb(tokens[verb].Text) || EnglishLexicon.IsSayingAsVerb(tokens[verb].Text)) ? mention : null;
        }

        return null;
    }

    /// <summary>
    /// Where a sentence's subject starts, past an opening phrase that ends in a comma: "Earlier
    /// this week, Clinton told ...", "In a Fox interview later that day, Trump went further: ...".
    /// </summary>
    public static int SkipOpener(IReadOnlyList<TextToken> tokens, int start, int end)
    {
        if (start > end || !tokens[start].IsCapitalised
            || !(EnglishLexicon.IsCapitalisedSentenceWord(tokens[start].Text) || EnglishLexicon.IsSentenceAdverb(tokens[start].Text) || EnglishLexicon.IsOpeningPhraseWord(tokens[start].Text) || tokens[start].Text is "In" or "On" or "At"))
        {
            return start;
        }

        for (var k = start + 1; k <= end && k <= start + 10; k++)
        {
            if (tokens[k].Is(','))
            {
                return k + 1;
            }

            if (tokens[k].Is('"') || tokens[k].Is('\u201C') || tokens[k].Is(':') || EnglishLexicon.IsReportingVerb(tokens[k].Text))
            {
                break;
            }
        }

        return start;
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

        foreach (var block in _blocks)
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
}
