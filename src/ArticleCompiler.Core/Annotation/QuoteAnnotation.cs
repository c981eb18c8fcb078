using ArticleCompiler.Model;

namespace ArticleCompiler.Annotation;

/// <summary>A quote the annotator found: where its markup goes, whose it is and how sure it is.</summary>
/// <param name="Kind">Direct, partial or indirect.</param>
/// <param name="OpenBlock">The block where the quote starts.</param>
/// <param name="Start">The offset of its opening mark, or of the first word of an indirect span.</param>
/// <param name="CloseBlock">The block where it ends.</param>
/// <param name="End">The offset just after the closing mark, or after the last word of an indirect span.</param>
/// <param name="Speaker">Who said it, if found.</param>
/// <param name="Confidence">From 0 to 1: how sure the attribution is.</param>
/// <param name="Reason">How the speaker was found ("named after the quote", "he added").</param>
internal sealed record QuoteAnnotation(QuoteKind Kind, int OpenBlock, int Start, int CloseBlock, int End, Entity? Speaker, double Confidence, string Reason);
