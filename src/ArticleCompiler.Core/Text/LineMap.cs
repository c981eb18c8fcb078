using System;
using System.Collections.Generic;

namespace ArticleCompiler.Text;

/// <summary>
/// Turns offsets in a text into 1-based lines and columns. A line ends at LF, CRLF or a lone CR.
/// </summary>
public sealed class LineMap
{
    private static readonly char[] LineBreaks = { '\r', '\n' };

    private readonly int[] _lineStarts;
    private readonly int _length;

    /// <summary>Indexes the line starts of <paramref name="text"/>.</summary>
    public LineMap(string text)
    {
        var starts = new List<int>(64) { 0 };
        var i = text.IndexOfAny(LineBreaks);
        while (i >= 0)
        {
            if (text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                i++;
            }

            starts.Add(i + 1);
            i = i + 1 < text.Length ? text.IndexOfAny(LineBreaks, i + 1) : -1;
        }

        _lineStarts = starts.ToArray();
        _length = text.Length;
    }

    /// <summary>The number of lines (a text that ends with a line break has an empty last line).</summary>
    public int LineCount => _lineStarts.Length;

    /// <summary>The offset of the first character of 1-based <paramref name="line"/>.</summary>
    public int LineStart(int line) => _lineStarts[line - 1];

    /// <summary>The 1-based line and column of <paramref name="offset"/>.</summary>
    public (int Line, int Column) Locate(int offset)
    {
        if (offset < 0)
        {
            offset = 0;
        }
        else if (offset > _length)
        {
            offset = _length;
        }

        var index = Array.BinarySearch(_lineStarts, offset);
        if (index < 0)
        {
            index = ~index - 1;
        }

        return (index + 1, offset - _lineStarts[index] + 1);
    }

    /// <summary>A span from <paramref name="start"/> covering <paramref name="length"/> characters.</summary>
    public SourceSpan Span(int start, int length)
    {
        var (line, column) = Locate(start);
        var (endLine, endColumn) = Locate(start + length);
        return new SourceSpan(start, length, line, column, endLine, endColumn);
    }

    /// <summary>A span from <paramref name="start"/> to the exclusive <paramref name="end"/>.</summary>
    public SourceSpan SpanBetween(int start, int end) => Span(start, end - start);
}
