using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;

namespace ArticleCompiler.Annotation;

/// <summary>
/// Splits a plain-text news article into header (category, title, dateline) and blocks, and tells
/// paragraphs from subheadings and asides by their shape: short lines without final punctuation,
/// "READ MORE:" lines, credit lines and trailers.
/// </summary>
public static class RawArticleReader
{
    private static readonly Regex DatelineLead = new(
        @"^(?<place>[A-Z][A-Z.'\- ]*[A-Z.])(?:,\s*[A-Za-z.]+(?:\s[A-Za-z.]+)?)?\s*\((?<source>[^()\n]{2,40})\)\s*[-–—]",
        RegexOptions.CultureInvariant);

    private static readonly string[] Trailers = { "Discuss", "Comments", "Share", "Share this", "Comment", "Have your say" };

    /// <summary>Reads <paramref name="text"/> (any line endings; a final newline or none).</summary>
    public static RawArticle Read(string text)
    {
        var lines = text.Replace("\r\n", "\n").Replace('\r', '\n').Split('\n');
        var index = 0;
        SkipBlank(lines, ref index);

        // A lone short first line followed by another header line is the category ("World").
        string? category = null;
        var first = index < lines.Length ? lines[index] : string.Empty;
        var next = NextNonBlank(lines, index + 1);
        // The headline under a category stands alone: a blank line (or the end) after it, and it is
        // no dateline lead ("LONDON (Reuters) - ...").
        var afterNext = next + 1 < lines.Length ? lines[next + 1] : string.Empty;
        if (next >= 0 && IsCategoryLike(first) && IsHeadlineLike(lines[next]) && IsBlank(afterNext) && !DatelineLead.IsMatch(lines[next]))
        {
            category = first.Trim();
            index = next;
        }

        var title = index < lines.Length ? lines[index].Trim() : string.Empty;
        index++;

        var blocks = new List<RawBlock>();
        var lineCount = lines.Length;
        while (index < lineCount)
        {
            if (IsBlank(lines[index]))
            {
                index++;
                continue;
            }

            var start = index;
            var block = new List<string> { lines[index] };
            index++;

            // Hard-wrapped text: a line that does not end a sentence continues when the next one
            // starts in lower case.
            while (index < lineCount && !IsBlank(lines[index]) && !EndsSentence(block[block.Count - 1]) && StartsLowerCase(lines[index]))
            {
                block.Add(lines[index]);
                index++;
            }

            blocks.Add(new RawBlock(RawBlockKind.Paragraph, block, start + 1));
        }

        Classify(blocks, lines);

        string? dateline = null;
        string? source = null;
        foreach (var block in blocks)
        {
            if (block.Kind != RawBlockKind.Paragraph)
            {
                continue;
            }

            var match = DatelineLead.Match(block.Text);
            if (match.Success)
            {
                dateline = match.Groups["place"].Value.Trim();
                source = match.Groups["source"].Value.Trim();
            }

            break;
        }

        return new RawArticle(category, title, dateline, source, blocks);
    }

    private static void Classify(List<RawBlock> blocks, string[] lines)
    {
        for (var i = 0; i < blocks.Count; i++)
        {
            var block = blocks[i];
            if (block.Lines.Count != 1)
            {
                continue;
            }

            var line = block.Lines[0].Trim();
            var blankBefore = block.FirstLine < 2 || IsBlank(lines[block.FirstLine - 2]);
            var blankAfter = block.FirstLine >= lines.Length || IsBlank(lines[block.FirstLine]);
            var isLast = i == blocks.Count - 1;
            var previousIsParagraph = i > 0 && blocks[i - 1].Kind == RawBlockKind.Paragraph;
            var nextIsText = !isLast && blocks[i + 1].Lines[0].Trim().Length > 0;
            RawBlockKind? kind = null;

            if (line.StartsWith("READ MORE", StringComparison.OrdinalIgnoreCase) || line.StartsWith("READ ALSO", StringComparison.OrdinalIgnoreCase)
                || line.StartsWith("See also:", StringComparison.OrdinalIgnoreCase) || line.StartsWith("Related:", StringComparison.OrdinalIgnoreCase))
            {
                kind = RawBlockKind.Related;
            }
            else if (isLast && Array.Exists(Trailers, t => string.Equals(t, line.TrimEnd('.', '!'), StringComparison.OrdinalIgnoreCase)))
            {
                kind = RawBlockKind.Footer;
            }
            else if (line.StartsWith("Photo:", StringComparison.OrdinalIgnoreCase) || line.StartsWith("©", StringComparison.Ordinal)
                || line.StartsWith("Image:", StringComparison.OrdinalIgnoreCase) || line.StartsWith("(Photo", StringComparison.OrdinalIgnoreCase))
            {
                kind = RawBlockKind.Caption;
            }
            else if (!EndsWithPunctuation(line) && previousIsParagraph && !blankBefore && WordCount(line) <= 4)
            {
                // A credit glued under a paragraph: "Sputnik", "AFP / John Smith".
                kind = RawBlockKind.Caption;
            }
            else if (!EndsWithPunctuation(line) && IsTitleCase(line) && WordCount(line) >= 7 && !blankAfter && nextIsText)
            {
                // An embedded related headline, glued above the next paragraph.
                kind = RawBlockKind.Related;
            }
            else if (!EndsWithPunctuation(line) && blankBefore && blankAfter && !isLast && WordCount(line) <= 8 && line.Length <= 70 && char.IsUpper(FirstLetter(line)))
            {
                kind = RawBlockKind.Heading;
            }

            if (kind is { } k)
            {
                blocks[i] = block with { Kind = k };
            }
        }
    }

    private static bool IsCategoryLike(string line)
    {
        var trimmed = line.Trim();
        return trimmed.Length > 0 && trimmed.Length <= 30 && WordCount(trimmed) <= 3 && !EndsWithPunctuation(trimmed) && char.IsUpper(FirstLetter(trimmed));
    }

    private static bool IsHeadlineLike(string line)
    {
        var trimmed = line.Trim();
        return WordCount(trimmed) >= 3 && trimmed.Length <= 200 && !trimmed.EndsWith(".", StringComparison.Ordinal);
    }

    private static bool IsTitleCase(string line)
    {
        var words = 0;
        var capitalised = 0;
        foreach (var word in line.Split(new[] { ' ', '\u00A0', '\t' }, StringSplitOptions.RemoveEmptyEntries))
        {
            var letter = FirstLetter(word);
            if (letter == '\0')
            {
                continue;
            }

            words++;
            if (char.IsUpper(letter) || EnglishLexicon.IsTitleCaseMinorWord(word))
            {
                capitalised++;
            }
        }

        return words > 0 && capitalised * 10 >= words * 9;
    }

    internal static char FirstLetter(string text)
    {
        foreach (var c in text)
        {
            if (char.IsLetter(c))
            {
                return c;
            }
        }

        return '\0';
    }

    private static bool EndsWithPunctuation(string line)
    {
        var trimmed = line.TrimEnd();
        if (trimmed.Length == 0)
        {
            return false;
        }

        var last = trimmed[trimmed.Length - 1];
        return last is '.' or '!' or '?' or ':' or ';' or ',' or '"' or '\u201D' or '\u2019' or ')';
    }

    private static bool EndsSentence(string line)
    {
        var trimmed = line.TrimEnd();
        return trimmed.Length == 0 || trimmed[trimmed.Length - 1] is '.' or '!' or '?' or '"' or '\u201D' or ':';
    }

    private static bool StartsLowerCase(string line)
    {
        var trimmed = line.TrimStart();
        return trimmed.Length > 0 && char.IsLower(trimmed[0]);
    }

    private static int WordCount(string text) => Parsing.SyntaxRules.CountWords(text);

    private static bool IsBlank(string line)
    {
        foreach (var c in line)
        {
            if (!char.IsWhiteSpace(c))
            {
                return false;
            }
        }

        return true;
    }

    private static void SkipBlank(string[] lines, ref int index)
    {
        while (index < lines.Length && IsBlank(lines[index]))
        {
            index++;
        }
    }

    private static int NextNonBlank(string[] lines, int index)
    {
        SkipBlank(lines, ref index);
        return index < lines.Length ? index : -1;
    }
}
