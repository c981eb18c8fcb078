using System.Collections.Generic;

namespace ArticleCompiler;

/// <summary>A section of an article: the lead (no heading) or one started by a heading.</summary>
/// <param name="Id">The section id (<c>lead</c>, <c>inf-treaty</c>).</param>
/// <param name="Heading">The heading text; null for the lead.</param>
/// <param name="Paragraphs">The body paragraphs: the article's own words, annotations removed.</param>
/// <param name="Quotes">The quotes that start in this section, in document order.</param>
/// <param name="Asides">Read-more lines, captions, boxes and footers kept beside the body.</param>
/// <param name="Location">The heading line, or the lead's first block.</param>
public sealed record Section(
    string Id,
    string? Heading,
    IReadOnlyList<string> Paragraphs,
    IReadOnlyList<Quote> Quotes,
    IReadOnlyList<Aside> Asides,
    SourceLocation Location);
