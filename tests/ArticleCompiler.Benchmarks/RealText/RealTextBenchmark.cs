using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;
using ArticleCompiler.Parsing;

namespace ArticleCompiler.Benchmarks.RealText;

/// <summary>
/// <c>realtext --artc ARTC.dll [--polnear DATA] [--wikinews DIR ...] [--out DIR] [--compile-sample N]</c>:
/// every command of the real <c>artc</c> over real news. For each set: (1) its articles (PolNeAR
/// converted from its human attributions; Wikinews as committed) are validated and exported, and
/// must give back their text without annotations; (2) its raw texts, with and without the headline
/// line, are annotated into one folder each and the drafts validated together; (3) a revised copy
/// of each article (one word reworded; and several edits) is diffed against it; (4) a sample goes
/// through the source generator and must compile. One table of figures, then examples.
/// </summary>
public static class RealTextBenchmark
{
    public static int Run(string[] args)
    {
        string? artc = null, polnear = null, output = null;
        var wikinews = new List<string>();
        var compileSample = 200;
        for (var i = 1; i < args.Length; i++)
        {
            var value = i + 1 < args.Length ? args[i + 1] : null;
            switch (args[i])
            {
                case "--artc": artc = value; i++; break;
                case "--polnear": polnear = value; i++; break;
                case "--wikinews": wikinews.Add(value!); i++; break;
                case "--out": output = value; i++; break;
                case "--compile-sample": compileSample = int.Parse(value!, System.Globalization.CultureInfo.InvariantCulture); i++; break;
                default: Console.Error.WriteLine($"realtext: unknown argument {args[i]}"); return 2;
            }
        }

        if (artc is null || !File.Exists(artc) || (polnear is null && wikinews.Count == 0))
        {
            Console.Error.WriteLine("usage: realtext --artc PATH/artc.dll [--polnear PolNeAR/data] [--wikinews DIR ...] [--out DIR] [--compile-sample N]");
            return 2;
        }

        output ??= Path.Combine(Path.GetTempPath(), "artc-realtext");
        if (Directory.Exists(output))
        {
            Directory.Delete(output, recursive: true);
        }

        var tool = new ArtcProcess(artc);
        var reports = new List<RealTextReport>();
        if (polnear is not null)
        {
            reports.Add(RunSet(tool, BratSet(polnear, Path.Combine(output, "polnear")), compileSample));
        }

        if (wikinews.Count > 0)
        {
            reports.Add(RunSet(tool, WikinewsSet(wikinews, Path.Combine(output, "wikinews")), compileSample));
        }

        RealTextReport.Print(reports, Path.Combine(output, "examples.md"));
        Console.WriteLine();
        Console.WriteLine($"Files: {output}; every example: {Path.Combine(output, "examples.md")}");
        return 0;
    }

    /// <summary>A text set written out: its articles (with the paragraphs they must give back) and its raw texts.</summary>
    private sealed record TextSet(string Name, string Folder, RealTextReport Report, Dictionary<string, IReadOnlyList<string>?> Articles, string RawFolder, string HeadlessFolder);

    private static TextSet BratSet(string data, string folder)
    {
        var report = new RealTextReport("PolNeAR");
        var set = NewSet("PolNeAR", folder, report);
        var converter = new BratConverter();
        foreach (var article in BratCorpus.Load(data))
        {
            var text = File.ReadAllText(article.TextPath);
            var attributions = article.AnnotationPath is null ? new List<Attribution>() : BratAttributions.Read(article.AnnotationPath, text);
            var id = Slug.FromHeading(article.Name);
            var converted = converter.Convert(id.Length > 64 ? id.Substring(0, 64).TrimEnd('-') : id, text, attributions, article.Metadata);
            var path = Path.Combine(set.Folder, "articles", article.Name + ".article.md");
            File.WriteAllText(path, converted.Markdown);
            set.Articles[path] = converted.Paragraphs;
            WriteRaw(set, article.Name, text);
        }

        foreach (var (name, count) in converter.Counts)
        {
            report.Set("convert: " + name, count);
        }

        return set;
    }

    private static TextSet WikinewsSet(IEnumerable<string> folders, string folder)
    {
        var set = NewSet("Wikinews", folder, new RealTextReport("Wikinews"));
        foreach (var source in folders)
        {
            foreach (var path in Directory.GetFiles(source, "*.article.md").OrderBy(p => p, StringComparer.Ordinal))
            {
                var copy = Path.Combine(set.Folder, "articles", Path.GetFileName(path));
                File.Copy(path, copy);
                set.Articles[copy] = null; // hand-annotated: its text is its own, nothing to compare
            }

            foreach (var path in Directory.GetFiles(source, "*.txt").OrderBy(p => p, StringComparer.Ordinal))
            {
                WriteRaw(set, Path.GetFileNameWithoutExtension(path), File.ReadAllText(path));
            }
        }

        return set;
    }

    private static TextSet NewSet(string name, string folder, RealTextReport report)
    {
        var set = new TextSet(name, folder, report, new Dictionary<string, IReadOnlyList<string>?>(StringComparer.Ordinal), Path.Combine(folder, "raw"), Path.Combine(folder, "raw-headless"));
        foreach (var sub in new[] { "articles", "raw", "raw-headless", "revised" })
        {
            Directory.CreateDirectory(Path.Combine(folder, sub));
        }

        return set;
    }

    // The raw text as published, and the same without its first block (the headline): body text only, as many feeds give it.
    private static void WriteRaw(TextSet set, string name, string text)
    {
        File.WriteAllText(Path.Combine(set.RawFolder, name + ".txt"), text);
        var blocks = BratConverter.Blocks(text.Replace("\r\n", " \n"));
        if (blocks.Count > 1)
        {
            File.WriteAllText(Path.Combine(set.HeadlessFolder, name + ".txt"), text.Substring(blocks[1].Start));
        }
    }

    private static RealTextReport RunSet(ArtcProcess tool, TextSet set, int compileSample)
    {
        var report = set.Report;
        Console.Error.WriteLine($"{set.Name}: {set.Articles.Count} articles, checking");
        report.Set("articles", set.Articles.Count);
        CheckRoundTrip(set);
        var articles = Path.Combine(set.Folder, "articles");
        Validate(tool, report, "validate articles", articles);
        var export = tool.Run("export", articles, "--format", "jsonl", "-o", Path.Combine(set.Folder, "articles.jsonl"));
        Record(report, "export articles", export);
        report.Set("export articles: exit code", export.ExitCode);

        Console.Error.WriteLine($"{set.Name}: annotate");
        Annotate(tool, set, "annotate", set.RawFolder, Path.Combine(set.Folder, "drafts"));
        Annotate(tool, set, "annotate headless", set.HeadlessFolder, Path.Combine(set.Folder, "drafts-headless"));

        Console.Error.WriteLine($"{set.Name}: diff");
        // The articles, then the drafts annotate made (diff must read its own output too).
        var drafts = Path.Combine(set.Folder, "drafts");
        var diffArticles = set.Articles.Keys
            .Concat(Directory.Exists(drafts) ? Directory.GetFiles(drafts, "*.article.md").OrderBy(p => p, StringComparer.Ordinal) : Enumerable.Empty<string>())
            .ToList();

        RevisionDiffs.Run(tool, report, diffArticles, Path.Combine(set.Folder, "revised"));

        SplitterCheck.Run(report, Directory.GetFiles(set.RawFolder, "*.txt").OrderBy(p => p, StringComparer.Ordinal)
            .SelectMany(path =>
            {
                var text = File.ReadAllText(path).Replace("\r\n", " \n");
                return BratConverter.Blocks(text).Select(b => BratConverter.ParagraphText(text.Substring(b.Start, b.End - b.Start)));
            }));

        Console.Error.WriteLine($"{set.Name}: generator");
        // The articles and the drafts as two projects (a draft may share its article's id), every n-th of each.
        GeneratorCompile.Run(report, "generator articles", Sample(set.Articles.Keys.ToList(), compileSample));
        if (Directory.Exists(drafts))
        {
            GeneratorCompile.Run(report, "generator drafts", Sample(Directory.GetFiles(drafts, "*.article.md").OrderBy(p => p, StringComparer.Ordinal).ToList(), compileSample));
        }
        return report;
    }

    private static List<string> Sample(List<string> files, int size) =>
        files.Where((_, i) => i % Math.Max(1, files.Count / Math.Max(1, size)) == 0).Take(size).ToList();

    private static void CheckRoundTrip(TextSet set)
    {
        var checkedCount = 0;
        var mismatches = 0;
        foreach (var (path, expected) in set.Articles)
        {
            if (expected is null)
            {
                continue;
            }

            checkedCount++;
            var article = ArticleParser.Parse(File.ReadAllText(path)).Article;
            var actual = article.Sections.SelectMany(s => s.Paragraphs).Select(p => p.Text).ToList();
            if (actual.SequenceEqual(expected, StringComparer.Ordinal))
            {
                continue;
            }

            mismatches++;
            var index = 0;
            while (index < Math.Min(actual.Count, expected.Count) && actual[index] == expected[index])
            {
                index++;
            }

            set.Report.Example("round trip differs", $"{Path.GetFileName(path)} paragraph {index + 1}:\n  expected: {(index < expected.Count ? expected[index] : "(none)")}\n  got:      {(index < actual.Count ? actual[index] : "(none)")}");
        }

        set.Report.Set("round trip: articles checked / differing", $"{checkedCount} / {mismatches}");
    }

    /// <summary>Runs <c>artc validate --format json</c> on a folder; records exit code, errors and warnings by code, crashes and stack traces.</summary>
    public static JsonDocument? Validate(ArtcProcess tool, RealTextReport report, string label, string folder)
    {
        var run = tool.Run("validate", folder, "--format", "json");
        Record(report, label, run);
        report.Set(label + ": exit code", run.ExitCode);
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(run.Output);
        }
        catch (JsonException)
        {
            report.Set(label + ": errors", "(no JSON output)");
            return null;
        }

        var errors = new SortedDictionary<string, int>(StringComparer.Ordinal);
        var warnings = new SortedDictionary<string, int>(StringComparer.Ordinal);
        foreach (var diagnostic in document.RootElement.GetProperty("diagnostics").EnumerateArray())
        {
            var code = diagnostic.GetProperty("code").GetString()!;
            var isError = diagnostic.GetProperty("severity").GetString() == "error";
            var counts = isError ? errors : warnings;
            counts[code] = counts.TryGetValue(code, out var n) ? n + 1 : 1;
            if (isError || code != "ARTC203")
            {
                var file = diagnostic.GetProperty("file").GetString()!;
                var line = diagnostic.GetProperty("line").GetInt32();
                report.Example($"{label}: {code}", $"{Path.GetFileName(file)}:{line}:{diagnostic.GetProperty("column").GetInt32()}: {diagnostic.GetProperty("message").GetString()}\n  {SourceLine(file, line)}");
            }
        }

        report.Set(label + ": files", document.RootElement.GetProperty("files").GetInt32());
        report.Set(label + ": errors", RealTextReport.ByCode(errors));
        report.Set(label + ": warnings", RealTextReport.ByCode(warnings));
        return document;
    }

    private static void Annotate(ArtcProcess tool, TextSet set, string label, string raw, string drafts)
    {
        var report = set.Report;
        var run = tool.Run("annotate", raw, "-o", drafts + "/");
        Record(report, label, run);
        report.Set(label + ": exit code", run.ExitCode);
        var written = Directory.Exists(drafts) ? Directory.GetFiles(drafts, "*.article.md").Length : 0;
        report.Set(label + ": inputs / drafts", $"{Directory.GetFiles(raw, "*.txt").Length} / {written}");
        if (written == 0)
        {
            return;
        }

        Validate(tool, report, label + ": drafts validate", drafts);
        var jsonl = Path.Combine(set.Folder, Path.GetFileName(drafts) + ".jsonl");
        var export = tool.Run("export", drafts, "--format", "jsonl", "--allow-invalid", "-o", jsonl);
        Record(report, label + ": drafts export", export);
        if (!File.Exists(jsonl))
        {
            return;
        }

        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        var (longestId, longestTitle, longIds, longTitles) = (0, 0, 0, 0);
        foreach (var line in File.ReadLines(jsonl).Where(l => l.Length > 0))
        {
            using var row = JsonDocument.Parse(line);
            var id = row.RootElement.GetProperty("id").GetString() ?? string.Empty;
            var title = row.RootElement.GetProperty("title").GetString() ?? string.Empty;
            var file = row.RootElement.GetProperty("file").GetString() ?? string.Empty;
            ids[id] = ids.TryGetValue(id, out var n) ? n + 1 : 1;
            longestId = Math.Max(longestId, id.Length);
            longestTitle = Math.Max(longestTitle, title.Length);
            if (id.Length > 64)
            {
                longIds++;
                report.Example(label + ": id over 64", $"{Path.GetFileName(file)}: {id.Length} characters: {id}");
            }

            if (title.Length > 120)
            {
                longTitles++;
                report.Example(label + ": title over 120", $"{Path.GetFileName(file)}: {title.Length} characters: {title}");
            }

            if (ids[id] == 2)
            {
                report.Example(label + ": duplicate id", $"{id} (title: {title})");
            }
        }

        report.Set(label + ": ids shared / drafts sharing them", $"{ids.Count(i => i.Value > 1)} / {ids.Where(i => i.Value > 1).Sum(i => i.Value)}");
        report.Set(label + ": longest id / ids over 64", $"{longestId} / {longIds}");
        report.Set(label + ": longest title / titles over 120", $"{longestTitle} / {longTitles}");
    }

    /// <summary>Counts a run's crash (exit 70 or a signal) and stack trace, with an example.</summary>
    public static void Record(RealTextReport report, string label, ArtcRun run)
    {
        Bump(report, "crashes (exit 70)", run.Crashed ? 1 : 0);
        Bump(report, "stack traces in output", run.HasStackTrace ? 1 : 0);
        if (run.Crashed || run.HasStackTrace)
        {
            report.Example("crash", $"{label}: exit {run.ExitCode}: {Tail(run.Error)}");
        }
        else if (run.ExitCode == 2)
        {
            report.Example($"{label}: exit 2", Tail(run.Error));
        }
    }

    public static void Bump(RealTextReport report, string name, int by)
    {
        lock (report)
        {
            var current = report.Figures.FirstOrDefault(f => f.Name == name).Value;
            report.Set(name, (current is null ? 0 : int.Parse(current, System.Globalization.CultureInfo.InvariantCulture)) + by);
        }
    }

    private static string Tail(string text)
    {
        var lines = text.Split('\n').Where(l => l.Trim().Length > 0).ToList();
        return string.Join("\n", lines.Skip(Math.Max(0, lines.Count - 3)));
    }

    private static string SourceLine(string file, int line)
    {
        try
        {
            var text = File.ReadLines(file).Skip(line - 1).FirstOrDefault() ?? string.Empty;
            return text.Length > 300 ? text.Substring(0, 300) + " …" : text;
        }
        catch (IOException)
        {
            return string.Empty;
        }
    }
}
