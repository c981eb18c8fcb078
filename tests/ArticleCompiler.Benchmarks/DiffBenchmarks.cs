using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using ArticleCompiler.Diffing;
using ArticleCompiler.Parsing;

namespace ArticleCompiler.Benchmarks;

/// <summary>
/// Two measurements of <c>artc diff</c>'s engine: the time and memory to diff two revisions of a
/// 10,000-sentence article, and the quality of the sentence alignment against known (gold) edits.
/// </summary>
public static class DiffBenchmarks
{
    /// <summary>The seed's sentences: real article text to build revisions from.</summary>
    private static readonly string[] SeedSentences = DiffSource.FromArticle(ArticleParser.Parse(SeedCorpus.Seed).Article).Sentences().Distinct().ToArray();

    /// <summary>Diffs a generated article of <paramref name="sentences"/> sentences against an edited copy.</summary>
    public static void Scale(int sentences)
    {
        var (oldText, newText) = Revisions(sentences);

        ArticleDiffer.Diff(DiffSource.FromPlainText(oldText), DiffSource.FromPlainText(newText), new DiffOptions()); // warm-up
        var watch = Stopwatch.StartNew();
        var diff = ArticleDiffer.Diff(DiffSource.FromPlainText(oldText), DiffSource.FromPlainText(newText), new DiffOptions());
        watch.Stop();
        var changed = diff.Sentences.Count(s => s.Operation != SentenceOperation.Unchanged);
        Console.WriteLine($"diff of {diff.Sentences.Count(s => s.Operation != SentenceOperation.Added)} against {diff.Sentences.Count(s => s.Operation != SentenceOperation.Removed)} sentences ({changed} changes): {watch.Elapsed.TotalMilliseconds:F0} ms, peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / (1024 * 1024)} MiB");
    }

    /// <summary>
    /// Two plain-text revisions of a generated article of <paramref name="sentences"/> sentences, one a
    /// line (a paragraph each): the second with 2% of its sentences edited, inserted, deleted or moved.
    /// </summary>
    public static (string Old, string New) Revisions(int sentences)
    {
        var random = new Random(42);
        var words = SeedSentences.SelectMany(s => s.Split(' ')).ToArray();
        var old = Enumerable.Range(0, sentences)
            .Select(i => string.Join(" ", Enumerable.Range(0, random.Next(12, 26)).Select(_ => words[random.Next(words.Length)])) + ".")
            .ToList();
        var (@new, _) = Edit(old, random, rate: 0.02);
        return (string.Join("\n", old), string.Join("\n", @new));
    }

    /// <summary>
    /// Two revisions of a generated annotated article of <paramref name="sentences"/> sentences: the
    /// seed's front matter, sections of 40 paragraphs of five sentences, every sentence whose length
    /// is a multiple of 10 an indirect quote of the seed's main speaker; the second has the edits of
    /// <see cref="Revisions"/> (2% of its sentences) and is marked revision 2.
    /// </summary>
    public static (string Old, string New) AnnotatedRevisions(int sentences)
    {
        var random = new Random(42);
        var words = SeedSentences.SelectMany(s => s.Split(' ', '\u00A0'))
            .Select(w => new string(w.Where(c => char.IsLetterOrDigit(c) || c is '-' or '\'' or ',').ToArray()))
            .Where(w => w.Length > 0)
            .ToArray();
        var old = Enumerable.Range(0, sentences)
            .Select(i => string.Join(" ", Enumerable.Range(0, random.Next(12, 26)).Select(_ => words[random.Next(words.Length)])).TrimEnd(','))
            .Select(s => char.ToUpperInvariant(s[0]) + s.Substring(1) + ".")
            .ToList();
        var (@new, _) = Edit(old, random, rate: 0.02);
        var frontMatter = SeedCorpus.Seed.Substring(0, SeedCorpus.Seed.IndexOf("\n---", 4, StringComparison.Ordinal));
        return (Article(frontMatter, old), Article(frontMatter.Replace("revision: 1", "revision: 2"), @new));

        static string Article(string frontMatter, List<string> sentences)
        {
            var text = new System.Text.StringBuilder(frontMatter).Append("\n---\n");
            for (var i = 0; i < sentences.Count; i += 5)
            {
                if (i % 200 == 0 && i > 0)
                {
                    text.Append("\n## Part ").Append(i / 200).Append('\n');
                }

                text.Append('\n').AppendJoin(' ', sentences.Skip(i).Take(5).Select(s => s.Length % 10 == 0 ? "[" + s.TrimEnd('.') + "]{@antonov}." : s)).Append('\n');
            }

            return text.ToString();
        }
    }

    /// <summary>Precision, recall and F1 of aligned sentence pairs over <paramref name="runs"/> edited copies of the seed.</summary>
    public static void Alignment(int runs)
    {
        int correct = 0, predicted = 0, gold = 0;
        for (var run = 0; run < runs; run++)
        {
            var random = new Random(run);
            var (@new, goldPairs) = Edit(SeedSentences.ToList(), random, rate: 0.15);
            var pairs = Aligner.Align(SeedSentences, @new)
                .Where(p => p.OldIndex is not null && p.NewIndex is not null)
                .SelectMany(p => Enumerable.Range(p.OldIndex!.Value, p.OldCount).SelectMany(o => Enumerable.Range(p.NewIndex!.Value, p.NewCount).Select(n => (o, n))))
                .ToHashSet();
            correct += pairs.Count(goldPairs.Contains);
            predicted += pairs.Count;
            gold += goldPairs.Count;
        }

        var precision = (double)correct / predicted;
        var recall = (double)correct / gold;
        Console.WriteLine($"sentence alignment over {runs} edited copies of the seed ({SeedSentences.Length} sentences each): precision {precision:F3}, recall {recall:F3}, F1 {2 * precision * recall / (precision + recall):F3} ({gold} gold pairs)");
    }

    // An edited copy: at 'rate', each sentence is deleted, reworded (one to three words), split in
    // two at a comma, merged with the next, retyped (quote marks, spaces) or moved; new sentences are
    // inserted. Returns the copy and the gold pairs (old index, new index) of what corresponds.
    private static (List<string> New, HashSet<(int, int)> Gold) Edit(List<string> old, Random random, double rate)
    {
        var items = new List<(List<int> Old, string Text)>();
        for (var i = 0; i < old.Count; i++)
        {
            var text = old[i];
            var roll = random.NextDouble();
            if (roll < rate / 6)
            {
                continue;
            }

            if (roll < 2 * rate / 6)
            {
                var words = text.Split(' ');
                for (var k = random.Next(1, 4); k > 0; k--)
                {
                    words[random.Next(words.Length)] = "reworded" + random.Next(1000);
                }

                text = string.Join(" ", words);
            }
            else if (roll < 3 * rate / 6 && text.IndexOf(", ", StringComparison.Ordinal) is var comma and > 10 && comma < text.Length - 10)
            {
                items.Add((new List<int> { i }, text.Substring(0, comma) + "."));
                text = char.ToUpperInvariant(text[comma + 2]) + text.Substring(comma + 3);
            }
            else if (roll < 4 * rate / 6 && i + 1 < old.Count)
            {
                items.Add((new List<int> { i, i + 1 }, text.TrimEnd('.') + ", and " + old[i + 1]));
                i++;
                continue;
            }
            else if (roll < 5 * rate / 6)
            {
                text = text.Replace('"', '\u201C').Replace(" ", "\u00A0");
            }

            items.Add((new List<int> { i }, text));
        }

        // Moves, then insertions.
        for (var k = (int)(old.Count * rate / 6); k > 0 && items.Count > 2; k--)
        {
            var from = random.Next(items.Count);
            var item = items[from];
            items.RemoveAt(from);
            items.Insert(random.Next(items.Count + 1), item);
        }

        for (var k = (int)(old.Count * rate / 6) + 1; k > 0; k--)
        {
            items.Insert(random.Next(items.Count + 1), (new List<int>(), $"Inserted{k} sentence about zzz{random.Next()} and qqq{random.Next()} here."));
        }

        var gold = new HashSet<(int, int)>();
        for (var n = 0; n < items.Count; n++)
        {
            foreach (var o in items[n].Old)
            {
                gold.Add((o, n));
            }
        }

        return (items.Select(i => i.Text).ToList(), gold);
    }
}
