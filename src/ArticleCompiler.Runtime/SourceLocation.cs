using System.Globalization;

namespace ArticleCompiler;

/// <summary>A place in an article file: its path (as the build saw it) and a 1-based line and column.</summary>
/// <param name="File">The article file's path.</param>
/// <param name="Line">The 1-based line.</param>
/// <param name="Column">The 1-based column (UTF-16 code units).</param>
public sealed record SourceLocation(string File, int Line, int Column)
{
    /// <summary><c>file(line,col)</c>, as compilers print locations.</summary>
    public override string ToString() => string.Format(CultureInfo.InvariantCulture, "{0}({1},{2})", File, Line, Column);
}
