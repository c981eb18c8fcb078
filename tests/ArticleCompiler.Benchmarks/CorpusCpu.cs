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
/// </summary>
internal static class CorpusCpu
{
    public static int Run(string folder)
    {
        var texts = Directory.EnumerateFiles(folder, "*.article.md", SearchOption.AllDirectories).OrderBy(p => p, StringComparer.Ordinal).Select(File.ReadAllText).ToArray();
        if (texts.Length == 0)
        {
            Console.Error.WriteLine($"corpus-cpu: no *.article.md under '{folder}'");
            return 2;
        }

        var bytes = texts.Sum(t => (long)Encoding.UTF8.GetByteCount(t));
        var options = new ValidationOptions(DateTimeOffset.UtcNow);
        Pass(texts, options);   // warm-up: the JIT's tiers and the caches
        Pass(texts, options);

        var process = Process.GetCurrentProcess();
        var cpuBefore = process.TotalProcessorTime;
        var watch = Stopwatch.StartNew();
        var findings = Pass(texts, options);
        watch.Stop();
        process.Refresh();
        var cpu = process.TotalProcessorTime - cpuBefore;

        Console.WriteLine(FormattableString.Invariant(
            $"corpus-cpu: {texts.Length} articles, {bytes} bytes, {findings} findings: {cpu.TotalSeconds:F2} s CPU, {watch.Elapsed.TotalSeconds:F2} s wall on one thread = {bytes / watch.Elapsed.TotalSeconds / 1e6:F1} MB/s"));
        return 0;
    }

    private static int Pass(string[] texts, ValidationOptions options)
    {
        var findings = 0;
        foreach (var text in texts)
        {
            findings += ArticleValidator.Check(ArticleParser.Parse(text), options).Findings.Count;
        }

        return findings;
    }
}
