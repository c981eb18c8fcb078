using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using ArticleCompiler.Annotation;
using ArticleCompiler.Tests.Shared;

namespace ArticleCompiler.Benchmarks;

/// <summary>
/// 'annotate-eval': artc annotate's engine on the gold set (the raw seed and tests/Gold), scored
/// against the hand-annotated articles; 'raw-corpus DIR N': N seed-sized raw articles for the CLI benchmark.
/// </summary>
internal static class AnnotationEvaluation
{
    public static void Print()
    {
        var development = Score(AnnotationScoring.DevelopmentSet());
        var heldOut = Score(AnnotationScoring.HeldOutSet());
        Console.WriteLine("| article | set | gold quotes | found | F1 @0.8 | attributed F1 |");
        Console.WriteLine("|---|---|---|---|---|---|");
        foreach (var (set, rows) in new[] { ("development", development), ("held out", heldOut) })
        {
            foreach (var (name, gold, predicted) in rows)
            {
                var all = AnnotationScoring.Score(gold, predicted, indirect: null);
                Console.WriteLine(string.Format(CultureInfo.InvariantCulture, "| {0} | {1} | {2} | {3} | {4:0.0} | {5:0.0} |", name, set, all.Gold, all.Predicted, all.OverlapF1 * 100, all.AttributedF1 * 100));
            }
        }

        foreach (var (title, rows) in new[] { ("Development set (the seed and tests/Gold)", development), ("Held-out set (tests/Gold/heldout)", heldOut), ("Whole gold set", development.Concat(heldOut).ToList()) })
        {
            Console.WriteLine();
            Console.WriteLine(title + ":");
            Console.WriteLine();
            var (direct, indirect, total) = AnnotationScoring.Totals(rows.Select(r => (r.Gold, r.Predicted)));
            Console.Write(AnnotationScoring.Table(direct, indirect, total));
        }
    }

    private static List<(string Name, IReadOnlyList<LocatedQuote> Gold, IReadOnlyList<LocatedQuote> Predicted)> Score(IReadOnlyList<(string Name, string Raw, string Gold)> articles) =>
        articles.Select(article =>
        {
            var draft = ArticleAnnotator.Annotate(article.Raw, new AnnotatorOptions()).Draft;
            return (article.Name, AnnotationScoring.Locate(article.Gold, article.Raw), AnnotationScoring.Locate(draft, article.Raw));
        }).ToList();

    /// <summary>Writes <paramref name="count"/> copies of the raw seed, each with a distinct title, into <paramref name="folder"/>.</summary>
    public static void WriteRawCorpus(string folder, int count)
    {
        Directory.CreateDirectory(folder);
        var raw = File.ReadAllText(RepositoryPaths.RawSeed);
        const string Title = "Russia Ready to Increase Cooperation With US on Syria - Ambassador to Washington";
        for (var i = 0; i < count; i++)
        {
            var text = raw.Replace(Title, Title + " " + i.ToString(CultureInfo.InvariantCulture));
            File.WriteAllText(Path.Combine(folder, "raw-" + i.ToString("D5", CultureInfo.InvariantCulture) + ".txt"), text);
        }
    }
}
