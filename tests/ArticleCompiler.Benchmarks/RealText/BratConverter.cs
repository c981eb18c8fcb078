using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using ArticleCompiler.Parsing;

namespace ArticleCompiler.Benchmarks.RealText;

/// <summary>A converted article: the file's text, and the paragraphs that removing its annotations must give back.</summary>
public sealed record ConvertedArticle(string Id, string Markdown, IReadOnlyList<string> Paragraphs);

/// <summary>
/// Turns a raw news text and one annotator's attributions into a format-v1 article: each content
/// span becomes a quote (<c>"..."{@key}</c> when it is wholly inside quotation marks, otherwise
/// <c>[...]{@key}</c>), its speaker the slug of the source span's last name. Every character that
/// is markup is escaped, so that removing the annotations gives back the text.
/// What it cannot mark, it leaves as plain text and counts (<see cref="Counts"/>):
/// content spans that are discontinuous, cross a paragraph break, lie in the headline, or overlap a
/// span already marked (nested attributions), and attributions without a source.
/// </summary>
public sealed class BratConverter
{
    private static readonly HashSet<string> Pronouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "i", "me", "my", "we", "us", "our", "you", "your", "he", "him", "his", "she", "her", "it", "its", "they", "them", "their", "who", "which", "that",
    };

    // Capitalised at the start of a source ("The candidate"), but not a name.
    private static readonly HashSet<string> Determiners = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "a", "an", "this", "that", "these", "those", "his", "her", "its", "their", "our", "my", "some", "many", "most", "other", "another", "one", "both", "all", "several", "two", "three",
    };

    /// <summary>Conversion figures over every article converted so far, by name.</summary>
    public SortedDictionary<string, int> Counts { get; } = new(StringComparer.Ordinal);

    /// <summary>A paragraph break the text uses: a line that is empty or white space only.</summary>
    public static IReadOnlyList<(int Start, int End)> Blocks(string text)
    {
        var blocks = new List<(int, int)>();
        var start = -1;
        var lineStart = 0;
        var lastContentEnd = 0;
        while (lineStart <= text.Length)
        {
            var lineEnd = text.IndexOf('\n', lineStart);
            if (lineEnd < 0)
            {
                lineEnd = text.Length;
            }

            var blank = true;
            for (var i = lineStart; i < lineEnd; i++)
            {
                if (!char.IsWhiteSpace(text[i]))
                {
                    blank = false;
                    break;
                }
            }

            if (blank)
            {
                if (start >= 0)
                {
                    blocks.Add((start, lastContentEnd));
                    start = -1;
                }
            }
            else
            {
                if (start < 0)
                {
                    start = lineStart;
                }

                lastContentEnd = lineEnd;
            }

            lineStart = lineEnd + 1;
        }

        if (start >= 0)
        {
            blocks.Add((start, lastContentEnd));
        }

        return blocks;
    }

    /// <summary>A block's text as the format reads a paragraph: lines trimmed of spaces and tabs, joined with one space.</summary>
    public static string ParagraphText(string block) =>
        string.Join(" ", block.Split('\n').Select(line => line.Trim(' ', '\t', '\r')));

    public ConvertedArticle Convert(string id, string text, IReadOnlyList<Attribution> attributions, BratMetadata metadata)
    {
        text = text.Replace("\r\n", " \n").Replace('\r', '\n'); // same length: offsets stay valid
        var blocks = Blocks(text).ToList();
        var headline = blocks.Count > 1 ? Flat(text.Substring(blocks[0].Start, blocks[0].End - blocks[0].Start)) : null;
        var title = metadata.Title ?? headline ?? id;
        var bodyStart = 0;
        if (headline is not null && (Same(headline, title) || (metadata.Title is null && headline.Length <= 200)))
        {
            bodyStart = 1;
            Add("headlines taken as title");
        }

        var speakers = new Dictionary<string, string>(StringComparer.Ordinal);
        var marks = new List<(int Start, int End, string Key, bool Direct)>();
        foreach (var attribution in attributions)
        {
            Add("attributions");
            if (attribution.Content.IsDiscontinuous)
            {
                Add("skipped: discontinuous content");
                continue;
            }

            if (attribution.Source is null)
            {
                Add("skipped: no source");
                continue;
            }

            var (start, end) = Trim(text, attribution.Content.Start, attribution.Content.End);
            if (end <= start)
            {
                Add("skipped: empty content");
                continue;
            }

            var block = blocks.FindIndex(b => start >= b.Start && start < b.End);
            if (block < 0 || end > blocks[block].End)
            {
                Add("skipped: content across paragraphs");
                continue;
            }

            if (block < bodyStart)
            {
                Add("skipped: content in the headline");
                continue;
            }

            var direct = DirectQuote(text, blocks[block].Start, start, end);
            var (markStart, markEnd) = direct ?? (start, end);
            if (marks.Any(m => m.Start < markEnd && markStart < m.End))
            {
                Add("skipped: overlaps or nests in a marked span");
                continue;
            }

            var sourceText = Flat(string.Join(" ", attribution.Source.Ranges.Select(r => text.Substring(r.Start, Math.Max(0, r.End - r.Start)))));
            var key = SpeakerKey(sourceText);
            if (Pronouns.Contains(sourceText))
            {
                Add("speakers from a pronoun (kept as written)");
            }

            if (!speakers.ContainsKey(key))
            {
                speakers[key] = sourceText;
            }

            marks.Add((markStart, markEnd, key, direct is not null));
            Add(direct is not null ? "marked: quotation marks" : "marked: reported");
        }

        var markdown = new StringBuilder();
        markdown.Append("---\n");
        markdown.Append("id: ").Append(id).Append('\n');
        markdown.Append("title: ").Append(YamlString(title)).Append('\n');
        if (metadata.Publisher is { } publisher)
        {
            markdown.Append("source: ").Append(YamlString(publisher)).Append('\n');
        }

        if (metadata.Published is { } published)
        {
            markdown.Append("published: ").Append(YamlString(published)).Append('\n');
        }

        if (metadata.Author is { } author)
        {
            markdown.Append("authors: [").Append(YamlString(author)).Append("]\n");
        }

        if (speakers.Count > 0)
        {
            markdown.Append("speakers:\n");
            foreach (var (key, name) in speakers.OrderBy(s => s.Key, StringComparer.Ordinal))
            {
                markdown.Append("  ").Append(key).Append(":\n    name: ").Append(YamlString(name)).Append('\n');
            }
        }

        markdown.Append("---\n");
        var paragraphs = new List<string>();
        for (var b = bodyStart; b < blocks.Count; b++)
        {
            var (blockStart, blockEnd) = blocks[b];
            markdown.Append('\n');
            WriteBlock(markdown, text, blockStart, blockEnd, marks.Where(m => m.Start >= blockStart && m.End <= blockEnd).ToList());
            markdown.Append('\n');
            paragraphs.Add(ParagraphText(text.Substring(blockStart, blockEnd - blockStart)));
        }

        Add("articles");
        return new ConvertedArticle(id, markdown.ToString(), paragraphs);
    }

    /// <summary>The speaker key: the slug of the source's last capitalised word (its surname), else of its last word.</summary>
    public static string SpeakerKey(string source)
    {
        var words = source.Split(new[] { ' ', '\t', '\n', '\u00a0' }, StringSplitOptions.RemoveEmptyEntries)
            .Select(w => w.TrimEnd(',', '.', ';', ':', ')', '"', '”'))
            .Select(w => w.EndsWith("'s", StringComparison.Ordinal) || w.EndsWith("’s", StringComparison.Ordinal) ? w.Substring(0, w.Length - 2) : w)
            .Where(w => w.Any(char.IsLetterOrDigit))
            .ToList();
        var word = words.LastOrDefault(w => char.IsUpper(w[0]) && !Determiners.Contains(w)) ?? words.LastOrDefault() ?? "speaker";
        var key = Slug.FromHeading(word);
        return key is "section" ? "speaker" : key;
    }

    // The quote's extent [start, end) with its marks when the content lies wholly inside one pair of
    // double quotation marks (marks included in the span or just around it, a final , . ? ! allowed
    // between content and closing mark) and the parser will read those marks as a pair; otherwise null.
    private static (int Start, int End)? DirectQuote(string text, int blockStart, int start, int end)
    {
        int open, close;
        if (IsMark(text[start]) && end - start >= 2 && IsMark(text[end - 1]))
        {
            (open, close) = (start, end - 1);
        }
        else if (start > blockStart && IsMark(text[start - 1]))
        {
            open = start - 1;
            close = end < text.Length && IsMark(text[end]) ? end
                : end + 1 < text.Length && ",.?!".IndexOf(text[end]) >= 0 && IsMark(text[end + 1]) ? end + 1
                : -1;
            if (close < 0)
            {
                return null;
            }
        }
        else
        {
            return null;
        }

        for (var i = open + 1; i < close; i++)
        {
            if (IsMark(text[i]))
            {
                return null;
            }
        }

        var before = open > blockStart ? text[open - 1] : ' ';
        var opens = text[open] == '“' || (text[open] == '"' && (char.IsWhiteSpace(before) || "([—-".IndexOf(before) >= 0));
        var closes = text[close] == '”' || (text[close] == '"' && !char.IsWhiteSpace(text[close - 1]));
        return opens && closes && text[close] != '“' && text[open] != '”' ? (open, close + 1) : null;
    }

    private static bool IsMark(char c) => c is '"' or '“' or '”';

    private static void WriteBlock(StringBuilder output, string text, int blockStart, int blockEnd, List<(int Start, int End, string Key, bool Direct)> marks)
    {
        var atLineStart = true;
        var lineEnd = LineContentEnd(text, blockStart, blockEnd);
        for (var p = blockStart; p <= blockEnd; p++)
        {
            foreach (var mark in marks.Where(m => m.End == p))
            {
                output.Append(mark.Direct ? "{@" : "]{@").Append(mark.Key).Append('}');
                atLineStart = false;
            }

            foreach (var mark in marks.Where(m => m.Start == p && !m.Direct))
            {
                output.Append('[');
                atLineStart = false;
            }

            if (p == blockEnd)
            {
                break;
            }

            var c = text[p];
            if (c == '\n')
            {
                output.Append('\n');
                atLineStart = true;
                lineEnd = LineContentEnd(text, p + 1, blockEnd);
                continue;
            }

            if ((atLineStart && (c == ' ' || c == '\t')) || (p >= lineEnd && (c == ' ' || c == '\t')))
            {
                continue; // the format trims lines; the expected paragraph text is trimmed too
            }

            if (c is '\\' or '[' or ']' or '{' or '}' || (atLineStart && c is '#' or ':' or '-'))
            {
                output.Append('\\');
            }

            output.Append(c);
            atLineStart = false;
        }
    }

    // Where the line from lineStart stops having content: trailing spaces and tabs are not written.
    private static int LineContentEnd(string text, int lineStart, int blockEnd)
    {
        var end = text.IndexOf('\n', lineStart);
        end = end < 0 || end > blockEnd ? blockEnd : end;
        while (end > lineStart && text[end - 1] is ' ' or '\t')
        {
            end--;
        }

        return end;
    }

    /// <summary>The span from <paramref name="start"/> to <paramref name="end"/> without white space at its ends.</summary>
    public static (int Start, int End) Trim(string text, int start, int end)
    {
        end = Math.Min(end, text.Length);
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        return (start, end);
    }

    private static string Flat(string text) => string.Join(" ", text.Split(new[] { ' ', '\t', '\n', '\r' }, StringSplitOptions.RemoveEmptyEntries));

    private static bool Same(string a, string b) =>
        string.Equals(Letters(a), Letters(b), StringComparison.OrdinalIgnoreCase);

    private static string Letters(string s) => new(s.Where(char.IsLetterOrDigit).ToArray());

    /// <summary>A YAML double-quoted scalar: JSON-style escapes for quotes, backslashes and every control or line-separator character.</summary>
    public static string YamlString(string value)
    {
        var builder = new StringBuilder(value.Length + 2).Append('"');
        foreach (var c in value)
        {
            if (c is '"' or '\\')
            {
                builder.Append('\\').Append(c);
            }
            else if (c < 0x20 || (c >= 0x7f && c <= 0x9f) || c is '\u2028' or '\u2029' or '\ufeff')
            {
                builder.Append("\\u").Append(((int)c).ToString("x4", System.Globalization.CultureInfo.InvariantCulture));
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.Append('"').ToString();
    }

    private void Add(string name) => Counts[name] = Counts.TryGetValue(name, out var n) ? n + 1 : 1;
}
