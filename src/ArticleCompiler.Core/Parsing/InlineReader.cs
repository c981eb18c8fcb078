using System;
using System.Collections.Generic;
using System.Text;
using ArticleCompiler.Model;
using ArticleCompiler.Text;
using ArticleCompiler.Validation;

namespace ArticleCompiler.Parsing;

/// <summary>A quote still open at the end of a paragraph, which the next paragraph may continue.</summary>
internal sealed record PendingQuote(string Text, int SourceStart, int ParagraphIndex);

/// <summary>
/// Reads one paragraph: quote marks, indirect spans, attribute blocks and escapes. It works on the
/// paragraph's logical text (its lines joined with single spaces) and maps every logical character
/// back to its offset in the article, so spans point at the exact source characters.
/// </summary>
internal sealed partial class InlineReader
{
    private const int NoPair = -1;
    private const int OrphanClose = -2;
    private const int NestedOpen = -3;
    private const int NotAQuoteClose = -4;

    // The characters the inline grammar acts on; everything else is copied as it is.
    private static readonly char[] Brackets = { '\\', '[', ']', '"', '\u201D' };

    // Special without the curly quotes: searching for five characters is vectorised, for seven it is
    // several times slower; the curly quotes are searched for apart, once per paragraph and occurrence.
    private static readonly char[] SpecialAscii = { '\\', '[', ']', '"', '{' };
    private static readonly char[] CurlyQuotes = { '\u201C', '\u201D' };

    private readonly string _source;
    private readonly LineMap _lines;
    private readonly List<Finding> _findings;

    // Buffers reused from paragraph to paragraph, and from article to article on one thread.
    private readonly Buffers _buffers;
    private readonly StringBuilder _logical;
    private readonly List<(int LogicalStart, int SourceStart)> _segments;
    private readonly StringBuilder _clean;
    private readonly Stack<int> _openBrackets;
    private int[] _pairs;
    private bool _hasIndirectSpans;
    private readonly List<int> _touchedPairs;
    private int _paragraphEnd;

    // State of the paragraph being read. Its logical text is _text[_start, _end): a one-line
    // paragraph is read in place in the article (a copy of it was a fifth of the bytes parsing
    // allocated), lines joined with spaces are a string of their own (_start 0).
    private string _text = string.Empty;
    private int _start;
    private int _end;
    private string _sectionId = Section.LeadId;
    private int _paragraphIndex;
    private List<Quote> _quotes = new();

    private bool _quoteOpen;
    private int _quoteCleanStart;
    private int _quoteSourceStart;
    private int _quoteParagraphIndex;
    private string _quotePrefix = string.Empty;
    private bool _quoteInsideIndirect;

    private int _indirectClose = NoPair;
    private PendingQuote? _abandonedQuote;
    private int _indirectCleanStart;
    private int _indirectSourceStart;

    public InlineReader(string source, LineMap lines, List<Finding> findings)
    {
        _source = source;
        _lines = lines;
        _findings = findings;
        _buffers = Buffers.Take();
        _logical = _buffers.Logical;
        _segments = _buffers.Segments;
        _clean = _buffers.Clean;
        _openBrackets = _buffers.OpenBrackets;
        _pairs = _buffers.Pairs;
        _touchedPairs = _buffers.TouchedPairs;
    }

    /// <summary>Gives the buffers back for the next article read on this thread; the reader is not used after.</summary>
    public void Release()
    {
        _buffers.Pairs = _pairs;
        Buffers.Return(_buffers);
    }

    /// <summary>Double-quoted spans without a block, outside indirect spans (read them before <see cref="Release"/>).</summary>
    public List<UnattributedQuotation> UnattributedQuotations => _buffers.UnattributedQuotations;

    /// <summary>The spans of <c>#id</c> of quotes that carry one, in order (read them before <see cref="Release"/>).</summary>
    public List<SourceSpan> QuoteIdSpans => _buffers.QuoteIdSpans;

    /// <summary>Reads the paragraph made of <paramref name="lines"/>, adding its quotes to <paramref name="quotes"/>.</summary>
    public Paragraph ReadParagraph(
        List<(int Start, int End)> lines,
        string sectionId,
        int paragraphIndex,
        ref PendingQuote? pending,
        List<Quote> quotes)
    {
        BuildLogicalText(lines);
        _sectionId = sectionId;
        _paragraphIndex = paragraphIndex;
        _quotes = quotes;
        _quoteOpen = false;
        _indirectClose = NoPair;
        _clean.Clear();

        FindIndirectSpans();
        ReadInline(pending);

        pending = _quoteOpen && !_quoteInsideIndirect
            ? new PendingQuote(_quotePrefix + _clean.ToString(_quoteCleanStart, _clean.Length - _quoteCleanStart).TrimEnd(), _quoteSourceStart, _quoteParagraphIndex)
            : null;

        var span = _lines.SpanBetween(lines[0].Start, lines[lines.Count - 1].End);
        return new Paragraph(_clean.ToString(), span);
    }

    private void BuildLogicalText(List<(int Start, int End)> lines)
    {
        _segments.Clear();
        if (lines.Count == 1)
        {
            _text = _source;
            _start = lines[0].Start;
            _end = lines[0].End;
            _segments.Add((_start, _start));
        }
        else
        {
            _logical.Clear();
            for (var k = 0; k < lines.Count; k++)
            {
                var (start, end) = lines[k];
                if (k > 0)
                {
                    _logical.Append(' ');
                }

                _segments.Add((_logical.Length, start));
                _logical.Append(_source, start, end - start);
            }

            _text = _logical.ToString();
            _start = 0;
            _end = _text.Length;
        }

        _paragraphEnd = lines[lines.Count - 1].End;
        if (_pairs.Length < _end - _start + 1)
        {
            _pairs = NewPairs(Math.Max(_end - _start + 1, _pairs.Length * 2));
            _touchedPairs.Clear();
        }
    }

    /// <summary>
    /// The source offset of logical character <paramref name="logical"/>. The space that joins two
    /// lines maps to the end of the earlier line; the end of the text maps to the paragraph's end.
    /// </summary>
    private int SourceOffset(int logical)
    {
        if (logical >= _end)
        {
            return _paragraphEnd;
        }

        // The last segment that starts at or before the character (binary search: a paragraph may have many lines).
        int low = 0, high = _segments.Count - 1;
        while (low < high)
        {
            var middle = (low + high + 1) / 2;
            if (_segments[middle].LogicalStart <= logical)
            {
                low = middle;
            }
            else
            {
                high = middle - 1;
            }
        }

        var k = low;

        // The joining space after a line falls one past that line's last character: its line break.
        var (logicalStart, sourceStart) = _segments[k];
        return sourceStart + (logical - logicalStart);
    }

    /// <summary>The index of the next bracket or quote mark after the block whose <c>{</c> is at <paramref name="open"/>.</summary>
    private int SkipBlock(int open)
    {
        var close = IndexOf('}', open);
        var next = close < 0 ? open : close + 1;
        return IndexOfAny(Brackets, next);
    }

    /// <summary>Whether a <c>{-}</c> block (white space allowed inside) starts at <paramref name="open"/>.</summary>
    private bool IsNotAQuoteBlock(int open)
    {
        if (open >= _end || _text[open] != '{')
        {
            return false;
        }

        var close = IndexOf('}', open);
        return close > open && IsOnlyDash(_text, open + 1, close);
    }

    private static int[] NewPairs(int length)
    {
        var pairs = new int[length];
        for (var i = 0; i < pairs.Length; i++)
        {
            pairs[i] = NoPair;
        }

        return pairs;
    }

    // _pairs and _touchedPairs count from the paragraph's start; the pairs they hold are logical indices.
    private void SetPair(int index, int value)
    {
        _pairs[index - _start] = value;
        _touchedPairs.Add(index - _start);
    }

    private bool IsEscape(int i) => _text[i] == '\\' && i + 1 < _end && SyntaxRules.IsEscapable(_text[i + 1]);

    /// <summary>First pass: pairs the brackets of indirect spans (a <c>]</c> directly followed by <c>{</c>).</summary>
    private void FindIndirectSpans()
    {
        var text = _text;
        _hasIndirectSpans = text.IndexOf("]{", _start, _end - _start, StringComparison.Ordinal) >= 0;
        if (!_hasIndirectSpans)
        {
            return;
        }

        foreach (var touched in _touchedPairs)
        {
            _pairs[touched] = NoPair;
        }

        _touchedPairs.Clear();
        _openBrackets.Clear();
        var activeClose = NoPair;
        var i = IndexOfAny(Brackets, _start);
        while (i >= 0)
        {
            if (IsEscape(i))
            {
                i = IndexOfAny(Brackets, i + 2);
                continue;
            }

            var c = text[i];
            if ((c is '"' or '\u201D') && i + 1 < _end && text[i + 1] == '{')
            {
                // The attribute block after a quote mark is not text: brackets inside it pair with nothing.
                i = SkipBlock(i + 1);
                continue;
            }

            if (c == '[')
            {
                _openBrackets.Push(i);
            }
            else if (c == ']' && IsNotAQuoteBlock(i + 1))
            {
                // "]{-}": the brackets are text, not an indirect span.
                SetPair(i, NotAQuoteClose);
                if (_openBrackets.Count > 0)
                {
                    _openBrackets.Pop();
                }
            }
            else if (c == ']')
            {
                var followedByBlock = i + 1 < _end && text[i + 1] == '{';
                if (_openBrackets.Count > 0)
                {
                    var open = _openBrackets.Pop();
                    if (followedByBlock)
                    {
                        SetPair(open, i);
                        SetPair(i, open);
                    }
                }
                else if (followedByBlock)
                {
                    SetPair(i, OrphanClose);
                    _findings.Add(Finding.Create(DiagnosticDescriptors.UnopenedIndirectSpan, Span(i, i + 1)));
                }
            }

            if (c == ']' && i + 1 < _end && text[i + 1] == '{')
            {
                i = SkipBlock(i + 1);
                continue;
            }

            i = IndexOfAny(Brackets, i + 1);
        }

        // Indirect spans do not nest: an inner pair is reported and read as plain brackets.
        _touchedPairs.Sort();
        foreach (var touched in _touchedPairs)
        {
            var open = touched + _start;
            if (_pairs[touched] > open && text[open] == '[')
            {
                var close = _pairs[touched];
                if (activeClose != NoPair && open < activeClose)
                {
                    var blockClose = IndexOf('}', close);
                    var end = blockClose < 0 ? close + 1 : blockClose + 1;
                    _findings.Add(Finding.Create(DiagnosticDescriptors.NestedIndirectSpan, Span(open, end)));
                    _pairs[close - _start] = NestedOpen;
                    _pairs[touched] = NoPair;
                }
                else
                {
                    activeClose = close;
                }
            }
        }
    }

    /// <summary>Second pass: builds the clean text and the quotes.</summary>
    private void ReadInline(PendingQuote? pending)
    {
        var text = _text;
        var i = _start;
        var stop = _end;
        _abandonedQuote = null;
        if (pending is not null && stop > i && (text[i] == '\u201C' || text[i] == '"'))
        {
            _clean.Append(text[i]);
            OpenQuote(cleanStart: 1, pending.SourceStart, pending.ParagraphIndex, pending.Text + "\n\n");
            i++;
        }
        else
        {
            // Not continued: its marks are plain text, unless a block shows it was meant to close here.
            _abandonedQuote = pending;
        }

        // The next special character at or after i (stop: none); recomputed once i passes it.
        var nextAscii = -1;
        var nextCurly = -1;
        while (i < stop)
        {
            // Copy the run of ordinary characters up to the next one the grammar cares about.
            if (nextCurly < i)
            {
                nextCurly = IndexOfAny(CurlyQuotes, i);
                nextCurly = nextCurly < 0 ? stop : nextCurly;
            }

            if (nextAscii < i)
            {
                nextAscii = IndexOfAny(SpecialAscii, i);
                nextAscii = nextAscii < 0 ? stop : nextAscii;
            }

            var next = Math.Min(nextAscii, nextCurly);

            if (next > i)
            {
                _clean.Append(text, i, next - i);
                i = next;
                continue;
            }

            var c = text[i];
            if (IsEscape(i))
            {
                _clean.Append(text[i + 1]);
                i += 2;
                continue;
            }

            var pair = _hasIndirectSpans ? _pairs[i - _start] : NoPair;
            if (c == '[' && pair > i)
            {
                _indirectClose = pair;
                _indirectCleanStart = _clean.Length;
                _indirectSourceStart = SourceOffset(i);
                i++;
                continue;
            }

            if (c == ']' && pair != NoPair)
            {
                // A close whose '[' was never opened here (it stood inside a malformed block) is an orphan too.
                i = pair == OrphanClose || pair == NestedOpen || pair == NotAQuoteClose || _indirectClose != i ? SkipBlockAfterBracket(i) : CloseIndirect(i);
                continue;
            }

            if (c == '\u201C' || (c == '"' && IsStraightOpener(i)))
            {
                if (!_quoteOpen)
                {
                    _clean.Append(c);
                    OpenQuote(_clean.Length, SourceOffset(i), _paragraphIndex, string.Empty);
                }
                else
                {
                    _clean.Append(c);
                }

                i++;
                continue;
            }

            if (c == '\u201D' || (c == '"' && !IsInsideWord(i)))
            {
                i = CloseQuote(i);
                continue;
            }

            if (c == '{' && _quoteOpen && LooksLikeBlock(i))
            {
                var block = ReadBlock(i, report: false);
                var end = block.Kind == AttributeBlockKind.Unterminated ? i + 1 : block.End;
                _findings.Add(Finding.Create(DiagnosticDescriptors.UnclosedQuote, SourceSpan(_quoteSourceStart, SourceOffset(end - 1) + 1)));
                _quoteOpen = false;
                i = end;
                continue;
            }

            _clean.Append(c);
            i++;
        }
    }

    private bool IsStraightOpener(int i)
    {
        if (i == _start)
        {
            return true;
        }

        var previous = _text[i - 1];
        return char.IsWhiteSpace(previous) || previous is '(' or '[' or '\u2014' or '-';
    }

    private bool IsInsideWord(int i) =>
        i > _start && i + 1 < _end && char.IsLetterOrDigit(_text[i - 1]) && char.IsLetterOrDigit(_text[i + 1]);

    private void Report(DiagnosticDescriptor descriptor, int logicalStart, int logicalEnd, params object?[] arguments) =>
        _findings.Add(Finding.Create(descriptor, Span(logicalStart, logicalEnd), arguments));

    /// <summary>The source span of logical characters [start, end).</summary>
    private SourceSpan Span(int logicalStart, int logicalEnd)
    {
        var start = SourceOffset(logicalStart);
        var end = logicalEnd > logicalStart ? SourceOffset(logicalEnd - 1) + 1 : start;
        return _lines.SpanBetween(start, end);
    }

    private SourceSpan SourceSpan(int sourceStart, int sourceEnd) => _lines.SpanBetween(sourceStart, sourceEnd);
}
