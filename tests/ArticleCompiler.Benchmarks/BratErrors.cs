using System;
using System.Collections.Generic;
using System.Linq;
using ArticleCompiler.Benchmarks.RealText;
using ArticleCompiler.Tests.Shared;

namespace ArticleCompiler.Benchmarks;

/// <summary>
/// The errors of annotate-eval --polnear by class, counted at 0.8 with all quotes together, each
/// with up to N examples (gold in ⟦ ⟧, prediction in ⟨ ⟩) when --show N is given: what the next
/// round of rules is tuned on.
/// </summary>
internal static class BratErrors
{
    public static void Print(IReadOnlyList<BratScoredArticle> articles, int show)
    {
        var classes = new SortedDictionary<string, List<string>>(StringComparer.Ordinal);
        var shapes = new SortedDictionary<string, int>(StringComparer.Ordinal);
        void Add(string name, string example) =>
            (classes.TryGetValue(name, out var list) ? list : classes[name] = new List<string>()).Add(example);

        foreach (var article in articles)
        {
            var gold = article.Gold.Select(g => g.Quote).ToList();
            var predicted = article.Predicted;
            var matches = AnnotationScoring.Match(gold, predicted, AnnotationScoring.Overlap);
            var goldMatched = matches.ToDictionary(m => m.Gold, m => m.Predicted);
            var predictedMatched = matches.ToDictionary(m => m.Predicted, m => m.Gold);
            for (var i = 0; i < gold.Count; i++)
            {
                var g = article.Gold[i];
                if (g.Quote.Ignored)
                {
                    continue;
                }

                var kind = g.Quote.IsIndirect ? "reported" : "direct";
                if (!goldMatched.TryGetValue(i, out var j))
                {
                    var near = predicted.Where(p => AnnotationScoring.OverlapOf(g.Quote, p) > 0).OrderByDescending(p => AnnotationScoring.OverlapOf(g.Quote, p)).FirstOrDefault();
                    if (near is null)
                    {
                        Add(kind + ": not found at all", Show(article.Text, g.Quote, null, g.Source, null));
                    }
                    else
                    {
                        static string Side(int d, string before, string after) => Math.Abs(d) <= 2 ? "same" : d < 0 ? before : after;
                        var shape = kind + " start " + Side(near.Start - g.Quote.Start, "earlier", "later") + ", end " + Side(near.End - g.Quote.End, "earlier", "later")
                            + ", overlap " + (Math.Floor(AnnotationScoring.OverlapOf(g.Quote, near) * 10) / 10).ToString("0.0", System.Globalization.CultureInfo.InvariantCulture);
                        shapes[shape] = shapes.GetValueOrDefault(shape) + 1;
                        var which = near.IsIndirect != g.Quote.IsIndirect ? "found as the other class or" : near.Length > g.Quote.Length ? "predicted too long," : "predicted too short,";
                        Add(kind + ": wrong boundaries (" + which + " overlap below 0.8)", Show(article.Text, g.Quote, near, g.Source, near.Speaker));
                    }
                }
                else if (g.Quote.Speaker.Count > 0 && !AnnotationScoring.SameSpeaker(g.Quote.Speaker, predicted[j].Speaker))
                {
                    var source = Sentence(article.Text, g.Quote.Start).Contains(g.Source, StringComparison.Ordinal) ? "gold source near the quote" : "gold source further back";
                    Add(kind + ": wrong speaker (" + source + ")", Show(article.Text, g.Quote, predicted[j], g.Source, predicted[j].Speaker));
                }
            }

            for (var j = 0; j < predicted.Count; j++)
            {
                if (predictedMatched.TryGetValue(j, out var i))
                {
                    if (gold[i].Ignored)
                    {
                        Add("prediction on " + article.Gold[i].Class + " (not counted)", Show(article.Text, gold[i], predicted[j], article.Gold[i].Source, predicted[j].Speaker));
                    }

                    continue;
                }

                var kind = predicted[j].IsIndirect ? "reported" : "direct";
                var overlapped = Enumerable.Range(0, gold.Count).Where(i => AnnotationScoring.OverlapOf(gold[i], predicted[j]) > 0)
                    .OrderByDescending(i => AnnotationScoring.OverlapOf(gold[i], predicted[j])).ToList();
                if (overlapped.Count == 0)
                {
                    Add(kind + ": spurious (overlaps no attribution)", Show(article.Text, null, predicted[j], null, predicted[j].Speaker));
                }
                else
                {
                    // Unmatched but on an attribution: what the prediction-side misses are made of.
                    var first = overlapped[0];
                    var what = overlapped.All(i => gold[i].Ignored) ? "only " + article.Gold[first].Class
                        : overlapped.Any(i => !gold[i].Ignored && gold[i].IsIndirect == predicted[j].IsIndirect) ? "its class, overlap below 0.8"
                        : "the other class only";
                    Add(kind + ": unmatched prediction (overlaps " + what + ")", Show(article.Text, gold[first], predicted[j], article.Gold[first].Source, predicted[j].Speaker));
                }
            }
        }

        Console.WriteLine("Errors by class (at 0.8, all quotes together; a gold quote found with wrong boundaries is also a spurious prediction in the F1):");
        Console.WriteLine();
        Console.WriteLine("| class | count |");
        Console.WriteLine("|---|---|");
        foreach (var (name, examples) in classes.OrderByDescending(c => c.Value.Count))
        {
            Console.WriteLine($"| {name} | {examples.Count} |");
        }

        Console.WriteLine();
        Console.WriteLine("Gold quotes found with wrong boundaries, by side (within 2 characters is 'same') and overlap:");
        Console.WriteLine();
        Console.WriteLine("| near miss | count |");
        Console.WriteLine("|---|---|");
        foreach (var (shape, n) in shapes.OrderByDescending(s => s.Value))
        {
            Console.WriteLine($"| {shape} | {n} |");
        }

        Console.WriteLine();
        if (show <= 0)
        {
            return;
        }

        foreach (var (name, examples) in classes.OrderByDescending(c => c.Value.Count))
        {
            Console.WriteLine("### " + name);
            // Spread over the set rather than the first articles' cases.
            var step = Math.Max(1, examples.Count / show);
            foreach (var example in examples.Where((_, k) => k % step == 0).Take(show))
            {
                Console.WriteLine("- " + example);
            }

            Console.WriteLine();
        }
    }

    private static string Show(string text, LocatedQuote? gold, LocatedQuote? predicted, string? source, IReadOnlyList<string>? speaker)
    {
        var from = Math.Max(0, Math.Min(gold?.Start ?? int.MaxValue, predicted?.Start ?? int.MaxValue) - 120);
        var to = Math.Min(text.Length, Math.Max(gold?.End ?? 0, predicted?.End ?? 0) + 80);
        var marks = new List<(int At, int Order, string Mark)>();
        if (gold is not null)
        {
            marks.Add((gold.Start, 1, "⟦"));
            marks.Add((gold.End, 0, "⟧"));
        }

        if (predicted is not null)
        {
            marks.Add((predicted.Start, 2, "⟨"));
            marks.Add((predicted.End, -1, "⟩"));
        }

        var excerpt = text.Substring(from, to - from);
        foreach (var (at, _, mark) in marks.OrderByDescending(m => m.At).ThenBy(m => m.Order))
        {
            excerpt = excerpt.Insert(Math.Clamp(at - from, 0, excerpt.Length), mark);
        }

        var who = (source is null ? string.Empty : " gold source: '" + source + "'") + (speaker is null ? string.Empty : " predicted: '" + string.Join(" / ", speaker) + "'");
        return "…" + string.Join(" ", excerpt.Split(new[] { ' ', '\n', '\r', '\t' }, StringSplitOptions.RemoveEmptyEntries)) + "…" + who;
    }

    // Near the quote: from the last full stop or line break before it to the end of its paragraph.
    private static string Sentence(string text, int at)
    {
        var start = Math.Max(0, text.LastIndexOfAny(new[] { '\n', '.' }, Math.Max(0, at - 1)) + 1);
        var end = text.IndexOf('\n', at);
        return text.Substring(start, (end < 0 ? text.Length : end) - start);
    }
}
