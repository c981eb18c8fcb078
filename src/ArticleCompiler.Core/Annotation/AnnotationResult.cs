using System.Collections.Generic;
using ArticleCompiler.Registry;
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

    /// <summary>
    /// The speaker registry entries the draft may quote (none by default): a speaker found here by
    /// name, alias or surname is quoted by its key and not defined in the draft, which then
    /// validates with these entries.
    /// </summary>
    public RegistryScope Registry { get; init; } = RegistryScope.Empty;

    /// <summary>
    /// Registry entries that do not apply where the draft goes (a registry in no folder above it):
    /// a speaker found here is quoted by its key too, and the draft's front matter carries the
    /// entry as the registry writes it, so that the draft validates where it is, and is the
    /// registry's speaker (an entry that changes nothing) once it stands below the registry.
    /// </summary>
    public RegistryScope RegistryElsewhere { get; init; } = RegistryScope.Empty;

    /// <summary>For measuring the calibration: confidences as the rules score them, before <see cref="ConfidenceCalibration"/> maps them.</summary>
    internal bool RawConfidence { get; init; }

    /// <summary>For measuring the calibration: a note for every attribution, the sure ones too, so each shows its confidence.</summary>
    internal bool NoteEveryAttribution { get; init; }
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
/// <param name="SpeakerCount">Speakers it quotes: those in its front matter and the registry's.</param>
/// <param name="Findings">What validation still reports of the draft (no errors unless the raw text defeats every repair).</param>
public sealed record AnnotationResult(string Draft, IReadOnlyList<AnnotationNote> Notes, int QuoteCount, int SpeakerCount, IReadOnlyList<Finding> Findings)
{
    /// <summary>The draft's article id.</summary>
    public string Id { get; init; } = string.Empty;
}
