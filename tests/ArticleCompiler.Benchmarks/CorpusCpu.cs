using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text;
using ArticleCompiler.Parsing;
using ArticleCompiler.Validation;

namespace ArticleCompiler.Benchmarks;

/// <summary>
/// 'corpus-cpu DIR': the CPU that parsing and validating the articles of DIR costs in process, on one
/// thread, every file already in memory and the code warmed up: the denominator of issue 15's
/// "CLI CPU at most 1.5x the in-process parse CPU" (validate-cli.sh prints the CLI's user + system time).
/// It also prints the same pass with every file read from disk and decoded first, still on one thread:
/// the work no command line can skip, which the CLI's CPU can be held against as well.
/// </summary>
internal static class CorpusCpu
{
    public static int Run(string folder)
    {
        var paths = Directory.EnumerateFiles(folder, "*.article.md", SearchOption.AllDirectories).OrderBy(p => p, StringComparer.Ordinal).ToArray();
        var texts = paths.Select(File.ReadAllText).ToArray();
        if (texts.Length == 0)
        {
            Console.Error.WriteLine($"corpus-cpu: no *.article.md under '{folder}'");
            return 2;
        }

        var bytes = texts.Sum(t => (long)Encoding.UTF8.GetByteCount(t));
        var options = new ValidationOptions(DateTimeOffset.UtcNow);
        Pass(texts, options);   // warm-up: the JIT's tiers and the caches
        Pass(texts, options);

        var (findings, cpu, wall) = Measure(() => Pass(texts, options));
        Console.WriteLine(FormattableString.Invariant(
            $"corpus-cpu: {texts.Length} articles, {bytes} bytes, {findings} findings: {cpu:F2} s CPU, {wall:F2} s wall on one thread = {bytes / wall / 1e6:F1} MB/s"));

        var (_, readCpu, readWall) = Measure(() => Pass(paths.Select(File.ReadAllText), options));
        Console.WriteLine(FormattableString.Invariant(
            $"corpus-cpu with the reads: {readCpu:F2} s CPU, {readWall:F2} s wall on one thread (files read from disk and decoded, then parsed and validated)"));
        return 0;
    }

    private static (int Findings, double Cpu, double Wall) Measure(Func<int> pass)
    {
        var process = Process.GetCurrentProcess();
        var cpuBefore = process.TotalProcessorTime;
        var watch = Stopwatch.StartNew();
        var findings = pass();
        watch.Stop();
        process.Refresh();
        return (findings, (process.TotalProcessorTime - cpuBefore).TotalSeconds, watch.Elapsed.TotalSeconds);
    }

    private static int Pass(System.Collections.Generic.IEnumerable<string> texts, ValidationOptions options)
    {
        var findings = 0;
        foreach (var text in texts)
        {
            findings += ArticleValidator.Check(ArticleParser.Parse(text), options).Findings.Count;
        }

        return findings;
    }
}
