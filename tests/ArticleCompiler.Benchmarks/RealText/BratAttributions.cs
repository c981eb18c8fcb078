using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;

namespace ArticleCompiler.Benchmarks.RealText;

/// <summary>A span of brat standoff: one or more [start, end) ranges in UTF-16 indexes of the text.</summary>
public sealed record StandoffSpan(IReadOnlyList<(int Start, int End)> Ranges)
{
    public bool IsDiscontinuous => Ranges.Count > 1;

    public int Start => Ranges[0].Start;

    public int End => Ranges[Ranges.Count - 1].End;
}

/// <summary>One attribution of a PolNeAR annotator: the content, the source (absent for "no source" ones) and the cue ("said", "according to").</summary>
public sealed record Attribution(StandoffSpan Content, StandoffSpan? Source, StandoffSpan? Cue = null);

/// <summary>
/// Reads the attributions of a PolNeAR <c>.ann</c> file (brat standoff): T lines
/// <c>Tn TYPE START END[;START END] text</c>, E lines <c>En Attribution:Tn Content:Tn Cue:Tn Source:Tn</c>.
/// brat counts offsets in Unicode code points; they are turned into UTF-16 indexes of
/// <paramref name="text"/> so that characters outside the BMP do not shift the spans.
/// </summary>
public static class BratAttributions
{
    public static IReadOnlyList<Attribution> Read(string annPath, string text)
    {
        var utf16 = CodePointToUtf16(text);
        var spans = new Dictionary<string, StandoffSpan>(StringComparer.Ordinal);
        var events = new List<string[]>();
        foreach (var line in File.ReadAllLines(annPath))
        {
            var fields = line.Split('\t');
            if (fields.Length < 2)
            {
                continue;
            }

            if (fields[0].StartsWith("T", StringComparison.Ordinal))
            {
                var typeAndRanges = fields[1];
                var space = typeAndRanges.IndexOf(' ');
                if (space < 0)
                {
                    continue;
                }

                var ranges = new List<(int, int)>();
                foreach (var range in typeAndRanges.Substring(space + 1).Split(';'))
                {
                    var bounds = range.Trim().Split(' ');
                    var start = int.Parse(bounds[0], CultureInfo.InvariantCulture);
                    var end = int.Parse(bounds[1], CultureInfo.InvariantCulture);
                    ranges.Add((utf16[Math.Min(start, utf16.Length - 1)], utf16[Math.Min(end, utf16.Length - 1)]));
                }

                spans[fields[0]] = new StandoffSpan(ranges);
            }
            else if (fields[0].StartsWith("E", StringComparison.Ordinal))
            {
                events.Add(fields[1].Split(' '));
            }
        }

        var attributions = new List<Attribution>();
        foreach (var arguments in events)
        {
            StandoffSpan? content = null;
            StandoffSpan? source = null;
            StandoffSpan? cue = null;
            foreach (var argument in arguments)
            {
                var colon = argument.IndexOf(':');
                if (colon < 0 || !spans.TryGetValue(argument.Substring(colon + 1), out var span))
                {
                    continue;
                }

                var role = argument.Substring(0, colon);
                if (role == "Content")
                {
                    content = span;
                }
                else if (role == "Source")
                {
                    source = span;
                }
                else if (role == "Cue")
                {
                    cue = span;
                }
            }

            if (content is not null)
            {
                attributions.Add(new Attribution(content, source, cue));
            }
        }

        attributions.Sort((a, b) => a.Content.Start.CompareTo(b.Content.Start));
        return attributions;
    }

    // utf16[codePointIndex] = the UTF-16 index of that code point; one entry past the end.
    private static int[] CodePointToUtf16(string text)
    {
        var map = new List<int>(text.Length + 1);
        for (var i = 0; i < text.Length; i++)
        {
            map.Add(i);
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
        }

        map.Add(text.Length);
        return map.ToArray();
    }
}
