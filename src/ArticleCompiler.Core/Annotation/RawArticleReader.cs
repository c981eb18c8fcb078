using System;
using System.Collections.Generic;
using System.Linq;

namespace ArticleCompiler.Annotation;

/// <summary>
/// Splits a plain-text news article into header (category, title, dateline, bylines) and blocks,
/// and tells paragraphs from subheadings and asides by their shape: short lines without final
/// punctuation, feed boilerplate (<see cref="BoilerplateLexicon"/>), credit lines and trailers. A
/// text without a headline (<see cref="HeadlineRules"/>) gets a stand-in title.
/// </summary>
public static class RawArticleReader
{
    private static readonly string[] Trailers = { "Discuss", "Comments", "Share", "Share this", "Comment", "Have your say" };

    /// <summary>Reads <paramref name="text"/> (any line endings; a final newline or none).</summary>
    public static RawArticle Read(string text)
    {
        var lines = text.Replace("\r\n", "\n").Replace('\r', '\n').Split('\n');
        var blocks = Blocks(lines);
        var (authors, agency) = TakeBoilerplate(blocks, lines);

        // The header: perhaps a lone short category line ("World"), then the headline, if the first
        // text line is one (HeadlineRules); boilerplate before it stays as asides of the lead.
        var head = blocks.FindIndex(b => b.Kind == RawBlockKind.Paragraph);
        string? category = null;
        string? title = null;
        if (head >= 0)
        {
            var next = head + 1;
            // The headline under a category stands alone: a blank line (or the end) after it, and it
            // is no dateline lead ("LONDON (Reuters) - ...").
            if (next < blocks.Count && IsSingleLine(blocks[head]) && IsSingleLine(blocks[next]) && IsCategoryLike(blocks[head].Text)
                && IsHeadlineLike(blocks[next].Text) && StandsAlone(blocks[next], lines) && DatelineReader.Read(blocks[next].Text) is null
                && HeadlineRules.IsHeadline(blocks[next].Text))
            {
                category = blocks[head].Text.Trim();
                title = HeadlineRules.Clean(blocks[next].Text);
                blocks.RemoveRange(head, 2);
            }
            else if (IsSingleLine(blocks[head]) && HeadlineRules.IsHeadline(blocks[head].Text))
            {
                title = HeadlineRules.Clean(blocks[head].Text);
                blocks.RemoveAt(head);
            }
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

            if (DatelineReader.Read(block.Text) is { } lead)
            {
                dateline = lead.Place;
                source = lead.Source;
            }

            break;
        }

        source ??= agency;
        var hasHeadline = title is not null;
        string? note = null;
        if (title is null)
        {
            title = HeadlineRules.StandIn(blocks) ?? string.Empty;
            note = title.Length == 0 ? null : "the raw text has no headline: the title is its first sentence, cut; it needs a real headline";
        }
        else if (title.Length > HeadlineRules.MaxTitleLength)
        {
            title = HeadlineRules.Cut(title, HeadlineRules.MaxTitleLength);
            note = FormattableString.Invariant($"the headline is longer than {HeadlineRules.MaxTitleLength} characters: the title is cut; it needs a shorter headline");
        }

        return new RawArticle(category, title, dateline, source, blocks) { HasHeadline = hasHeadline, TitleNote = note, Authors = authors };
    }

    // Every block of the text: lines between blank lines; a line that does not end a sentence
    // continues when the next one starts in lower case (hard-wrapped text).
    private static List<RawBlock> Blocks(string[] lines)
    {
        var blocks = new List<RawBlock>();
        var index = 0;
        while (index < lines.Length)
        {
            if (IsBlank(lines[index]))
            {
                index++;
                continue;
            }

            var start = index;
            var block = new List<string> { lines[index] };
            index++;
            while (index < lines.Length && !IsBlank(lines[index]) && !EndsSentence(block[block.Count - 1]) && StartsLowerCase(lines[index]))
            {
                block.Add(lines[index]);
                index++;
            }

            blocks.Add(new RawBlock(RawBlockKind.Paragraph, block, start + 1));
        }

        return blocks;
    }

    // Feed boilerplate on a line of its own (BoilerplateLexicon) becomes an aside; a byline leaves the
    // body for the front matter. A byline stands apart from the text (a blank line before it) or
    // directly under the first line; a credit glued under a paragraph ("Sputnik") stays a caption.
    private static (List<string> Authors, string? Agency) TakeBoilerplate(List<RawBlock> blocks, string[] lines)
    {
        var authors = new List<string>();
        string? agency = null;
        for (var i = 0; i < blocks.Count; i++)
        {
            if (!IsSingleLine(blocks[i]) || BoilerplateLexicon.Classify(blocks[i].Text) is not { } boilerplate)
            {
                continue;
            }

            if (boilerplate.Kind == BoilerplateKind.Byline)
            {
                var blankBefore = blocks[i].FirstLine < 2 || IsBlank(lines[blocks[i].FirstLine - 2]);
                if (!blankBefore && i > 1)
                {
                    continue;
                }

                authors.AddRange(boilerplate.Authors.Where(a => !authors.Contains(a)));
                agency ??= boilerplate.Agency;
                blocks.RemoveAt(i);
                i--;
                continue;
            }

            var kind = boilerplate.Kind switch
            {
                BoilerplateKind.Caption => RawBlockKind.Caption,
                BoilerplateKind.Related => RawBlockKind.Related,
                BoilerplateKind.Footer => RawBlockKind.Footer,
                _ => RawBlockKind.Aside,
            };
            blocks[i] = blocks[i] with { Kind = kind };
        }

        return (authors, agency);
    }

    private static bool IsSingleLine(RawBlock block) => block.Lines.Count == 1;

    private static bool StandsAlone(RawBlock block, string[] lines) => block.FirstLine >= lines.Length || IsBlank(lines[block.FirstLine]);

    private static void Classify(List<RawBlock> blocks, string[] lines)
    {
        for (var i = 0; i < blocks.Count; i++)
        {
            var block = blocks[i];
            if (block.Lines.Count != 1 || block.Kind != RawBlockKind.Paragraph)
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

            if (DatelineReader.Read(line) is { } lead && lead.BodyStart == line.Length)
            {
                // "WASHINGTON (Reuters) -" alone on its line: the dateline of the paragraph below.
            }
            else if (isLast && Array.Exists(Trailers, t => string.Equals(t, line.TrimEnd('.', '!'), StringComparison.OrdinalIgnoreCase)))
            {
                kind = RawBlockKind.Footer;
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

    internal static bool IsTitleCase(string line)
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
}
