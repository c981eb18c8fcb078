using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using ArticleCompiler.Annotation;
using ArticleCompiler.Tests.Shared;

namespace ArticleCompiler.Benchmarks;

/// <summary>
/// Whether annotate's confidences mean what they say, on PolNeAR: an attribution is right when its
/// speaker is the gold speaker, judged on the attributions whose quote matches a gold quote at 0.8
/// with a named source (a spurious span is a span error, counted by the F1; a pronoun source
/// cannot be checked). <see cref="Fit"/> measures the table <see cref="ConfidenceCalibration"/> holds.
/// </summary>
internal static class BratCalibration
{
    // A score is measured when at least this many of its attributions are judged: fewer make its share noise.
    private const int MinimumJudged = 40;

    private static readonly (double Low, double High)[] Buckets =
    {
        (0.0, 0.3), (0.3, 0.5), (0.5, 0.6), (0.6, 0.7), (0.7, 0.8), (0.8, 0.9), (0.9, 1.01),
    };

    /// <summary>The calibration table of the confidences annotate prints, and the two targets.</summary>
    public static void Print(IReadOnlyList<BratScoredArticle> articles)
    {
        var all = articles.SelectMany(a => Judged(a, a.AllPredicted)).ToList();
        Console.WriteLine("Calibration (annotate at --min-confidence 0, every attribution with its confidence; 'right' = the gold speaker, of the attributions whose span matches a gold quote with a named source at 0.8):");
        Console.WriteLine();
        Console.WriteLine("| confidence | attributions | judged | right | share right |");
        Console.WriteLine("|---|---|---|---|---|");
        foreach (var (low, high) in Buckets)
        {
            var bucket = all.Where(o => o.Confidence >= low - 1e-9 && o.Confidence < high - 1e-9).ToList();
            var judged = bucket.Where(o => o.Right is not null).ToList();
            var right = judged.Count(o => o.Right == true);
            var label = high > 1 ? Invariant($"{low:0.0}–1.0") : Invariant($"{low:0.0}–{high:0.0}");
            Console.WriteLine(Invariant($"| {label} | {bucket.Count} | {judged.Count} | {right} | {Percent(right, judged.Count)} |"));
        }

        var written = all.Where(o => o.Confidence >= AnnotatorOptions.DefaultMinimumConfidence - 1e-9).ToList();
        var writtenJudged = written.Where(o => o.Right is not null).ToList();
        var flagged = written.Count(o => o.Confidence < AnnotatorOptions.Sure - 1e-9);
        var unflaggedJudged = written.Where(o => o.Confidence >= AnnotatorOptions.Sure - 1e-9 && o.Right is not null).ToList();
        Console.WriteLine();
        Console.WriteLine("| target (issue 14) | value |");
        Console.WriteLine("|---|---|");
        Console.WriteLine(Invariant($"| written attributions (confidence ≥ 0.5) right | {Percent(writtenJudged.Count(o => o.Right == true), writtenJudged.Count)} (of {writtenJudged.Count} judged) |"));
        Console.WriteLine(Invariant($"| written attributions flagged \"to check\" (below 0.8) | {Percent(flagged, written.Count)} ({flagged} of {written.Count}) |"));
        Console.WriteLine(Invariant($"| unflagged ones right | {Percent(unflaggedJudged.Count(o => o.Right == true), unflaggedJudged.Count)} (of {unflaggedJudged.Count} judged) |"));
        Console.WriteLine();
    }

    /// <summary>
    /// Measures the calibration on the rules' raw scores: for each score, the share right of the
    /// judged attributions scored so ((right + 1) / (judged + 2), so that all right is not certainty). A score with fewer than <see cref="MinimumJudged"/> judged
    /// attributions is not measured (its share would be noise) and keeps its value. Prints the
    /// scores and the table to paste into <see cref="ConfidenceCalibration"/>.
    /// </summary>
    public static void Fit(IReadOnlyList<BratScoredArticle> articles)
    {
        var outcomes = articles.Where(a => a.RawPredicted is not null).SelectMany(a => Judged(a, a.RawPredicted!)).ToList();
        var scores = outcomes.GroupBy(o => Math.Round(o.Confidence, 2)).OrderBy(g => g.Key)
            .Select(g => (Score: g.Key, All: g.Count(), Right: g.Count(o => o.Right == true), Judged: g.Count(o => o.Right is not null))).ToList();

        Console.WriteLine("Raw rule scores (annotate before calibration), judged as above:");
        Console.WriteLine();
        Console.WriteLine("| raw score | attributions | judged | right | share right |");
        Console.WriteLine("|---|---|---|---|---|");
        foreach (var (score, all, right, judged) in scores)
        {
            Console.WriteLine(Invariant($"| {score:0.00} | {all} | {judged} | {right} | {Percent(right, judged)} |"));
        }

        Console.WriteLine();
        Console.WriteLine(Invariant($"Measured scores (at least {MinimumJudged} judged), for ConfidenceCalibration.Measured:"));
        Console.WriteLine();
        Console.WriteLine("```csharp");
        foreach (var (score, _, right, judged) in scores.Where(s => s.Judged >= MinimumJudged))
        {
            // Laplace's rule of succession: 166 right of 166 is not a certainty.
            Console.WriteLine(Invariant($"        ({score:0.00}, {(right + 1.0) / (judged + 2.0):0.00}), // {right} of {judged}"));
        }

        Console.WriteLine("```");
        Console.WriteLine();
    }

    // Each prediction's confidence (1 when no note gives it) and whether its speaker is right (null: not judged).
    private static IEnumerable<(double Confidence, bool? Right)> Judged(BratScoredArticle article, IReadOnlyList<LocatedQuote> predicted) =>
        BratEvaluation.Outcomes(article, predicted).Select(o => (o.Quote.Confidence ?? 1.0, o.SpanMatched && !o.OnIgnored && !o.Unscorable ? o.Right : null));

    private static string Percent(int part, int whole) => whole == 0 ? "–" : Invariant($"{100.0 * part / whole:0.0}%");

    private static string Invariant(FormattableString text) => FormattableString.Invariant(text);
}
