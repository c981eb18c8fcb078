using System.Collections.Generic;

namespace ArticleCompiler.Annotation;

/// <summary>Introductions of a quotation that name no reporting verb of the lexicon's lists.</summary>
internal static partial class DirectQuoteFinder
{
    /// <summary>
    /// Whether token <paramref name="k"/> (before the comma or colon at <paramref name="last"/>)
    /// introduces the quotation after it as speech though it is no reporting verb: 'as Roe put it,
    /// "..."' ("put" before "it"), 'as Roe had written years earlier, "..."' ("written" after an
    /// auxiliary), 'Roe called over her shoulder, "..."' ("called" with the quotation after a comma
    /// or colon: words called out, not a name given).
    /// </summary>
    private static bool IsSpeechPhraseVerb(IReadOnlyList<TextToken> tokens, int k, int last) => tokens[k].Text switch
    {
        "put" or "puts" => k + 1 <= last && tokens[k + 1].Text == "it",
        "written" => k >= 1 && tokens[k - 1].Text is "had" or "has" or "have",
        "called" => k + 1 <= last && (tokens[k + 1].Text is "out" or "over" or "back" or "to" || k + 1 == last),
        _ => false,
    };

    /// <summary>
    /// 'The headline reads: "..."', 'The sign read, "..."': a written text just before "read" or
    /// "reads" is the source of the words it introduces, as it is when the verb follows them
    /// ('"...," the email read').
    /// </summary>
    private static Mention? WrittenTextReading(ParagraphContext p, int verb, int sentenceStart) =>
        p.Tokens[verb].IsLowerCase && EnglishLexicon.IsReadVerb(p.Tokens[verb].Text)
        && MentionReader.ReadBackward(p.Text, p.Tokens, verb, sentenceStart) is { } text && IsWrittenSubject(text)
            ? text
            : null;

    // Whether token k is the comma inside a number ("20,000"): digits on both sides, no space.
    private static bool IsDigitGroupComma(IReadOnlyList<TextToken> tokens, int k) =>
        tokens[k].Is(',') && k >= 1 && k + 1 < tokens.Count && tokens[k - 1].End == tokens[k].Start && tokens[k + 1].Start == tokens[k].End
        && char.IsDigit(tokens[k - 1].Text[^1]) && char.IsDigit(tokens[k + 1].Text[0]);

    /// <summary>
    /// 'Said Jane Roe, who grew up on the street, "..."', 'Stated Roe: "..."': a sentence that opens
    /// with a reporting verb names its speaker right after it, and the quotation it introduces is
    /// that speaker's. The name is read from the token after the verb; anything up to the comma or
    /// colon at <paramref name="last"/> is the name's apposition.
    /// </summary>
    private static Mention? InvertedOpening(ParagraphContext p, int sentenceStart, int last)
    {
        var tokens = p.Tokens;
        var verb = tokens[sentenceStart];
        if (!verb.IsCapitalised || !EnglishLexicon.TakesInvertedSubject(verb.Text.ToLowerInvariant()) && verb.Text != "Stated"
            || sentenceStart + 1 > last || !tokens[sentenceStart + 1].IsCapitalised)
        {
            return null;
        }

        return MentionReader.ReadForward(p.Text, tokens, sentenceStart + 1, last) is { Kind: MentionKind.Name, IsOrganisation: false } name ? name : null;
    }
    /// <summary>
    /// 'Clinton: "..."', 'Former secretary of state Jane Roe: "..."', '... - Jeffrey M. Jones: "..."':
    /// a person's name that is all its sentence holds before the colon (or all since a dash) names
    /// the speaker of the quotation the colon introduces.
    /// </summary>
    private static Mention? NameBeforeColon(ParagraphContext p, int last, int sentenceStart)
    {
        var tokens = p.Tokens;
        if (!tokens[last].IsCapitalised || MentionReader.ReadBackward(p.Text, tokens, last + 1, sentenceStart) is not { Kind: MentionKind.Name, IsOrganisation: false } name || name.Last != last)
        {
            return null;
        }

        var first = name.First;
        while (first - 1 >= sentenceStart && tokens[first - 1].IsCapitalised && tokens[first - 1].IsWord)
        {
            first--;   // a role written before the name: "Former Secretary Jane Roe"
        }

        for (var k = first - 1; k >= sentenceStart && !(tokens[k].Is('-') || tokens[k].Is('\u2014') || tokens[k].Is('\u2013')); k--)
        {
            if (!tokens[k].IsLowerCase || !(EnglishLexicon.IsDeterminer(tokens[k].Text) || tokens[k].Text is "of" or "state" or "former"))
            {
                return null;
            }
        }

        return name;
    }
}
