using System.Collections.Generic;
using ArticleCompiler.Validation;

namespace ArticleCompiler.Annotation;

/// <summary>How the annotator works.</summary>
/// <param name="MinimumConfidence">Attributions less sure than this (0 to 1) are listed but not written.</param>
public sealed record AnnotatorOptions(double MinimumConfidence = AnnotatorOptions.DefaultMinimumConfidence)
{
    /// <summary>The default of <see cref="MinimumConfidence"/>.</summary>
    public const double DefaultMinimumConfidence = 0.5;

    /// <summary>Attributions at least this sure are not listed for checking.</summary>
    public const double Sure = 0.8;
}

/// <summary>An attribution to check: where its quote starts in the raw text, and why.</summary>
/// <param name="Line">1-based line of the raw text.</param>
/// <param name="Column">1-based column (UTF-16 code units).</param>
/// <param name="DraftLine">1-based line of the quote in the draft.</param>
/// <param name="Message">What was decided and why.</param>
/// <param name="Annotated">Whether the draft carries the attribution (false: below the minimum confidence).</param>
public sealed record AnnotationNote(int Line, int Column, int DraftLine, string Message, bool Annotated);

/// <summary>The draft of an annotated article and what to check in it.</summary>
/// <param name="Draft">The *.article.md text.</param>
/// <param name="Notes">Attributions to check, in document order.</param>
/// <param name="QuoteCount">Quotes annotated in the draft.</param>
/// <param name="SpeakerCount">Speakers in its front matter.</param>
/// <param name="Findings">What validation still reports of the draft (no errors unless the raw text defeats every repair).</param>
public sealed record AnnotationResult(string Draft, IReadOnlyList<AnnotationNote> Notes, int QuoteCount, int SpeakerCount, IReadOnlyList<ArticleDiagnostic> Findings)
{
    /// <summary>The draft's article id.</summary>
    public string Id { get; init; } = string.Empty;
}
