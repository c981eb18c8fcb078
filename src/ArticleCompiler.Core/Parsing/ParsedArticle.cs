using ArticleCompiler.Model;
using ArticleCompiler.Text;
using ArticleCompiler.Validation;

namespace ArticleCompiler.Parsing;

/// <summary>
/// What the parser read from one article text: the model, the parse errors, and what it saw of the
/// syntax that the validator's rules judge (key positions, unattributed quotations, other headings).
/// Immutable and equatable, like the model.
/// </summary>
public sealed record ParsedArticle(
    Article Article,
    EquatableArray<Finding> Findings,
    FrontMatterSyntax FrontMatter,
    BodySyntax Body);

/// <summary>Where the front matter and its keys stand.</summary>
/// <param name="IsReadable">Whether the front matter was found, closed and read as YAML (key rules only run then).</param>
/// <param name="OpeningSpan">The opening <c>---</c> (or, without front matter, the file's first line).</param>
/// <param name="Keys">The top-level keys, in order, with the spans of their values.</param>
/// <param name="UnknownKeys">Keys the format does not define, at the top level and in speaker entries.</param>
/// <param name="SpeakersWithUnreadableName">Speakers whose <c>name</c> is there but of the wrong type (already reported).</param>
public sealed record FrontMatterSyntax(
    bool IsReadable,
    SourceSpan OpeningSpan,
    EquatableArray<KeyOccurrence> Keys,
    EquatableArray<UnknownKeyOccurrence> UnknownKeys,
    EquatableArray<string> SpeakersWithUnreadableName)
{
    /// <summary>The occurrence of <paramref name="key"/>, or null.</summary>
    public KeyOccurrence? Find(string key)
    {
        foreach (var occurrence in Keys)
        {
            if (occurrence.Key == key)
            {
                return occurrence;
            }
        }

        return null;
    }
}

/// <summary>A key of a YAML map with the span of the key and of its value.</summary>
public sealed record KeyOccurrence(string Key, SourceSpan KeySpan, SourceSpan ValueSpan);

/// <summary>Where a key stands that the format does not know.</summary>
/// <param name="Scope">Which map it is in: <see cref="KeyScope.FrontMatter"/> or <see cref="KeyScope.Speaker"/>.</param>
/// <param name="Key">The key as written.</param>
/// <param name="Span">Where the key stands.</param>
public sealed record UnknownKeyOccurrence(KeyScope Scope, string Key, SourceSpan Span);

/// <summary>The maps of the front matter whose keys are fixed.</summary>
public enum KeyScope
{
    /// <summary>The top level of the front matter.</summary>
    FrontMatter,

    /// <summary>A speaker entry under <c>speakers</c>.</summary>
    Speaker,
}

/// <summary>What the body reader saw that rules judge.</summary>
/// <param name="UnattributedQuotations">Double-quoted spans with no attribute block, outside indirect spans.</param>
/// <param name="OtherLevelHeadings">Headings of a level other than two.</param>
/// <param name="SectionIdSpans">For each section in order, where its id comes from (the <c>{#id}</c> or the heading).</param>
/// <param name="QuoteIdSpans">For each quote with an id, in order, the span of <c>#id</c>.</param>
public sealed record BodySyntax(
    EquatableArray<UnattributedQuotation> UnattributedQuotations,
    EquatableArray<HeadingOfOtherLevel> OtherLevelHeadings,
    EquatableArray<SourceSpan> SectionIdSpans,
    EquatableArray<SourceSpan> QuoteIdSpans);

/// <summary>A quoted span with no attribute block.</summary>
public sealed record UnattributedQuotation(string Text, int WordCount, SourceSpan Span);

/// <summary>A heading line of level one or three and deeper.</summary>
public sealed record HeadingOfOtherLevel(int Level, SourceSpan Span);
