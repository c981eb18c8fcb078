using System.Collections.Generic;
using System.Linq;
using ArticleCompiler.Text;

namespace ArticleCompiler.Annotation;

/// <summary>A stretch of a paragraph in quotation marks: from the opening mark to the closing one.</summary>
/// <param name="Start">The opening mark's offset (0 when the quote began in an earlier paragraph).</param>
/// <param name="End">The closing mark's offset (the text's length when it goes on).</param>
internal readonly record struct QuoteRange(int Start, int End);

/// <summary>One paragraph as the attribution rules read it: tokens, quotes and sentences.</summary>
internal sealed class ParagraphContext
{
    public ParagraphContext(string text, int block, IReadOnlyList<QuoteSpan> spans)
    {
        Text = text;
        Block = block;
        Tokens = TextToken.Split(text, 0, text.Length);
        foreach (var span in spans)
        {
            if (span.OpenBlock <= block && block <= span.CloseBlock)
            {
                Quotes.Add(span);
                QuoteRanges.Add(new QuoteRange(span.OpenBlock == block ? span.Open : 0, span.CloseBlock == block ? span.Close : text.Length));
            }
        }

        _byStart = new int[QuoteRanges.Count];
        for (var i = 0; i < _byStart.Length; i++)
        {
            _byStart[i] = i;
        }

        // Stable: among ranges that open at the same offset, the first listed comes first.
        _byStart = _byStart.OrderBy(i => QuoteRanges[i].Start).ToArray();
        _size = 1;
        while (_size < _byStart.Length)
        {
            _size *= 2;
        }

        _maxEnd = new int[2 * _size];
        for (var i = 0; i < _maxEnd.Length; i++)
        {
            _maxEnd[i] = int.MinValue;
        }

        for (var i = 0; i < _byStart.Length; i++)
        {
            _maxEnd[_size + i] = QuoteRanges[_byStart[i]].End;
        }

        for (var node = _size - 1; node >= 1; node--)
        {
            _maxEnd[node] = System.Math.Max(_maxEnd[2 * node], _maxEnd[2 * node + 1]);
        }

        Sentences = SplitSentences();
        _sentenceOfToken = new int[Tokens.Count];
        for (var sentence = 0; sentence < Sentences.Count; sentence++)
        {
            for (var token = Sentences[sentence].Start; token <= Sentences[sentence].End; token++)
            {
                _sentenceOfToken[token] = sentence;
            }
        }
    }

    private readonly int[] _sentenceOfToken;

    // The quote ranges' indexes ordered by opening offset, and a tree of the greatest closing
    // offset over each stretch of them: which quote encloses an offset is then a descent of the
    // tree, not a pass over every quote (a line of 90,000 quotes asked this for each of them).
    private readonly int[] _byStart;
    private readonly int _size;
    private readonly int[] _maxEnd;

    public string Text { get; }

    public int Block { get; }

    public List<TextToken> Tokens { get; }

    /// <summary>The quotes that open, close or run through this paragraph.</summary>
    public List<QuoteSpan> Quotes { get; } = new();

    public List<QuoteRange> QuoteRanges { get; } = new();

    /// <summary>Sentences as inclusive token ranges; a quotation does not end a sentence inside it.</summary>
    public List<(int Start, int End)> Sentences { get; }

    /// <summary>Whether <paramref name="offset"/> lies between a quote's marks.</summary>
    public bool InQuote(int offset) => QuoteAround(offset) is not null;

    /// <summary>The innermost quote whose marks enclose <paramref name="offset"/>.</summary>
    public QuoteRange? QuoteAround(int offset)
    {
        // The quotes opening before the offset are a prefix of _byStart; the innermost enclosing one
        // is the last of them that closes after it, and among quotes opening at the same offset, the first.
        int low = 0, high = _byStart.Length;
        while (low < high)
        {
            var middle = (low + high) / 2;
            if (QuoteRanges[_byStart[middle]].Start < offset)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        var last = LastClosingAfter(1, 0, _size, low, offset);
        if (last < 0)
        {
            return null;
        }

        var start = QuoteRanges[_byStart[last]].Start;
        for (var i = last - 1; i >= 0 && QuoteRanges[_byStart[i]].Start == start; i--)
        {
            if (QuoteRanges[_byStart[i]].End > offset)
            {
                last = i;
            }
        }

        return QuoteRanges[_byStart[last]];
    }

    // The greatest position below 'limit' in the node's stretch [from, to) whose quote closes after 'offset'; -1 if none.
    private int LastClosingAfter(int node, int from, int to, int limit, int offset)
    {
        if (from >= limit || _maxEnd[node] <= offset)
        {
            return -1;
        }

        if (to - from == 1)
        {
            return from;
        }

        var middle = (from + to) / 2;
        var right = LastClosingAfter(2 * node + 1, middle, to, limit, offset);
        return right >= 0 ? right : LastClosingAfter(2 * node, from, middle, limit, offset);
    }

    /// <summary>The index of the first token that starts after <paramref name="offset"/>.</summary>
    public int TokenAfter(int offset) => FirstStartingAtOrAfter(offset + 1);

    /// <summary>The index of the last token that ends at or before <paramref name="offset"/> (-1 if none).</summary>
    public int TokenBefore(int offset)
    {
        // Tokens do not overlap, so their ends are in order too.
        int low = 0, high = Tokens.Count - 1, found = -1;
        while (low <= high)
        {
            var middle = (low + high) / 2;
            if (Tokens[middle].End <= offset)
            {
                found = middle;
                low = middle + 1;
            }
            else
            {
                high = middle - 1;
            }
        }

        return found;
    }

    /// <summary>The index of the first token starting at or after <paramref name="offset"/>.</summary>
    public int TokenAt(int offset) => FirstStartingAtOrAfter(offset);

    public int SentenceEndToken(int token) => token >= 0 && token < _sentenceOfToken.Length ? Sentences[_sentenceOfToken[token]].End : Tokens.Count - 1;

    public int SentenceStartToken(int token) => token >= 0 && token < _sentenceOfToken.Length ? Sentences[_sentenceOfToken[token]].Start : 0;

    private int FirstStartingAtOrAfter(int offset)
    {
        int low = 0, high = Tokens.Count;
        while (low < high)
        {
            var middle = (low + high) / 2;
            if (Tokens[middle].Start < offset)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low;
    }

    // The sentences of the one splitter, kept whole inside a quotation (its end is where the closing
    // mark is), as token ranges.
    private List<(int Start, int End)> SplitSentences()
    {
        var sentences = new List<(int, int)>();
        var token = 0;
        foreach (var span in SentenceSplitter.Spans(Text, end => !InQuote(end - 1)))
        {
            var first = token;
            while (token < Tokens.Count && Tokens[token].Start < span.End)
            {
                token++;
            }

            if (token > first)
            {
                sentences.Add((first, token - 1));
            }
        }

        if (token < Tokens.Count)
        {
            sentences.Add((token, Tokens.Count - 1));
        }

        return sentences;
    }
}
