using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace ArticleCompiler.Benchmarks.Fuzzing;

/// <summary>The figures of a fuzz run, per family of inputs, and the findings as they come.</summary>
internal sealed class FuzzReport(double slowMilliseconds)
{
    private sealed class Family
    {
        public int Inputs;
        public int NotText;
        public int Crashes;
        public int Hangs;
        public int Slow;
        public int DraftFailures;
        public int DiffFailures;
        public (double Milliseconds, int Index, int Bytes, string Stage) Slowest;
        public (long Bytes, int Index, int Size) Hungriest;
    }

    private readonly SortedDictionary<string, Family> _families = new(StringComparer.Ordinal);

    public int Crashes => _families.Values.Sum(f => f.Crashes);

    public int Hangs => _families.Values.Sum(f => f.Hangs);

    /// <summary>Counts <paramref name="input"/> and returns its findings (kind, detail).</summary>
    public List<(string Kind, string Detail)> Add(FuzzInput input, FuzzOutcome? outcome, double milliseconds, long allocated, string? hang = null)
    {
        var family = For(input.Family);
        family.Inputs++;
        var findings = new List<(string, string)>();
        if (outcome is null)
        {
            findings.Add(("hang", FormattableString.Invariant($"no result after {milliseconds / 1000:F0} s ({hang}); left running")));
            return findings;
        }

        if (outcome.Milliseconds.Count == 1 && outcome.Crash is null)
        {
            family.NotText++;
        }

        if (outcome.Crash is { } crash)
        {
            family.Crashes++;
            findings.Add(("crash", crash.Stage + ": " + crash.Exception));
        }

        if (outcome.DraftFailure is { } draft)
        {
            family.DraftFailures++;
            findings.Add(("draft", "the draft does not validate:\n" + draft.Errors));
        }

        if (outcome.DiffFailure is { } diff)
        {
            family.DiffFailures++;
            findings.Add(("diff", diff));
        }

        var stage = outcome.Milliseconds.OrderByDescending(s => s.Value).First();
        if (milliseconds > slowMilliseconds)
        {
            family.Slow++;
            var stages = string.Join(", ", outcome.Milliseconds.Select(s => FormattableString.Invariant($"{s.Key} {s.Value:F0} ms")));
            findings.Add(("slow", FormattableString.Invariant($"{milliseconds:F0} ms for {input.Bytes.Length:N0} bytes ({stages}), {allocated / (1024.0 * 1024):F0} MiB allocated")));
        }

        if (milliseconds > family.Slowest.Milliseconds)
        {
            family.Slowest = (milliseconds, input.Index, input.Bytes.Length, stage.Key);
        }

        if (allocated > family.Hungriest.Bytes)
        {
            family.Hungriest = (allocated, input.Index, input.Bytes.Length);
        }

        return findings;
    }

    /// <summary>Counts an input that did not finish in time (its outcome is then null).</summary>
    public void Hang(FuzzInput input) => For(input.Family).Hangs++;

    public void Print(TextWriter output)
    {
        output.WriteLine("| family | inputs | not text | crashes | hangs | slow | drafts not valid | diff failures | slowest (input, bytes, stage) | most allocated (input, bytes) |");
        output.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|---|---|");
        foreach (var (name, f) in _families)
        {
            output.WriteLine(Row(name, f));
        }

        var total = new Family
        {
            Inputs = _families.Values.Sum(f => f.Inputs),
            NotText = _families.Values.Sum(f => f.NotText),
            Crashes = Crashes,
            Hangs = Hangs,
            Slow = _families.Values.Sum(f => f.Slow),
            DraftFailures = _families.Values.Sum(f => f.DraftFailures),
            DiffFailures = _families.Values.Sum(f => f.DiffFailures),
            Slowest = _families.Values.Select(f => f.Slowest).OrderByDescending(s => s.Milliseconds).FirstOrDefault(),
            Hungriest = _families.Values.Select(f => f.Hungriest).OrderByDescending(h => h.Bytes).FirstOrDefault(),
        };
        output.WriteLine(Row("**all**", total));
    }

    private static string Row(string name, Family f) =>
        FormattableString.Invariant(
            $"| {name} | {f.Inputs:N0} | {f.NotText:N0} | {f.Crashes} | {f.Hangs} | {f.Slow} | {f.DraftFailures} | {f.DiffFailures} | {f.Slowest.Milliseconds:N0} ms (#{f.Slowest.Index}, {f.Slowest.Bytes:N0}, {f.Slowest.Stage}) | {f.Hungriest.Bytes / (1024.0 * 1024):N0} MiB (#{f.Hungriest.Index}, {f.Hungriest.Size:N0}) |");

    private Family For(string name)
    {
        if (!_families.TryGetValue(name, out var family))
        {
            family = new Family();
            _families.Add(name, family);
        }

        return family;
    }
}
