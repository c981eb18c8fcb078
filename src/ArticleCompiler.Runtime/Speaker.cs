using System.Collections.Generic;

namespace ArticleCompiler;

/// <summary>Whether a speaker is a person or an organisation.</summary>
public enum SpeakerKind
{
    /// <summary>A person.</summary>
    Person,

    /// <summary>An organisation that speaks (a ministry, an agency, a company).</summary>
    Organization,
}

/// <summary>
/// Someone an article quotes, as its front matter or the corpus registry (<c>speakers.yaml</c>)
/// defines them. A registry speaker is one object across the corpus: every article that quotes its
/// key without changing a field refers to that same object.
/// </summary>
/// <param name="Key">The speaker key (<c>antonov</c>).</param>
/// <param name="Name">The full name.</param>
/// <param name="Role">The role or title, if given.</param>
/// <param name="Aliases">How the text refers to the speaker.</param>
/// <param name="Kind">Person or organisation.</param>
/// <param name="Location">Where the key stands: in the article's front matter, or in the registry file.</param>
public sealed record Speaker(
    string Key,
    string Name,
    string? Role,
    IReadOnlyList<string> Aliases,
    SpeakerKind Kind,
    SourceLocation Location)
{
    /// <summary>
    /// The registry speaker whose fields this article's entry overrides (a role that changed since);
    /// null for a registry speaker itself and for a speaker only the article defines.
    /// </summary>
    public Speaker? Overrides { get; init; }

    /// <summary>
    /// The speaker across the corpus: the registry's object for a registry key, whether or not the
    /// article overrides a field; this speaker otherwise. Every quote by a registry speaker across
    /// the corpus: <c>quotes.Where(q =&gt; q.Speaker.Canonical == Speakers.Putin)</c>.
    /// </summary>
    public Speaker Canonical => Overrides ?? this;
}
