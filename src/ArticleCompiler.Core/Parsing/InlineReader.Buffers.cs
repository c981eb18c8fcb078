using System;
using System.Collections.Generic;
using System.Text;
using ArticleCompiler.Text;

namespace ArticleCompiler.Parsing;

/// <summary>The inline reader's working buffers, kept from one article to the next on a thread.</summary>
internal sealed partial class InlineReader
{
    // The first c at or after from in the paragraph's logical text, or -1.
    private int IndexOf(char c, int from) => from < _end ? _text.IndexOf(c, from, _end - from) : -1;

    // The first of set at or after from in the paragraph's logical text, or -1.
    private int IndexOfAny(char[] set, int from) => from < _end ? _text.IndexOfAny(set, from, _end - from) : -1;

    // Allocated per article they were about 8% of the bytes parsing the seed allocates, and grown again each time.
    private sealed class Buffers
    {
        // A buffer grown past this (a paragraph of more than 64K characters) is left to the GC, not kept.
        private const int LargestKept = 1 << 16;

        [ThreadStatic]
        private static Buffers? _cached;

        public readonly StringBuilder Logical = new();
        public readonly List<(int LogicalStart, int SourceStart)> Segments = new();
        public readonly StringBuilder Clean = new();
        public readonly Stack<int> OpenBrackets = new();
        public readonly List<int> TouchedPairs = new();

        // The speaker keys and quote ids read so far in the article, searched one by one: a few.
        public const int KeysKept = 16;
        public readonly List<string> Keys = new();
        public readonly List<UnattributedQuotation> UnattributedQuotations = new();
        public readonly List<SourceSpan> QuoteIdSpans = new();
        public int[] Pairs = NewPairs(256);

        public static Buffers Take()
        {
            var buffers = _cached ?? new Buffers();
            _cached = null;
            return buffers;
        }

        public static void Return(Buffers buffers)
        {
            if (buffers.Pairs.Length > LargestKept || buffers.Logical.Capacity > LargestKept || buffers.Clean.Capacity > LargestKept
                || buffers.UnattributedQuotations.Capacity > LargestKept || buffers.QuoteIdSpans.Capacity > LargestKept)
            {
                return;
            }

            // Every pair but the touched ones is NoPair, as a new array's are.
            foreach (var touched in buffers.TouchedPairs)
            {
                buffers.Pairs[touched] = NoPair;
            }

            buffers.TouchedPairs.Clear();
            buffers.Logical.Clear();
            buffers.Clean.Clear();
            buffers.Segments.Clear();
            buffers.OpenBrackets.Clear();
            buffers.UnattributedQuotations.Clear();
            buffers.QuoteIdSpans.Clear();
            buffers.Keys.Clear();
            _cached = buffers;
        }
    }
}
