namespace ArticleCompiler;

/// <summary>How a quote renders the speaker's words.</summary>
public enum QuoteKind
{
    /// <summary>The speaker's own words, as a full statement.</summary>
    Direct,

    /// <summary>A fragment of the speaker's own words inside the writer's sentence.</summary>
    Partial,

    /// <summary>Reported (indirect) speech.</summary>
    Indirect,
}

/// <summary>Words attributed to a speaker.</summary>
/// <param name="Id">The stable quote id, if the article gives one.</param>
/// <param name="Text">The quoted words.</param>
/// <param name="Speaker">Who said them.</param>
/// <param name="Kind">Direct, partial or indirect.</param>
/// <param name="Section">The section the quote starts in.</param>
/// <param name="Location">From the opening mark to the end of the attribute block.</param>
public sealed record Quote(
    string? Id,
    string Text,
    Speaker Speaker,
    QuoteKind Kind,
    Section Section,
    SourceLocation Location);
