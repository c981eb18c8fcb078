using ArticleCompiler.Model;
using ArticleCompiler.Text;

namespace ArticleCompiler.Parsing;

/// <summary>What an attribute block <c>{...}</c> says.</summary>
internal enum AttributeBlockKind
{
    /// <summary>No closing brace in the paragraph: the brace is text.</summary>
    Unterminated,

    /// <summary><c>{-}</c>: the span is not a quote.</summary>
    NotAQuote,

    /// <summary>A well-formed block with a speaker.</summary>
    Attribution,

    /// <summary>A block with errors (already reported).</summary>
    Malformed,
}

/// <summary>A parsed attribute block. <see cref="End"/> is the logical index just after the closing brace.</summary>
internal readonly record struct AttributeBlock(
    AttributeBlockKind Kind,
    int End,
    string SpeakerKey,
    SourceSpan SpeakerSpan,
    string? QuoteId,
    SourceSpan QuoteIdSpan,
    QuoteKind? KindOverride);
