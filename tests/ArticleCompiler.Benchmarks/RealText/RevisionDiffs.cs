using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;

namespace ArticleCompiler.Benchmarks.RealText;

/// <summary>
/// <c>artc diff</c> on revised copies: with one word reworded, any sentence the diff reports as
/// moved, added, removed, split or merged is a false structural change (usually a sentence split
/// in the wrong place, so that one sentence became two pieces that pair badly); with several edits,
/// each edit should be reported as what it is.
/// </summary>
public static class RevisionDiffs
{
    public static void Run(ArtcProcess tool, RealTextReport report, IReadOnlyList<string> articles, string folder)
    {
        var reword = new ConcurrentBag<int>();
        var falseStructure = new ConcurrentBag<string>();
        var edits = new ConcurrentDictionary<string, int>(StringComparer.Ordinal);
        var missed = new ConcurrentDictionary<string, int>(StringComparer.Ordinal);
        var refused = new ConcurrentBag<string>();
        Parallel.ForEach(articles.Select((path, index) => (path, index)), new ParallelOptions { MaxDegreeOfParallelism = 2 }, item =>
        {
            var (path, index) = item;
            var text = File.ReadAllText(path);
            var name = Path.GetFileName(Path.GetDirectoryName(path)) + "-" + Path.GetFileName(path).Replace(".article.md", string.Empty);
            if (ArticleRevisions.RewordOneWord(text, index) is { } reworded)
            {
                var revised = Path.Combine(folder, name + ".reword.article.md");
                File.WriteAllText(revised, reworded);
                var run = tool.RunInProcess("diff", path, revised, "--format", "json");
                RealTextBenchmark.Record(report, "diff reword", run);
                reword.Add(run.ExitCode);
                if (Parse(run) is { } diff)
                {
                    using (diff)
                    {
                        foreach (var change in Structural(diff.RootElement))
                        {
                            falseStructure.Add(name);
                            lock (report)
                            {
                                report.Example("diff reword: false structural change", $"{name}: {change}");
                            }
                        }
                    }
                }
                else if (run.ExitCode != 0 && run.ExitCode != 1)
                {
                    refused.Add(name);
                }
            }

            var several = ArticleRevisions.Revise(text, index, out var applied);
            var severalPath = Path.Combine(folder, name + ".edits.article.md");
            File.WriteAllText(severalPath, several);
            var severalRun = tool.RunInProcess("diff", path, severalPath, "--format", "json");
            RealTextBenchmark.Record(report, "diff edits", severalRun);
            if (Parse(severalRun) is not { } severalDiff)
            {
                if (severalRun.ExitCode != 1)
                {
                    refused.Add(name);
                    lock (report)
                    {
                        report.Example("diff edits: no JSON", $"{name}: exit {severalRun.ExitCode}: {severalRun.Error.Trim()}");
                    }
                }

                return;
            }

            using (severalDiff)
            {
                foreach (var edit in applied)
                {
                    edits.AddOrUpdate(edit, 1, (_, n) => n + 1);
                    if (!Reported(severalDiff.RootElement, edit))
                    {
                        missed.AddOrUpdate(edit, 1, (_, n) => n + 1);
                        lock (report)
                        {
                            report.Example($"diff edits: {edit} not reported", $"{name} ({severalPath})");
                        }
                    }
                }
            }
        });

        report.Set("diff reword: runs (exit 0/1/other)", $"{reword.Count} ({reword.Count(c => c == 0)}/{reword.Count(c => c == 1)}/{reword.Count(c => c > 1)})");
        report.Set("diff reword: articles with false structural changes", falseStructure.Distinct().Count());
        report.Set("diff reword: false structural changes", falseStructure.Count);
        report.Set("diff edits: runs refused (no JSON)", refused.Count);
        report.Set("diff edits: applied (not reported)", string.Join(", ", edits.OrderBy(e => e.Key, StringComparer.Ordinal).Select(e => $"{e.Key} {e.Value} ({(missed.TryGetValue(e.Key, out var m) ? m : 0)})")));
    }

    private static JsonDocument? Parse(ArtcRun run)
    {
        if (run.ExitCode is not (0 or 1) || run.Output.Length == 0)
        {
            return null;
        }

        try
        {
            return JsonDocument.Parse(run.Output);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    // Every change a one-word edit cannot cause: sentences moved, added, removed, split or merged; quotes moved, added or removed; sections.
    private static IEnumerable<string> Structural(JsonElement diff)
    {
        foreach (var sentence in Array(diff, "sentences"))
        {
            var op = sentence.GetProperty("op").GetString();
            var count = Math.Max(Count(sentence, "old"), Count(sentence, "new"));
            // A sentence of three words or fewer changes too much with one word to be paired: removed and added is right.
            var shortSentence = op is "added" or "removed" && Words(Text(sentence, "old") + " " + Text(sentence, "new")) <= 3;
            if ((op is "moved" or "added" or "removed" && !shortSentence) || count > 1)
            {
                yield return $"sentence {op}{(count > 1 ? $" (a side of {count} sentences)" : string.Empty)}: old «{Text(sentence, "old")}» new «{Text(sentence, "new")}»";
            }
        }

        foreach (var quote in Array(diff, "quotes"))
        {
            var change = quote.GetProperty("change").GetString();
            if (change is "moved" or "added" or "removed")
            {
                yield return $"quote {change}: «{(quote.TryGetProperty("oldText", out var t) ? t.GetString() : quote.TryGetProperty("newText", out var n) ? n.GetString() : "")}»";
            }
        }

        foreach (var section in Array(diff, "sections"))
        {
            yield return $"section {section.GetProperty("change").GetString()}";
        }
    }

    private static bool Reported(JsonElement diff, string edit) => edit switch
    {
        // A reworded word shows in a word diff, or, when it was most of its sentence or quote, in an added one.
        "reword" => Array(diff, "sentences").Concat(Array(diff, "quotes")).Any(c =>
            Array(c, "words").Any(w => w.GetProperty("op").GetString() == "inserted" && HasReplacement(w.GetProperty("text").GetString()))
            || (c.TryGetProperty("op", out var op) && op.GetString() == "added" && HasReplacement(Text(c, "new")))
            || (c.TryGetProperty("change", out var change) && change.GetString() == "added" && c.TryGetProperty("newText", out var text) && HasReplacement(text.GetString()))),
        "split" => Array(diff, "sentences").Any(s => Count(s, "new") > 1),
        "reattribute" => Array(diff, "quotes").Any(q => q.GetProperty("change").GetString() == "reattributed"),
        "move" => Array(diff, "sentences").Any(s => s.GetProperty("op").GetString() == "moved"),
        _ => true,
    };

    private static IEnumerable<JsonElement> Array(JsonElement diff, string name) =>
        diff.TryGetProperty(name, out var array) && array.ValueKind == JsonValueKind.Array ? array.EnumerateArray() : Enumerable.Empty<JsonElement>();

    private static bool HasReplacement(string? text) => text is not null && text.IndexOf(ArticleRevisions.Replacement.Substring(1), StringComparison.Ordinal) >= 0;

    private static int Words(string text) => text.Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries).Length;

    private static int Count(JsonElement sentence, string side) =>
        sentence.TryGetProperty(side, out var s) && s.TryGetProperty("count", out var c) ? c.GetInt32() : 1;

    private static string Text(JsonElement sentence, string side) =>
        sentence.TryGetProperty(side, out var s) && s.TryGetProperty("text", out var t) ? t.GetString() ?? string.Empty : string.Empty;
}
