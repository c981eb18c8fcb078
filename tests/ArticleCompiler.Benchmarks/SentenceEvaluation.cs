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
/// boundaries that look wrong whatever CoreNLP says (<see cref="SuspectBoundary"/>, as the realtext
/// benchmark counts them).
/// </summary>
/// <remarks>
/// PolNeAR's texts separate paragraphs by blank lines; CoreNLP's character offsets index the same
/// text as .NET strings (UTF-16), so a boundary on either side is the offset where the next
/// sentence starts. Only boundaries inside a paragraph count: a paragraph's end is a sentence's
/// end for both. Nothing read here is written anywhere but the console.
/// </remarks>
internal static class SentenceEvaluation
{
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
        var boundaries = 0;
        var shapes = new SortedDictionary<string, int>(StringComparer.Ordinal);
        var suspects = new List<string>();
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
                    for (var s = 0; s + 1 < spans.Count; s++)
                    {
                        boundaries++;
                        var next = start + spans[s + 1].Start;
                        ours.Add(next);
                        if (SuspectBoundary.Shape(text.Substring(start + spans[s].Start, spans[s].Length), text.Substring(next, spans[s + 1].Length)) is { } shape)
                        {
                            shapes[shape] = shapes.TryGetValue(shape, out var n) ? n + 1 : 1;
                            suspects.Add($"({shape}) {Context(text, next)}");
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

        // The same count as the realtext benchmark's "splitter: suspect boundaries".
        Console.WriteLine(FormattableString.Invariant($"suspect boundaries: {suspects.Count} of {boundaries} ({string.Join(", ", shapes.Select(p => $"{p.Key} ×{p.Value}"))})"));
        foreach (var (title, list) in new[] { ("splitter only", extra), ("CoreNLP only", missed), ("suspect", suspects) })
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

    private static string Context(string text, int offset)
    {
        var from = Math.Max(0, offset - 60);
        var to = Math.Min(text.Length, offset + 40);
        return (text.Substring(from, offset - from) + " ‖ " + text.Substring(offset, to - offset)).Replace('\n', ' ');
    }
}
