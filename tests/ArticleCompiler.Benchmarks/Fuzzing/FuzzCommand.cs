using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;

namespace ArticleCompiler.Benchmarks.Fuzzing;

/// <summary>
/// 'fuzz [--count N] [--seed S] [--out DIR] [--slow-ms MS] [--timeout-s S] [--big N] [--generator N] [--only I]':
/// N seeded inputs through parse + validate, annotate and diff, then a sample through the
/// generator and the C# compiler; a table of findings at the end. Every finding's input is saved
/// under --out with what went wrong; 'fuzz --replay FILE...' runs saved inputs again.
/// </summary>
internal static class FuzzCommand
{
    private sealed class Settings
    {
        public int Count = 10_000;
        public int Seed = 1;
        public string? Out;
        public double SlowMilliseconds = 2_000;
        public double TimeoutSeconds = 60;
        public int Big = 3;
        public int GeneratorSample = 1_000;
        public int? Only;
        public List<string> Replay = new();
    }

    public static int Run(string[] args)
    {
        var settings = Parse(args);
        if (settings is null)
        {
            Console.Error.WriteLine("usage: fuzz [--count N] [--seed S] [--out DIR] [--slow-ms MS] [--timeout-s S] [--big N] [--generator N] [--only INDEX] [--replay FILE...]");
            return 2;
        }

        var inputs = new FuzzInputs(settings.Seed);
        var report = new FuzzReport(settings.SlowMilliseconds);
        var sample = new List<(FuzzInput Input, string Text)>();
        var sampler = new Random(settings.Seed);
        var seen = 0;
        var total = Stopwatch.StartNew();

        IEnumerable<FuzzInput> all = settings.Replay.Count > 0
            ? settings.Replay.Select((path, i) => new FuzzInput(i, "replay", path, File.ReadAllBytes(path), Path.GetFileName(path).StartsWith("speakers", StringComparison.Ordinal)))
            : settings.Only is { } only
                ? new[] { inputs.Make(only) }
                : Enumerable.Range(0, settings.Count).Select(inputs.Make).Concat(inputs.Big(settings.Count, settings.Big));
        Console.WriteLine(FormattableString.Invariant($"fuzz: seed {settings.Seed}, {(settings.Replay.Count > 0 ? settings.Replay.Count : settings.Only is null ? settings.Count + settings.Big + 1 : 1)} inputs from a corpus of {inputs.CorpusSize} files"));
        foreach (var input in all)
        {
            var (outcome, milliseconds, allocated, hang) = Examine(input, inputs.RandomFor(input.Index + 1_000_000_000), settings, report);
            var findings = report.Add(input, outcome, milliseconds, allocated, hang);
            foreach (var (kind, detail) in findings)
            {
                Save(settings.Out, input, kind, detail, outcome?.DraftFailure?.Draft);
                Console.WriteLine(FormattableString.Invariant($"  {kind}: input {input.Index} ({input.Family}, {input.Origin}, {input.Bytes.Length:N0} bytes): {FirstLine(detail)}"));
            }

            // Reservoir sampling: every text input equally likely to be among those compiled.
            if (outcome?.Text is { } text && text.Length <= 256 * 1024)
            {
                seen++;
                if (sample.Count < settings.GeneratorSample)
                {
                    sample.Add((input, text));
                }
                else if (sampler.Next(seen) is var slot && slot < settings.GeneratorSample)
                {
                    sample[slot] = (input, text);
                }
            }

            if (input.Index % 1000 == 999)
            {
                Console.WriteLine(FormattableString.Invariant($"  ... {input.Index + 1} inputs, {total.Elapsed.TotalSeconds:F0} s"));
            }
        }

        var generatorWatch = Stopwatch.StartNew();
        var generatorFailures = 0;
        for (var i = 0; i < sample.Count; i++)
        {
            var (input, text) = sample[i];
            string? problem;
            try
            {
                problem = GeneratorCompileCheck.Check(text, embedded: i % 2 == 1);
            }
            catch (Exception exception)
            {
                problem = "the check itself threw: " + exception;
            }

            if (problem is not null)
            {
                generatorFailures++;
                Save(settings.Out, input, "generator", problem, null);
                Console.WriteLine(FormattableString.Invariant($"  generator: input {input.Index} ({input.Family}, {input.Origin}): {FirstLine(problem)}"));
            }
        }

        Console.WriteLine();
        report.Print(Console.Out);
        Console.WriteLine();
        Console.WriteLine(FormattableString.Invariant($"generator: {sample.Count} fuzzed articles run through the generator and compiled ({sample.Count / 2} embedded): {generatorFailures} failures, {generatorWatch.Elapsed.TotalSeconds:F0} s"));
        Console.WriteLine(FormattableString.Invariant($"total: {total.Elapsed.TotalSeconds:F0} s{(settings.Out is null ? string.Empty : ", findings saved under " + settings.Out)}"));
        return report.Crashes + report.Hangs + generatorFailures > 0 ? 1 : 0;
    }

    // Each input on a thread of its own, so that a hang is seen (and left behind) rather than waited out.
    private static (FuzzOutcome? Outcome, double Milliseconds, long Allocated, string? Hang) Examine(FuzzInput input, Random random, Settings settings, FuzzReport report)
    {
        if (settings.Out is not null)
        {
            // What was running if the process dies (a stack overflow cannot be caught).
            Directory.CreateDirectory(settings.Out);
            File.WriteAllBytes(Path.Combine(settings.Out, "current.input"), input.Bytes);
        }

        var outcome = new FuzzOutcome();
        long allocated = 0;
        var watch = Stopwatch.StartNew();
        var thread = new Thread(() =>
        {
            var before = GC.GetAllocatedBytesForCurrentThread();
            FuzzTarget.Run(input, random, outcome);
            allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        })
        { IsBackground = true };
        thread.Start();
        if (!thread.Join(TimeSpan.FromSeconds(settings.TimeoutSeconds)))
        {
            report.Hang(input);
            var done = string.Join(", ", outcome.Milliseconds.Select(s => FormattableString.Invariant($"{s.Key} {s.Value:F0} ms")));
            return (null, watch.Elapsed.TotalMilliseconds, 0, $"still in {outcome.Running ?? "?"}{(done.Length > 0 ? " after " + done : string.Empty)}");
        }

        return (outcome, watch.Elapsed.TotalMilliseconds, allocated, null);
    }

    private static void Save(string? folder, FuzzInput input, string kind, string detail, string? draft)
    {
        if (folder is null)
        {
            return;
        }

        var target = Path.Combine(folder, kind);
        Directory.CreateDirectory(target);
        var name = FormattableString.Invariant($"{input.Index:D6}-{input.Family}");
        File.WriteAllBytes(Path.Combine(target, name + (input.IsRegistry ? ".speakers.yaml" : ".article.md")), input.Bytes);
        File.WriteAllText(Path.Combine(target, name + ".txt"), FormattableString.Invariant($"input {input.Index}, family {input.Family}, from {input.Origin}, {input.Bytes.Length} bytes\n\n{detail}\n"));
        if (draft is not null)
        {
            File.WriteAllText(Path.Combine(target, name + ".draft.article.md"), draft);
        }
    }

    private static string FirstLine(string text)
    {
        var end = text.IndexOf('\n');
        return end < 0 ? text : text.Substring(0, end);
    }

    private static Settings? Parse(string[] args)
    {
        var settings = new Settings();
        for (var i = 1; i < args.Length; i++)
        {
            string Next() => i + 1 < args.Length ? args[++i] : throw new FormatException();
            try
            {
                switch (args[i])
                {
                    case "--count": settings.Count = int.Parse(Next(), CultureInfo.InvariantCulture); break;
                    case "--seed": settings.Seed = int.Parse(Next(), CultureInfo.InvariantCulture); break;
                    case "--out": settings.Out = Next(); break;
                    case "--slow-ms": settings.SlowMilliseconds = double.Parse(Next(), CultureInfo.InvariantCulture); break;
                    case "--timeout-s": settings.TimeoutSeconds = double.Parse(Next(), CultureInfo.InvariantCulture); break;
                    case "--big": settings.Big = int.Parse(Next(), CultureInfo.InvariantCulture); break;
                    case "--generator": settings.GeneratorSample = int.Parse(Next(), CultureInfo.InvariantCulture); break;
                    case "--only": settings.Only = int.Parse(Next(), CultureInfo.InvariantCulture); break;
                    case "--replay":
                        // The files up to the next option.
                        while (i + 1 < args.Length && !args[i + 1].StartsWith("--", StringComparison.Ordinal))
                        {
                            settings.Replay.Add(args[++i]);
                        }

                        break;
                    default: return null;
                }
            }
            catch (FormatException)
            {
                return null;
            }
        }

        return settings;
    }
}
