using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using ArticleCompiler.Model;
using ArticleCompiler.Parsing;

namespace ArticleCompiler.Annotation;

/// <summary>
/// Writes a raw article and its annotations as a format-v1 article: front matter, then the
/// blocks with every character of the raw text kept (escaped where it would read as markup).
/// </summary>
internal static partial class DraftWriter
{
    /// <summary>
    /// The draft text, and the draft line each block starts on. <paramref name="notQuotes"/> (paragraph,
    /// opening and closing mark) get <c>{-}</c> when they lie in a reported span the draft writes.
    /// </summary>
    public static (string Text, int[] BlockLines) Write(RawArticle article, string id, IReadOnlyList<QuoteAnnotation> quotes, IReadOnlyList<(int Block, int Open, int Close)> notQuotes, SpeakerKeys speakerKeys, IReadOnlyList<string> comments)
    {
        var notQuotesByBlock = notQuotes.ToLookup(n => n.Block, n => (n.Open, n.Close));
        var keys = speakerKeys.Keys;
        var body = new StringBuilder();
        var blockLines = new int[article.Blocks.Count];
        var bodyLine = 0;
        var sectionIds = new HashSet<string>(StringComparer.Ordinal);
        var hasLead = article.Blocks.Count > 0 && article.Blocks[0].Kind != RawBlockKind.Heading;
        if (hasLead)
        {
            sectionIds.Add(Section.LeadId);
        }

        // A quote in two apostrophes is written as a bracket span in every paragraph it runs through.
        var apostrophes = new HashSet<QuoteAnnotation>(quotes.Where(q => ApostropheQuotes.Is(article, q)));

        // A loose quote (marks the format pairs otherwise) is a bracket span too, and its marks are
        // written as text whether it is annotated or not, so the format pairs the other marks as we did.
        var looseSpans = QuoteSpan.Find(article.Blocks).Where(s => s.Loose).ToList();
        var looseOpenings = new HashSet<(int, int)>(looseSpans.Select(s => (s.OpenBlock, s.Open)));
        var loose = new HashSet<QuoteAnnotation>(quotes.Where(q => q.Kind != QuoteKind.Indirect && looseOpenings.Contains((q.OpenBlock, q.Start))));
        var plainMarks = looseSpans
            .SelectMany(s => IsMark(article.Blocks[s.CloseBlock].Text[s.Close]) ? new[] { (s.OpenBlock, s.Open), (s.CloseBlock, s.Close) } : new[] { (s.OpenBlock, s.Open) })
            .ToLookup(m => m.Item1, m => m.Item2);
        var byBlock = quotes
            .SelectMany(q => q.OpenBlock == q.CloseBlock ? new[] { q.OpenBlock }
                : apostrophes.Contains(q) ? Enumerable.Range(q.OpenBlock, q.CloseBlock - q.OpenBlock + 1).ToArray()
                : new[] { q.OpenBlock, q.CloseBlock }, (q, b) => (Block: b, Quote: q))
            .ToLookup(x => x.Block, x => x.Quote);
        for (var b = 0; b < article.Blocks.Count; b++)
        {
            if (b > 0)
            {
                body.Append('\n');
                bodyLine++;
            }

            blockLines[b] = bodyLine;
            var block = article.Blocks[b];
            string text;
            switch (block.Kind)
            {
                case RawBlockKind.Paragraph:
                    text = Paragraph(block.Text, b, byBlock[b], notQuotesByBlock[b], apostrophes, loose, new HashSet<int>(plainMarks[b]), keys);
                    break;
                case RawBlockKind.Heading:
                    var heading = block.Text.Trim();
                    var sectionId = Slug.FromHeading(heading);
                    var unique = sectionId;
                    for (var n = 2; !sectionIds.Add(unique); n++)
                    {
                        unique = sectionId + "-" + n.ToString(CultureInfo.InvariantCulture);
                    }

                    text = "## " + Escape(heading, lineStart: false) + (unique == sectionId ? string.Empty : " {#" + unique + "}");
                    break;
                default:
                    var kind = block.Kind switch { RawBlockKind.Related => "related", RawBlockKind.Caption => "caption", RawBlockKind.Aside => "aside", _ => "footer" };
                    text = "::: " + kind + "\n" + string.Join("\n", block.Lines.Select(l => Escape(l, lineStart: true))) + "\n:::";
                    break;
            }

            body.Append(text).Append('\n');
            bodyLine += text.Count(c => c == '\n') + 1;
        }

        var front = FrontMatter(article, id, quotes, speakerKeys);
        var draft = new StringBuilder();
        draft.Append("---\n");
        foreach (var comment in comments)
        {
            draft.Append("# ").Append(CommentText(comment)).Append('\n');
        }

        draft.Append(front);
        draft.Append("---\n\n");
        var bodyStart = 1 + comments.Count + front.Count(c => c == '\n') + 2 + 1;
        for (var b = 0; b < blockLines.Length; b++)
        {
            blockLines[b] += bodyStart;
        }

        draft.Append(body);
        return (draft.ToString(), blockLines);
    }

    // A YAML comment ends at any line break YAML knows (U+0085, U+2028, U+2029 too): those and
    // other control characters become spaces.
    private static string CommentText(string text)
    {
        var chars = text.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            var category = char.GetUnicodeCategory(chars[i]);
            if (char.IsControl(chars[i]) || category is UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator)
            {
                chars[i] = ' ';
            }
        }

        return new string(chars);
    }

    private static bool IsMark(char c) => c is '"' or '\u201C' or '\u201D';

    private static string Paragraph(string text, int block, IEnumerable<QuoteAnnotation> quotes, IEnumerable<(int Open, int Close)> notQuotes, ISet<QuoteAnnotation> apostrophes, ISet<QuoteAnnotation> loose, ISet<int> plainMarks, IReadOnlyDictionary<Entity, string> keys)
    {
        // Markup to insert, by offset: closing blocks first, then the '[' of a span starting there.
        var inserts = new SortedDictionary<int, List<(int Order, string Text)>>();
        var spans = new List<(int Start, int End)>();
        var reports = new List<(int Start, int End)>();
        void Insert(int offset, int order, string value)
        {
            if (!inserts.TryGetValue(offset, out var list))
            {
                inserts[offset] = list = new List<(int, string)>();
            }

            list.Add((order, value));
        }

        foreach (var quote in quotes)
        {
            if (quote.Speaker is null || !keys.TryGetValue(quote.Speaker, out var key))
            {
                continue;
            }

            if (apostrophes.Contains(quote))
            {
                // ''[It is a mess,]{@x .direct}'': the format reads no quotation mark in two apostrophes.
                var (start, end) = ApostropheQuotes.Part(text, quote, block);
                Insert(start, 2, "[");
                Insert(end, 1, "]{@" + key + " ." + (quote.Kind == QuoteKind.Direct ? "direct" : "partial") + "}");
                spans.Add((start, end));
            }
            else if (loose.Contains(quote))
            {
                // \"[We won.]{@x .direct} \"They lost.": the words between marks the format pairs otherwise.
                var end = quote.End - 1;
                while (end > quote.Start + 1 && char.IsWhiteSpace(text[end - 1]))
                {
                    end--;
                }

                Insert(quote.Start + 1, 2, "[");
                Insert(end, 1, "]{@" + key + " ." + (quote.Kind == QuoteKind.Direct ? "direct" : "partial") + "}");
                spans.Add((quote.Start + 1, end));
            }
            else if (quote.Kind == QuoteKind.Indirect && quote.OpenBlock == block)
            {
                Insert(quote.Start, 2, "[");
                Insert(quote.End, 1, "]{@" + key + "}");
                spans.Add((quote.Start, quote.End));
                reports.Add((quote.Start, quote.End));
            }
            else if (quote.Kind != QuoteKind.Indirect && quote.CloseBlock == block)
            {
                Insert(quote.End, 0, "{@" + key + "}");
            }
        }

        foreach (var (open, close) in notQuotes)
        {
            // '[... register as "foreign agents"{-} ...]{@x}': in a report, quoted words are otherwise its speaker's.
            if (reports.Any(s => s.Start <= open && close < s.End))
            {
                Insert(close + 1, 0, "{-}");
            }
        }

        var output = new StringBuilder(text.Length + 64);
        var lineStart = true;
        for (var i = 0; i <= text.Length; i++)
        {
            if (inserts.TryGetValue(i, out var list))
            {
                foreach (var (_, value) in list.OrderBy(v => v.Order))
                {
                    output.Append(value);
                }
            }

            if (i == text.Length)
            {
                break;
            }

            var c = text[i];
            if (lineStart && !(c is ' ' or '\t') && StartsMarkup(text, i))
            {
                output.Append('\\');
            }

            if (c == '\n')
            {
                lineStart = true;
                output.Append(c);
                continue;
            }

            if (!(c is ' ' or '\t'))
            {
                lineStart = false;
            }

            if (c == '\\' && i + 1 < text.Length && SyntaxRules.IsEscapable(text[i + 1]))
            {
                output.Append("\\\\");
            }
            else if (c == '{' || c == '}' || plainMarks.Contains(i))
            {
                output.Append('\\').Append(c);
            }
            else if ((c == '[' || c == ']') && spans.Any(s => s.Start <= i && i < s.End))
            {
                output.Append('\\').Append(c);
            }
            else
            {
                output.Append(c);
            }
        }

        return output.ToString();
    }

    private static bool StartsMarkup(string text, int i) =>
        string.CompareOrdinal(text, i, "##", 0, 2) == 0
        || string.CompareOrdinal(text, i, ":::", 0, 3) == 0
        || string.CompareOrdinal(text, i, "---", 0, 3) == 0
        || (text[i] == '#' && (i + 1 == text.Length || text[i + 1] is ' ' or '\t'));

    private static string Escape(string line, bool lineStart)
    {
        var output = new StringBuilder(line.Length + 4);
        var trimmed = line.TrimStart(' ', '\t');
        if (lineStart && (trimmed == ":::" || trimmed.StartsWith(":::", StringComparison.Ordinal)))
        {
            output.Append(line.Substring(0, line.Length - trimmed.Length)).Append('\\');
            line = trimmed;
        }

        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (c == '\\' && i + 1 < line.Length && SyntaxRules.IsEscapable(line[i + 1]))
            {
                output.Append("\\\\");
            }
            else if (c == '{' || c == '}')
            {
                output.Append('\\').Append(c);
            }
            else
            {
                output.Append(c);
            }
        }

        return output.ToString();
    }
}
