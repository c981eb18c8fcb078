using System;
using System.Collections.Generic;
using System.Linq;
using ArticleCompiler.Text;

namespace ArticleCompiler.Benchmarks.RealText;

/// <summary>
/// The sentence splitter that diff and annotate share, on every paragraph of real text: boundaries
/// that are almost surely wrong (<see cref="SuspectBoundary"/>, as the 'sentences' benchmark counts
/// them), by shape, with examples.
/// </summary>
public static class SplitterCheck
{
    public static void Run(RealTextReport report, IEnumerable<string> paragraphs)
    {
        var (count, boundaries) = (0, 0);
        var shapes = new SortedDictionary<string, int>(StringComparer.Ordinal);
        foreach (var paragraph in paragraphs)
        {
            var sentences = SentenceSplitter.Split(paragraph);
            count += sentences.Count;
            for (var i = 0; i + 1 < sentences.Count; i++)
            {
                boundaries++;
                var shape = SuspectBoundary.Shape(sentences[i], sentences[i + 1]);
                if (shape is null)
                {
                    continue;
                }

                shapes[shape] = shapes.TryGetValue(shape, out var n) ? n + 1 : 1;
                report.Example("splitter: " + shape, $"…{Tail(sentences[i])} ‖ {Head(sentences[i + 1])}…");
            }
        }

        report.Set("splitter: sentences / boundaries", $"{count} / {boundaries}");
        report.Set("splitter: suspect boundaries", shapes.Values.Sum());
        report.Set("splitter: suspect boundaries by shape", RealTextReport.ByCode(shapes));
    }

    private static string Tail(string s) => s.Length <= 60 ? s : s.Substring(s.Length - 60);

    private static string Head(string s) => s.Length <= 40 ? s : s.Substring(0, 40);
}
