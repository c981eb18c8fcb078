using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using ArticleCompiler.Annotation;
using ArticleCompiler.Benchmarks.RealText;
using ArticleCompiler.Tests.Shared;

namespace ArticleCompiler.Benchmarks;

/// <summary>One PolNeAR article as scored: its text, gold, and the predictions at the default and at zero minimum confidence.</summary>
/// <param name="AllPredicted">At zero minimum confidence, every attribution with its confidence.</param>
/// <param name="RawPredicted">As AllPredicted, with the rules' confidences before calibration (only with --calibrate).</param>
internal sealed record BratScoredArticle(string Name, string Text, IReadOnlyList<BratGoldQuote> Gold, IReadOnlyList<LocatedQuote> Predicted, IReadOnlyList<LocatedQuote> AllPredicted, IReadOnlyList<LocatedQuote>? RawPredicted);

/// <summary>
/// 'annotate-eval --polnear DATA [--split train|dev|test]... [--show N] [--calibrate]': artc annotate's engine on
/// PolNeAR (the first annotator's file of each article, in name order, as <see cref="BratCorpus"/>
/// chooses), scored by the GGT metric (<see cref="AnnotationScoring"/>) against the gold
/// <see cref="BratGold"/> maps; one table per split, train and dev unless splits are named. The
/// texts are read from DATA and written nowhere but the console. --calibrate also fits the
/// confidence calibration (<see cref="BratCalibration"/>) on each split named.
/// </summary>
internal static class BratEvaluation
{
    private const double Loose = 0.3;

    private static readonly Regex ConfidenceInNote = new(@"confidence (\d\.\d+)", RegexOptions.CultureInvariant);

    public static int Run(string[] args)
    {
        string? root = null;
        var splits = new List<string>();
        var show = 0;
        var calibrate = false;
        for (var i = 1; i < args.Length; i++)
        {
            if (args[i] == "--polnear" && i + 1 < args.Length)
            {
                root = args[++i];
            }
            else if (args[i] == "--split" && i + 1 < args.Length && BratCorpus.Compartments.Contains(args[i + 1]))
            {
                splits.Add(args[++i]);
            }
            else if (args[i] == "--calibrate")
            {
                calibrate = true;
            }
            else if (args[i] == "--show" && i + 1 < args.Length && int.TryParse(args[i + 1], NumberStyles.None, CultureInfo.InvariantCulture, out show))
            {
                i++;
            }
            else
            {
                root = null;
                break;
            }
        }

        if (root is null || !Directory.Exists(Path.Combine(root, "train", "attributions")))
        {
            Console.Error.WriteLine("usage: annotate-eval --polnear DATA [--split train|dev|test]... [--show N] [--calibrate]   (DATA is PolNeAR's data/ folder; test only when named)");
            return 2;
        }

        if (splits.Count == 0)
        {
            splits.AddRange(new[] { "train", "dev" });
        }

        var corpus = BratCorpus.Load(root);
        foreach (var split in splits)
        {
            var unreadable = new List<string>();
            var articles = new List<BratScoredArticle>();
            foreach (var article in corpus.Where(a => a.AnnotationPath is not null && Path.GetFileName(Path.GetDirectoryName(Path.GetDirectoryName(a.TextPath))) == split))
            {
                var scored = Score(article, unreadable, calibrate);
                if (scored is not null)
                {
                    articles.Add(scored);
                }
            }

            Console.WriteLine($"## PolNeAR {split}: {articles.Count} articles");
            Console.WriteLine();
            if (unreadable.Count > 0)
            {
                Console.WriteLine($"Left out, their draft's quotes not found in the text: {unreadable.Count} ({string.Join("; ", unreadable.Take(5))}{(unreadable.Count > 5 ? ", ..." : string.Empty)})");
                Console.WriteLine();
            }

            PrintTables(articles);
            BratCalibration.Print(articles);
            if (calibrate)
            {
                BratCalibration.Fit(articles);
            }

            BratErrors.Print(articles, show);
        }

        return 0;
    }

    private static BratScoredArticle? Score(BratArticle article, List<string> unreadable, bool calibrate)
    {
        var text = File.ReadAllText(article.TextPath);
        var gold = BratGold.Map(text, BratAttributions.Read(article.AnnotationPath!, text));
        try
        {
            var predicted = Predict(text, article.Name, new AnnotatorOptions());
            var all = Predict(text, article.Name, new AnnotatorOptions(MinimumConfidence: 0) { NoteEveryAttribution = true });
            var raw = calibrate ? Predict(text, article.Name, new AnnotatorOptions(MinimumConfidence: 0) { NoteEveryAttribution = true, RawConfidence = true }) : null;
            return new BratScoredArticle(article.Name, text, gold, predicted, all, raw);
        }
        catch (InvalidOperationException e)
        {
            unreadable.Add(article.Name + ": " + (e.Message.Length > 160 ? e.Message.Substring(0, 160) + "…" : e.Message));
            return null;
        }
    }

    // The draft's quotes in the raw text, each with the confidence its note gives (none: at least 'Sure').
    private static IReadOnlyList<LocatedQuote> Predict(string text, string name, AnnotatorOptions options)
    {
        var result = ArticleAnnotator.Annotate(text, options, name);
        var quotes = AnnotationScoring.Locate(result.Draft, text, quotationsInReports: false, perParagraph: true);
        var lineStarts = new List<int> { 0 };
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                lineStarts.Add(i + 1);
            }
        }

        var confidences = new Dictionary<int, double>();
        foreach (var note in result.Notes.Where(n => n.Annotated && n.Line >= 1 && n.Line <= lineStarts.Count))
        {
            var match = ConfidenceInNote.Match(note.Message);
            if (!match.Success)
            {
                continue;
            }

            // A note points at the quote's first character or at its opening mark.
            var at = lineStarts[note.Line - 1] + note.Column - 1;
            var quote = Enumerable.Range(0, quotes.Count).Where(i => !confidences.ContainsKey(i) && Math.Abs(quotes[i].Start - at) <= 2)
                .OrderBy(i => Math.Abs(quotes[i].Start - at)).Cast<int?>().FirstOrDefault();
            if (quote is { } index)
            {
                confidences[index] = double.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
            }
        }

        return quotes.Select((q, i) => confidences.TryGetValue(i, out var c) ? q with { Confidence = c } : q).ToList();
    }

    private static void PrintTables(IReadOnlyList<BratScoredArticle> articles)
    {
        QuoteCounts Sum(bool? indirect, double threshold) =>
            articles.Select(a => AnnotationScoring.Score(a.Gold.Select(g => g.Quote).ToList(), a.Predicted, indirect, threshold)).Aggregate(QuoteCounts.Zero, (x, y) => x + y);

        Console.WriteLine("| quotes | gold | found | P @0.8 | R @0.8 | F1 @0.8 | F1 @0.3 | speaker accuracy @0.8 | attributed F1 |");
        Console.WriteLine("|---|---|---|---|---|---|---|---|---|");
        foreach (var (name, indirect) in new[] { ("direct and partial", (bool?)false), ("reported", true), ("all", null) })
        {
            var strict = Sum(indirect, AnnotationScoring.Overlap);
            var loose = Sum(indirect, Loose);
            Console.WriteLine(Invariant($"| {name} | {strict.Gold} | {strict.Predicted} | {strict.OverlapPrecision * 100:0.0} | {strict.OverlapRecall * 100:0.0} | {strict.OverlapF1 * 100:0.0} | {loose.OverlapF1 * 100:0.0} | {strict.SpeakerAccuracy * 100:0.0}% | {strict.AttributedF1 * 100:0.0} |"));
        }

        var all = Sum(null, AnnotationScoring.Overlap);
        var reported = Sum(true, AnnotationScoring.Overlap);
        var outcomes = articles.SelectMany(a => Outcomes(a, a.Predicted)).ToList();
        var flagged = outcomes.Count(o => o.Quote.Confidence is { } c && c < AnnotatorOptions.Sure);
        var unflagged = outcomes.Where(o => o.Quote.Confidence is null || o.Quote.Confidence >= AnnotatorOptions.Sure).Where(o => o.Right is not null).ToList();
        var gold = articles.SelectMany(a => a.Gold).ToList();
        Console.WriteLine();
        Console.WriteLine("| metric (GGT's) | value |");
        Console.WriteLine("|---|---|");
        Console.WriteLine(Invariant($"| span F1 at 0.8 | {all.OverlapF1 * 100:0.0} |"));
        Console.WriteLine(Invariant($"| span F1 at 0.3 | {Sum(null, Loose).OverlapF1 * 100:0.0} |"));
        Console.WriteLine(Invariant($"| speaker accuracy at 0.8 | {all.SpeakerAccuracy * 100:0.0} ({all.SpeakerRight} of {all.OverlapMatches - all.MatchedUnscorable}; {all.MatchedUnscorable} more matched to a pronoun source, unscorable) |"));
        Console.WriteLine(Invariant($"| reported-speech recall at 0.8 | {reported.OverlapRecall * 100:0.0} |"));
        Console.WriteLine(Invariant($"| attributed F1 | {all.AttributedF1 * 100:0.0} |"));
        Console.WriteLine(Invariant($"| attributions flagged \"to check\" | {Ratio(flagged, outcomes.Count) * 100:0}% ({flagged} of {outcomes.Count}) |"));
        var unflaggedMatched = unflagged.Where(o => o.SpanMatched).ToList();
        Console.WriteLine(Invariant($"| unflagged ones right (span at 0.8 and speaker) | {Ratio(unflagged.Count(o => o.Right == true), unflagged.Count) * 100:0.0}% (of {unflagged.Count} scorable) |"));
        Console.WriteLine(Invariant($"| unflagged ones with the right speaker, of those whose span matches at 0.8 | {Ratio(unflaggedMatched.Count(o => o.Right == true), unflaggedMatched.Count) * 100:0.0}% (of {unflaggedMatched.Count}) |"));
        Console.WriteLine();
        Console.WriteLine("Gold: " + string.Join(", ", gold.GroupBy(g => g.Class).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Key} {g.Count()}"))
            + Invariant($"; speaker a pronoun (unscorable) {gold.Count(g => !g.Quote.Ignored && g.Quote.Speaker.Count == 0)}."));
        Console.WriteLine();

        Console.WriteLine();
    }

    /// <summary>
    /// What became of each prediction at 0.8 (all classes together): Right is null when it cannot
    /// be judged (matched to ignored gold, or to a quote whose gold speaker is a pronoun).
    /// </summary>
    public static IEnumerable<(LocatedQuote Quote, bool? Right, bool SpanMatched, bool OnIgnored, bool Unscorable)> Outcomes(BratScoredArticle article, IReadOnlyList<LocatedQuote> predicted)
    {
        var gold = article.Gold.Select(g => g.Quote).ToList();
        var matched = AnnotationScoring.Match(gold, predicted, AnnotationScoring.Overlap).ToDictionary(m => m.Predicted, m => m.Gold);
        for (var j = 0; j < predicted.Count; j++)
        {
            if (!matched.TryGetValue(j, out var i))
            {
                yield return (predicted[j], false, false, false, false);
            }
            else if (gold[i].Ignored)
            {
                yield return (predicted[j], null, false, true, false);
            }
            else if (gold[i].Speaker.Count == 0)
            {
                yield return (predicted[j], null, true, false, true);
            }
            else
            {
                yield return (predicted[j], AnnotationScoring.SameSpeaker(gold[i].Speaker, predicted[j].Speaker), true, false, false);
            }
        }
    }

    private static double Ratio(int a, int b) => b == 0 ? 0 : (double)a / b;

    private static string Invariant(FormattableString text) => FormattableString.Invariant(text);
}
