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

/// <summary>Someone the article quotes, as its front matter defines them.</summary>
/// <param name="Key">The speaker key (<c>antonov</c>).</param>
/// <param name="Name">The full name.</param>
/// <param name="Role">The role or title, if given.</param>
/// <param name="Aliases">How the text refers to the speaker.</param>
/// <param name="Kind">Person or organisation.</param>
/// <param name="Location">Where the key stands in the front matter.</param>
public sealed record Speaker(
    string Key,
    string Name,
    string? Role,
    IReadOnlyList<string> Aliases,
    SpeakerKind Kind,
    SourceLocation Location);
