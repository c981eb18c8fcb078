using System;

namespace ArticleCompiler.Text;

/// <summary>
/// A range of characters in an article's text: a start offset and a length in UTF-16 code units,
/// with the 1-based line and column of its first character and of the position just after its last
/// (an exclusive end, as SARIF and Roslyn use). Columns count UTF-16 code units.
/// </summary>
public readonly record struct SourceSpan(int Start, int Length, int Line, int Column, int EndLine, int EndColumn)
{
    /// <summary>The offset just after the last character.</summary>
    public int End => Start + Length;

    /// <inheritdoc />
    public override string ToString() => FormattableString.Invariant($"{Line}:{Column}-{EndLine}:{EndColumn}");
}
