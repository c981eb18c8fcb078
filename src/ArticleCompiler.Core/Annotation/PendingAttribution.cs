using ArticleCompiler.Model;

namespace ArticleCompiler.Annotation;

/// <summary>
/// A quote or a stretch of reported speech waiting for its speaker, in the order the finders met
/// it; or a sentence's named subject (<see cref="IsSubject"/>) that the speaker resolver remembers
/// for pronouns.
/// </summary>
/// <param name="Order">Where it starts in the paragraph (resolution order).</param>
/// <param name="Kind">Direct, partial or indirect.</param>
/// <param name="Span">The quotation marks of a direct or partial quote.</param>
/// <param name="Start">For reported speech, where the clause starts.</param>
/// <param name="End">For reported speech, where the clause ends.</param>
/// <param name="Cue">Who the text says spoke, as written.</param>
/// <param name="Factor">How far the cue's confidence carries (1 for a clear reporting verb).</param>
/// <param name="Words">The quote's number of words.</param>
/// <param name="IsScareQuote">A quotation that is a term or a name, not speech.</param>
internal sealed record PendingAttribution(int Order, QuoteKind Kind, QuoteSpan? Span, int Start, int End, Mention? Cue, double Factor, int Words, bool IsScareQuote)
{
    /// <summary>Where the cue starts, when it comes before the quote: resolution follows the text.</summary>
    public int? MentionOrder { get; init; }

    /// <summary>The cue is only the sentence's subject: reported speech around the quote wins.</summary>
    public bool CueIsSubject { get; init; }

    /// <summary>Not a quote: a sentence's named subject, remembered for pronouns.</summary>
    public bool IsSubject { get; init; }

    /// <summary>Not a quote: a person named elsewhere in a sentence, whom "he" or "she" may mean when no subject or speaker fits.</summary>
    public bool IsMention { get; init; }
}
