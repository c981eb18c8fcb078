using System;
using System.Collections.Generic;
using System.Text;
using ArticleCompiler.Model;
using ArticleCompiler.Text;

namespace ArticleCompiler.Parsing;

/// <summary>The body reader's lists, kept from one article to the next on a thread.</summary>
internal sealed partial class BodyReader
{
    // The body is gathered in these and copied out at its size. New lists for every article (and for
    // every section) left their grown arrays to the GC: about 3 KB per seed-sized article.
    private sealed class Scratch
    {
        // Lists grown past this many items (a huge article) are left to the GC, not kept.
        private const int LargestKept = 1 << 12;

        [ThreadStatic]
        private static Scratch? _cached;

        public readonly List<Section> Sections = new();
        public readonly List<Quote> Quotes = new();
        public readonly List<SourceSpan> SectionIdSpans = new();
        public readonly List<HeadingOfOtherLevel> OtherHeadings = new();
        public readonly List<(int Start, int End)> ParagraphLines = new();
        public readonly List<(int Start, int End)> FenceLines = new();
        public readonly List<Paragraph> Paragraphs = new();
        public readonly List<Aside> Asides = new();
        public readonly StringBuilder AsideText = new();

        public static Scratch Take()
        {
            var scratch = _cached ?? new Scratch();
            _cached = null;
            return scratch;
        }

        public static void Return(Scratch scratch)
        {
            if (Math.Max(Math.Max(scratch.Quotes.Capacity, scratch.Paragraphs.Capacity), Math.Max(scratch.ParagraphLines.Capacity, scratch.FenceLines.Capacity)) > LargestKept
                || Math.Max(scratch.Sections.Capacity, Math.Max(scratch.OtherHeadings.Capacity, scratch.Asides.Capacity)) > LargestKept
                || scratch.AsideText.Capacity > LargestKept * 16)
            {
                return;
            }

            // Cleared, so that a kept list holds no article alive.
            scratch.Sections.Clear();
            scratch.Quotes.Clear();
            scratch.SectionIdSpans.Clear();
            scratch.OtherHeadings.Clear();
            scratch.ParagraphLines.Clear();
            scratch.FenceLines.Clear();
            scratch.Paragraphs.Clear();
            scratch.Asides.Clear();
            scratch.AsideText.Clear();
            _cached = scratch;
        }
    }
}
