using System;

namespace ArticleCompiler.Text;

/// <summary>
/// Turns offsets in a text into 1-based lines and columns. A line ends at LF, CRLF or a lone CR.
/// </summary>
public sealed class LineMap
{
    private static readonly char[] LineBreaks = { '\r', '\n' };

    // The line starts are gathered here and copied out at their count: a growing list left its
    // arrays to the GC for every article (a scratch array grown past this is not kept).
    private const int LargestKeptScratch = 1 << 16;

    [ThreadStatic]
    private static int[]? _scratch;

    private readonly string _text;
    private readonly int[] _lineStarts;
    private int _lastLine;

    /// <summary>Indexes the line starts of <paramref name="text"/>.</summary>
    public LineMap(string text)
    {
        var starts = _scratch ?? new int[256];
        _scratch = null;
        var count = 1;
        starts[0] = 0;
        var i = text.IndexOfAny(LineBreaks);
        while (i >= 0)
        {
            if (text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                i++;
            }

            if (count == starts.Length)
            {
                Array.Resize(ref starts, starts.Length * 2);
            }

            starts[count++] = i + 1;
            i = i + 1 < text.Length ? text.IndexOfAny(LineBreaks, i + 1) : -1;
        }

        _lineStarts = new int[count];
        Array.Copy(starts, _lineStarts, count);
        if (starts.Length <= LargestKeptScratch)
        {
            _scratch = starts;
        }

        _text = text;
    }

    /// <summary>The number of lines (a text that ends with a line break has an empty last line).</summary>
    public int LineCount => _lineStarts.Length;

    /// <summary>The offset of the first character of 1-based <paramref name="line"/>.</summary>
    public int LineStart(int line) => _lineStarts[line - 1];

    /// <summary>
    /// The offset of the line break that ends 1-based <paramref name="line"/> (the text's length for
    /// the last line), so readers that go line by line need not search for the breaks again.
    /// </summary>
    internal int LineEnd(int line)
    {
        if (line >= _lineStarts.Length)
        {
            return _text.Length;
        }

        var next = _lineStarts[line];
        return next - 2 >= _lineStarts[line - 1] && _text[next - 2] == '\r' && _text[next - 1] == '\n' ? next - 2 : next - 1;
    }

    /// <summary>The 1-based line and column of <paramref name="offset"/>.</summary>
    public (int Line, int Column) Locate(int offset)
    {
        if (offset < 0)
        {
            offset = 0;
        }
        else if (offset > _text.Length)
        {
            offset = _text.Length;
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
