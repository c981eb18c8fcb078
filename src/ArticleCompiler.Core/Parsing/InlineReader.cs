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
    private readonly List<ArticleDiagnostic> _diagnostics;

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

    // State of the paragraph being read.
    private string _text = string.Empty;
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

    public InlineReader(string source, LineMap lines, List<ArticleDiagnostic> diagnostics)
    {
        _source = source;
        _lines = lines;
        _diagnostics = diagnostics;
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

    /// <summary>Double-quoted spans without a block, outside indirect spans.</summary>
    public List<UnattributedQuotation> UnattributedQuotations { get; } = new();

    /// <summary>The spans of <c>#id</c> of quotes that carry one, in order.</summary>
    public List<SourceSpan> QuoteIdSpans { get; } = new();

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
            _text = _source.Substring(lines[0].Start, lines[0].End - lines[0].Start);
            _segments.Add((0, lines[0].Start));
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
        }

        _paragraphEnd = lines[lines.Count - 1].End;
        if (_pairs.Length < _text.Length + 1)
        {
            _pairs = NewPairs(Math.Max(_text.Length + 1, _pairs.Length * 2));
            _touchedPairs.Clear();
        }
    }

    /// <summary>
    /// The source offset of logical character <paramref name="logical"/>. The space that joins two
    /// lines maps to the end of the earlier line; the end of the text maps to the paragraph's end.
    /// </summary>
    private int SourceOffset(int logical)
    {
        if (logical >= _text.Length)
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
        var close = _text.IndexOf('}', open);
        var next = close < 0 ? open : close + 1;
        return next < _text.Length ? _text.IndexOfAny(Brackets, next) : -1;
    }

    /// <summary>Whether a <c>{-}</c> block (white space allowed inside) starts at <paramref name="open"/>.</summary>
    private bool IsNotAQuoteBlock(int open)
    {
        if (open >= _text.Length || _text[open] != '{')
        {
            return false;
        }

        var close = _text.IndexOf('}', open);
        return close > open && _text.Substring(open + 1, close - open - 1).Trim() == "-";
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

    private void SetPair(int index, int value)
    {
        _pairs[index] = value;
        _touchedPairs.Add(index);
    }

    private bool IsEscape(int i) => _text[i] == '\\' && i + 1 < _text.Length && SyntaxRules.IsEscapable(_text[i + 1]);

    /// <summary>First pass: pairs the brackets of indirect spans (a <c>]</c> directly followed by <c>{</c>).</summary>
    private void FindIndirectSpans()
    {
        var text = _text;
        _hasIndirectSpans = text.IndexOf("]{", StringComparison.Ordinal) >= 0;
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
        var i = text.IndexOfAny(Brackets);
        while (i >= 0)
        {
            if (IsEscape(i))
            {
                i = i + 2 < text.Length ? text.IndexOfAny(Brackets, i + 2) : -1;
                continue;
            }

            var c = text[i];
            if ((c is '"' or '\u201D') && i + 1 < text.Length && text[i + 1] == '{')
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
                var followedByBlock = i + 1 < text.Length && text[i + 1] == '{';
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
                    _diagnostics.Add(ArticleDiagnostic.Create(DiagnosticDescriptors.UnopenedIndirectSpan, Span(i, i + 1)));
                }
            }

            if (c == ']' && i + 1 < text.Length && text[i + 1] == '{')
            {
                i = SkipBlock(i + 1);
                continue;
            }

            i = i + 1 < text.Length ? text.IndexOfAny(Brackets, i + 1) : -1;
        }

        // Indirect spans do not nest: an inner pair is reported and read as plain brackets.
        _touchedPairs.Sort();
        foreach (var open in _touchedPairs)
        {
            if (_pairs[open] > open && text[open] == '[')
            {
                var close = _pairs[open];
                if (activeClose != NoPair && open < activeClose)
                {
                    var blockClose = text.IndexOf('}', close);
                    var end = blockClose < 0 ? close + 1 : blockClose + 1;
                    _diagnostics.Add(ArticleDiagnostic.Create(DiagnosticDescriptors.NestedIndirectSpan, Span(open, end)));
                    _pairs[close] = NestedOpen;
                    _pairs[open] = NoPair;
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
        var i = 0;
        _abandonedQuote = null;
        if (pending is not null && text.Length > 0 && (text[0] == '\u201C' || text[0] == '"'))
        {
            _clean.Append(text[0]);
            OpenQuote(cleanStart: 1, pending.SourceStart, pending.ParagraphIndex, pending.Text + "\n\n");
            i = 1;
        }
        else
        {
            // Not continued: its marks are plain text, unless a block shows it was meant to close here.
            _abandonedQuote = pending;
        }

        // The next special character at or after i (text.Length: none); recomputed once i passes it.
        var nextAscii = -1;
        var nextCurly = -1;
        while (i < text.Length)
        {
            // Copy the run of ordinary characters up to the next one the grammar cares about.
            if (nextCurly < i)
            {
                nextCurly = text.IndexOfAny(CurlyQuotes, i);
                nextCurly = nextCurly < 0 ? text.Length : nextCurly;
            }

            if (nextAscii < i)
            {
                nextAscii = text.IndexOfAny(SpecialAscii, i);
                nextAscii = nextAscii < 0 ? text.Length : nextAscii;
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

            var pair = _hasIndirectSpans ? _pairs[i] : NoPair;
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
                _diagnostics.Add(ArticleDiagnostic.Create(DiagnosticDescriptors.UnclosedQuote, SourceSpan(_quoteSourceStart, SourceOffset(end - 1) + 1)));
                _quoteOpen = false;
                i = end;
                continue;
            }

            _clean.Append(c);
            i++;
        }
    }

    private void OpenQuote(int cleanStart, int sourceStart, int paragraphIndex, string prefix)
    {
        _quoteOpen = true;
        _quoteCleanStart = cleanStart;
        _quoteSourceStart = sourceStart;
        _quoteParagraphIndex = paragraphIndex;
        _quotePrefix = prefix;
        _quoteInsideIndirect = _indirectClose != NoPair;
    }

    private int CloseQuote(int i)
    {
        var text = _text;
        if (!_quoteOpen)
        {
            _clean.Append(text[i]);
            if (i + 1 < text.Length && LooksLikeBlock(i + 1))
            {
                var stray = ReadBlock(i + 1, report: false);
                if (stray.Kind != AttributeBlockKind.Unterminated && _abandonedQuote is { } abandoned)
                {
                    // A quote opened in an earlier paragraph closes here, but this paragraph does not open with a quote mark.
                    _diagnostics.Add(ArticleDiagnostic.Create(DiagnosticDescriptors.UnclosedQuote, SourceSpan(abandoned.SourceStart, SourceOffset(stray.End - 1) + 1)));
                    _abandonedQuote = null;
                    return stray.End;
                }

                if (stray.Kind != AttributeBlockKind.Unterminated)
                {
                    _diagnostics.Add(ArticleDiagnostic.Create(
                        DiagnosticDescriptors.MalformedAttributeBlock,
                        Span(i + 1, stray.End),
                        "no quote is open before this block (a straight opening quote needs white space or one of ( [ \u2014 - before it)"));
                    return stray.End;
                }
            }

            return i + 1;
        }

        var words = WordsSince(_quoteCleanStart, _quotePrefix);
        _clean.Append(text[i]);
        _quoteOpen = false;

        if (i + 1 < text.Length && text[i + 1] == '{')
        {
            var block = ReadBlock(i + 1, report: true);
            switch (block.Kind)
            {
                case AttributeBlockKind.Attribution:
                    AddQuote(words, block, _quoteSourceStart, _quoteParagraphIndex, KindFromText(words));
                    return block.End;
                case AttributeBlockKind.NotAQuote:
                case AttributeBlockKind.Malformed:
                    return block.End;
            }
        }

        if (_indirectClose == NoPair)
        {
            UnattributedQuotations.Add(new UnattributedQuotation(words, SyntaxRules.CountWords(words), SourceSpan(_quoteSourceStart, SourceOffset(i) + 1)));
        }

        return i + 1;
    }

    private int CloseIndirect(int i)
    {
        var cleanStart = _indirectCleanStart;
        _indirectClose = NoPair;
        var block = ReadBlock(i + 1, report: true);
        switch (block.Kind)
        {
            case AttributeBlockKind.Attribution:
                AddQuote(WordsSince(cleanStart, string.Empty), block, _indirectSourceStart, _paragraphIndex, QuoteKind.Indirect);
                return block.End;
            case AttributeBlockKind.Malformed:
                return block.End;
            default:
                // The brackets turn out to be text: put the '[' back (and move an open quote's start with it).
                _clean.Insert(cleanStart, '[').Append(']');
                if (_quoteOpen && _quoteCleanStart > cleanStart)
                {
                    _quoteCleanStart++;
                }

                return block.Kind == AttributeBlockKind.NotAQuote ? block.End : i + 1;
        }
    }

    private int SkipBlockAfterBracket(int i)
    {
        _clean.Append(']');
        var block = ReadBlock(i + 1, report: false);
        return block.Kind == AttributeBlockKind.Unterminated ? i + 1 : block.End;
    }

    private void AddQuote(string text, AttributeBlock block, int sourceStart, int paragraphIndex, QuoteKind defaultKind)
    {
        var span = SourceSpan(sourceStart, SourceOffset(block.End - 1) + 1);
        _quotes.Add(new Quote(block.QuoteId, text, block.SpeakerKey, block.KindOverride ?? defaultKind, _sectionId, paragraphIndex, span, block.SpeakerSpan));
        if (block.QuoteId is not null)
        {
            QuoteIdSpans.Add(block.QuoteIdSpan);
        }
    }

    /// <summary>
    /// <see cref="QuoteText"/> of <paramref name="prefix"/> and the clean text from <paramref name="cleanStart"/>
    /// on, copied once (not once for the raw text, once trimmed, once without its comma).
    /// </summary>
    private string WordsSince(int cleanStart, string prefix)
    {
        if (prefix.Length > 0)
        {
            return QuoteText(prefix + _clean.ToString(cleanStart, _clean.Length - cleanStart));
        }

        var start = cleanStart;
        var end = _clean.Length;
        while (start < end && char.IsWhiteSpace(_clean[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(_clean[end - 1]))
        {
            end--;
        }

        if (end > start && _clean[end - 1] == ',')
        {
            end--;
        }

        return _clean.ToString(start, end - start);
    }

    /// <summary>The words between the marks: trimmed, then one trailing comma dropped.</summary>
    internal static string QuoteText(string raw)
    {
        var text = raw.Trim();
        return text.EndsWith(",", StringComparison.Ordinal) ? text.Substring(0, text.Length - 1) : text;
    }

    /// <summary>Direct when the first letter is upper case, else partial.</summary>
    internal static QuoteKind KindFromText(string text)
    {
        foreach (var c in text)
        {
            if (char.IsLetter(c))
            {
                return char.IsUpper(c) ? QuoteKind.Direct : QuoteKind.Partial;
            }
        }

        return QuoteKind.Partial;
    }

    private bool IsStraightOpener(int i)
    {
        if (i == 0)
        {
            return true;
        }

        var previous = _text[i - 1];
        return char.IsWhiteSpace(previous) || previous is '(' or '[' or '\u2014' or '-';
    }

    private bool IsInsideWord(int i) =>
        i > 0 && i + 1 < _text.Length && char.IsLetterOrDigit(_text[i - 1]) && char.IsLetterOrDigit(_text[i + 1]);

    private bool LooksLikeBlock(int i)
    {
        if (_text[i] != '{' || i + 1 >= _text.Length)
        {
            return false;
        }

        var next = _text[i + 1];
        return next is '@' or '#' or '.' || (next == '-' && i + 2 < _text.Length && _text[i + 2] == '}');
    }

    // Whether text[start, end) is a '-' with only white space around it.
    private static bool IsOnlyDash(string text, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        return end - start == 1 && text[start] == '-';
    }

    /// <summary>Reads the attribute block whose <c>{</c> is at <paramref name="open"/>.</summary>
    private AttributeBlock ReadBlock(int open, bool report)
    {
        var text = _text;
        var close = text.IndexOf('}', open + 1);
        if (close < 0)
        {
            if (report)
            {
                Report(DiagnosticDescriptors.MalformedAttributeBlock, open, text.Length, "missing '}'");
            }

            return new AttributeBlock(AttributeBlockKind.Unterminated, open, string.Empty, default, null, default, null);
        }

        var end = close + 1;
        if (IsOnlyDash(text, open + 1, close))
        {
            return new AttributeBlock(AttributeBlockKind.NotAQuote, end, string.Empty, default, null, default, null);
        }

        string? speaker = null;
        SourceSpan speakerSpan = default;
        string? quoteId = null;
        SourceSpan quoteIdSpan = default;
        QuoteKind? kind = null;
        var errors = 0;

        var position = open + 1;
        while (position < close)
        {
            if (char.IsWhiteSpace(text[position]))
            {
                position++;
                continue;
            }

            var tokenStart = position;
            while (position < close && !char.IsWhiteSpace(text[position]))
            {
                position++;
            }

            var tokenSpan = Span(tokenStart, position);
            string? problem = null;
            var first = text[tokenStart];
            if (first == '@' || first == '#')
            {
                var isSpeaker = first == '@';
                var value = text.Substring(tokenStart + 1, position - tokenStart - 1);
                problem = CheckKeyToken(first, isSpeaker ? "speaker key" : "quote id", value, isSpeaker ? speaker : quoteId, tokenSpan, report, ref errors);
                if (problem is null && SyntaxRules.IsKey(value))
                {
                    if (isSpeaker)
                    {
                        (speaker, speakerSpan) = (value, tokenSpan);
                    }
                    else
                    {
                        (quoteId, quoteIdSpan) = (value, tokenSpan);
                    }
                }
            }
            else if (first == '.')
            {
                var token = text.Substring(tokenStart, position - tokenStart);
                QuoteKind? tokenKind = token switch
                {
                    ".direct" => QuoteKind.Direct,
                    ".partial" => QuoteKind.Partial,
                    ".indirect" => QuoteKind.Indirect,
                    _ => null,
                };
                if (tokenKind is null)
                {
                    problem = $"unknown class '{token}'{Suggestions.DidYouMean(token, new[] { ".direct", ".partial", ".indirect" })}";
                }
                else if (kind is not null)
                {
                    problem = $"more than one class ('{token}')";
                }
                else
                {
                    kind = tokenKind;
                }
            }
            else
            {
                var token = text.Substring(tokenStart, position - tokenStart);
                problem = token == "-"
                    ? "'-' stands alone: '{-}' marks a span as not a quote"
                    : $"unexpected '{token}' (a block holds '@speaker-key', '#quote-id' and .direct, .partial or .indirect)";
            }

            if (problem is not null)
            {
                errors++;
                if (report)
                {
                    _diagnostics.Add(ArticleDiagnostic.Create(DiagnosticDescriptors.MalformedAttributeBlock, tokenSpan, problem));
                }
            }
        }

        if (speaker is null && errors == 0)
        {
            errors++;
            if (report)
            {
                Report(DiagnosticDescriptors.MalformedAttributeBlock, open, end, "no speaker: add '@speaker-key'");
            }
        }

        return errors > 0
            ? new AttributeBlock(AttributeBlockKind.Malformed, end, string.Empty, default, null, default, null)
            : new AttributeBlock(AttributeBlockKind.Attribution, end, speaker!, speakerSpan, quoteId, quoteIdSpan, kind);
    }

    /// <summary>
    /// The problem with a <c>@key</c> or <c>#id</c> token, or null; a malformed key is reported
    /// here as ARTC103 (counted in <paramref name="errors"/>) rather than returned.
    /// </summary>
    private string? CheckKeyToken(char prefix, string what, string value, string? existing, SourceSpan span, bool report, ref int errors)
    {
        if (existing is not null)
        {
            return $"more than one {what} ('{existing}' and '{value}')";
        }

        if (value.Length == 0)
        {
            return $"'{prefix}' must be followed by a {what}";
        }

        if (!SyntaxRules.IsKey(value))
        {
            errors++;
            if (report)
            {
                _diagnostics.Add(ArticleDiagnostic.Create(DiagnosticDescriptors.MalformedKey, span, what, value, Suggestions.KeyShapeHint(value)));
            }
        }

        return null;
    }

    private void Report(DiagnosticDescriptor descriptor, int logicalStart, int logicalEnd, params object?[] arguments) =>
        _diagnostics.Add(ArticleDiagnostic.Create(descriptor, Span(logicalStart, logicalEnd), arguments));

    /// <summary>The source span of logical characters [start, end).</summary>
    private SourceSpan Span(int logicalStart, int logicalEnd)
    {
        var start = SourceOffset(logicalStart);
        var end = logicalEnd > logicalStart ? SourceOffset(logicalEnd - 1) + 1 : start;
        return _lines.SpanBetween(start, end);
    }

    private SourceSpan SourceSpan(int sourceStart, int sourceEnd) => _lines.SpanBetween(sourceStart, sourceEnd);
}
