using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Xml;
using ArticleCompiler.Text;

namespace ArticleCompiler.Benchmarks;

/// <summary>
/// 'sentences --polnear DIR [--show N]': the sentence splitter on every PolNeAR paragraph, compared
/// with CoreNLP's sentence boundaries where a parse exists (a reference, not gold), and scanned for
/// splits that look wrong whatever CoreNLP says.
/// </summary>
/// <remarks>
/// PolNeAR's texts separate paragraphs by blank lines; CoreNLP's character offsets index the same
/// text as .NET strings (UTF-16), so a boundary on either side is the offset where the next
/// sentence starts. Only boundaries inside a paragraph count: a paragraph's end is a sentence's
/// end for both. Nothing read here is written anywhere but the console.
/// </remarks>
internal static class SentenceEvaluation
{
    // Independent of the splitter's own list on purpose: a sentence ending in one of these words or
    // in a single capital is suspect, whatever the splitter believes.
    private static readonly HashSet<string> Suspects = new(StringComparer.OrdinalIgnoreCase)
    {
        "no", "ont", "gov", "sen", "rep", "dr", "st", "mr", "mrs", "ms", "rev", "lt", "gen", "sgt", "col", "capt", "adm", "prof", "jr", "sr",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "a.m", "p.m", "u.s", "u.n", "d.c", "u.k", "e.u", "inc", "corp", "co", "ltd", "vs", "al",
        "ala", "ariz", "ark", "calif", "colo", "conn", "del", "fla", "ga", "ill", "ind", "kan", "ky", "la", "md", "mass", "mich", "minn",
        "miss", "mo", "mont", "neb", "nev", "okla", "ore", "pa", "tenn", "tex", "va", "vt", "wash", "wis", "wyo", "n.y", "n.j", "n.c", "n.h",
    };

    public static int Run(string[] args)
    {
        string? root = null;
        var show = 0;
        for (var i = 1; i < args.Length; i++)
        {
            if (args[i] == "--polnear" && i + 1 < args.Length)
            {
                root = args[++i];
            }
            else if (args[i] == "--show" && i + 1 < args.Length)
            {
                show = int.Parse(args[++i], CultureInfo.InvariantCulture);
            }
        }

        if (root is null || !Directory.Exists(root))
        {
            Console.Error.WriteLine("usage: sentences --polnear DIR [--show N]   (DIR holds {train,dev,test}/text)");
            return 2;
        }

        int articles = 0, paragraphs = 0, sentences = 0, parsed = 0, both = 0, oursOnly = 0, referenceOnly = 0, misaligned = 0;
        var suspectEnds = new List<string>();
        var suspectStarts = new List<string>();
        var extra = new List<string>();
        var missed = new List<string>();
        foreach (var set in new[] { "train", "dev", "test" })
        {
            var folder = Path.Combine(root, set, "text");
            if (!Directory.Exists(folder))
            {
                continue;
            }

            foreach (var file in Directory.GetFiles(folder, "*.txt").OrderBy(f => f, StringComparer.Ordinal))
            {
                articles++;
                var text = File.ReadAllText(file);
                var ours = new HashSet<int>();
                var inner = new List<(int Start, int End)>();
                foreach (var (start, end) in Paragraphs(text))
                {
                    paragraphs++;
                    inner.Add((start, end));
                    var spans = SentenceSplitter.Spans(text.Substring(start, end - start));
                    sentences += spans.Count;
                    for (var s = 0; s < spans.Count; s++)
                    {
                        var sentence = text.Substring(start + spans[s].Start, spans[s].Length);
                        if (s + 1 < spans.Count)
                        {
                            ours.Add(start + spans[s + 1].Start);
                            if (EndsSuspiciously(sentence))
                            {
                                suspectEnds.Add(Context(text, start + spans[s + 1].Start));
                            }
                        }

                        if (s > 0 && (char.IsLower(sentence[0]) || char.IsDigit(sentence[0])))
                        {
                            suspectStarts.Add(Context(text, start + spans[s].Start));
                        }
                    }
                }

                var xml = Path.Combine(root, set, "corenlp", Path.GetFileName(file) + ".xml");
                if (!File.Exists(xml))
                {
                    continue;
                }

                parsed++;
                var (starts, wrong) = CoreNlpSentenceStarts(xml, text);
                misaligned += wrong;
                var reference = new HashSet<int>(starts.Where(offset => inner.Any(p => p.Start < offset && offset < p.End)));
                foreach (var offset in ours)
                {
                    if (reference.Contains(offset))
                    {
                        both++;
                    }
                    else
                    {
                        oursOnly++;
                        extra.Add(Context(text, offset));
                    }
                }

                foreach (var offset in reference.Where(o => !ours.Contains(o)))
                {
                    referenceOnly++;
                    missed.Add(Context(text, offset));
                }
            }
        }

        var precision = both / (double)Math.Max(1, both + oursOnly);
        var recall = both / (double)Math.Max(1, both + referenceOnly);
        Console.WriteLine(FormattableString.Invariant($"articles {articles}, paragraphs {paragraphs}, sentences {sentences}"));
        Console.WriteLine(FormattableString.Invariant($"CoreNLP agreement on {parsed} parsed articles (boundaries inside paragraphs): both {both}, splitter only {oursOnly}, CoreNLP only {referenceOnly}; precision {precision:P2}, recall {recall:P2}, F1 {2 * precision * recall / Math.Max(1e-9, precision + recall):P2}"));
        if (misaligned > 0)
        {
            Console.WriteLine(FormattableString.Invariant($"warning: {misaligned} CoreNLP sentence starts do not point at their first word in the text"));
        }

        Console.WriteLine(FormattableString.Invariant($"suspicious: {suspectEnds.Count} sentences end in an abbreviation or an initial, {suspectStarts.Count} start in lower case or with a digit"));
        foreach (var (title, list) in new[] { ("splitter only", extra), ("CoreNLP only", missed), ("suspicious end", suspectEnds), ("suspicious start", suspectStarts) })
        {
            foreach (var line in list.Take(show))
            {
                Console.WriteLine(title + ": " + line);
            }
        }

        return 0;
    }

    /// <summary>Runs of non-blank lines, as offsets into <paramref name="text"/>, trimmed.</summary>
    private static IEnumerable<(int Start, int End)> Paragraphs(string text)
    {
        var i = 0;
        while (i < text.Length)
        {
            while (i < text.Length && char.IsWhiteSpace(text[i]))
            {
                i++;
            }

            if (i >= text.Length)
            {
                yield break;
            }

            var start = i;
            var end = i;
            while (i < text.Length)
            {
                var lineEnd = text.IndexOf('\n', i);
                lineEnd = lineEnd < 0 ? text.Length : lineEnd;
                if (string.IsNullOrWhiteSpace(text.Substring(i, lineEnd - i)))
                {
                    break;
                }

                end = lineEnd;
                i = lineEnd + 1;
            }

            while (end > start && char.IsWhiteSpace(text[end - 1]))
            {
                end--;
            }

            yield return (start, end);
        }
    }

    private static (List<int> Starts, int Misaligned) CoreNlpSentenceStarts(string path, string text)
    {
        var starts = new List<int>();
        var misaligned = 0;
        var expectFirst = false;
        string? word = null;
        using var reader = XmlReader.Create(path, new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore });
        while (reader.Read())
        {
            if (reader.NodeType != XmlNodeType.Element)
            {
                continue;
            }

            if (reader.Name == "sentence" && reader.Depth == 3)
            {
                expectFirst = true;
            }
            else if (expectFirst && reader.Name == "word")
            {
                word = reader.ReadElementContentAsString();
            }
            else if (expectFirst && reader.Name == "CharacterOffsetBegin")
            {
                var offset = reader.ReadElementContentAsInt();
                starts.Add(offset);
                expectFirst = false;
                if (word is { Length: > 0 } && char.IsLetterOrDigit(word[0]) && (offset >= text.Length || text[offset] != word[0]))
                {
                    misaligned++;
                }
            }
        }

        return (starts, misaligned);
    }

    private static bool EndsSuspiciously(string sentence)
    {
        var end = sentence.Length;
        while (end > 0 && sentence[end - 1] is '"' or '\'' or '\u201D' or '\u2019' or ')' or ']')
        {
            end--;
        }

        if (end == 0 || sentence[end - 1] != '.')
        {
            return false;
        }

        var start = end - 1;
        while (start > 0 && (char.IsLetter(sentence[start - 1]) || sentence[start - 1] == '.'))
        {
            start--;
        }

        var word = sentence.Substring(start, end - 1 - start);
        return (word.Length == 1 && char.IsUpper(word[0])) || Suspects.Contains(word);
    }

    private static string Context(string text, int offset)
    {
        var from = Math.Max(0, offset - 60);
        var to = Math.Min(text.Length, offset + 40);
        return (text.Substring(from, offset - from) + " ‖ " + text.Substring(offset, to - offset)).Replace('\n', ' ');
    }
}
