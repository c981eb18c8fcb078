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
    private int _lastLine;

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

        // Spans are mostly asked for in order: try the line of the last answer and the next one
        // before searching. The remembered line is only a hint, so threads sharing a map cannot
        // make an answer wrong.
        var starts = _lineStarts;
        var index = _lastLine;
        if (index >= starts.Length || starts[index] > offset || (index + 1 < starts.Length && starts[index + 1] <= offset))
        {
            index++;
            if (index >= starts.Length || starts[index] > offset || (index + 1 < starts.Length && starts[index + 1] <= offset))
            {
                index = Search(starts, offset);
            }

            _lastLine = index;
        }

        return (index + 1, offset - starts[index] + 1);
    }

    // The last line whose start is at or before offset (line 0 starts at 0, so there is one).
    private static int Search(int[] starts, int offset)
    {
        var low = 0;
        var high = starts.Length - 1;
        while (low < high)
        {
            var middle = low + ((high - low + 1) >> 1);
            if (starts[middle] <= offset)
            {
                low = middle;
            }
            else
            {
                high = middle - 1;
            }
        }

        return low;
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
