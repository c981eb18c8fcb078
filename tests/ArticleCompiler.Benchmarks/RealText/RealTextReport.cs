using System;
using System.Collections.Generic;
using System.Linq;

namespace ArticleCompiler.Benchmarks.RealText;

/// <summary>The figures of one text set (PolNeAR, Wikinews), and a few examples of each problem, printed as one table.</summary>
public sealed class RealTextReport(string set)
{
    private const int ExamplesPerKind = 4;

    public string Name { get; } = set;

    /// <summary>Figures in the order they were first set.</summary>
    public List<(string Name, string Value)> Figures { get; } = new();

    /// <summary>Examples by kind of problem.</summary>
    public SortedDictionary<string, List<string>> Examples { get; } = new(StringComparer.Ordinal);

    public void Set(string name, object value)
    {
        var text = Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty;
        var index = Figures.FindIndex(f => f.Name == name);
        if (index >= 0)
        {
            Figures[index] = (name, text);
        }
        else
        {
            Figures.Add((name, text));
        }
    }

    public void Example(string kind, string example)
    {
        if (!Examples.TryGetValue(kind, out var list))
        {
            Examples[kind] = list = new List<string>();
        }

        list.Add(example.Length > 600 ? example.Substring(0, 600) + " …" : example);
    }

    /// <summary>"ARTC111 ×3, ARTC203 ×20", or "0".</summary>
    public static string ByCode(IReadOnlyDictionary<string, int> counts) =>
        counts.Count == 0 ? "0" : string.Join(", ", counts.OrderBy(c => c.Key, StringComparer.Ordinal).Select(c => $"{c.Key} ×{c.Value}"));

    /// <summary>Prints the table and the first examples of each kind; writes every example to <paramref name="examplesPath"/>.</summary>
    public static void Print(IReadOnlyList<RealTextReport> reports, string examplesPath)
    {
        var names = new List<string>();
        foreach (var report in reports)
        {
            foreach (var (name, _) in report.Figures)
            {
                if (!names.Contains(name))
                {
                    names.Add(name);
                }
            }
        }

        Console.WriteLine();
        Console.WriteLine("| figure | " + string.Join(" | ", reports.Select(r => r.Name)) + " |");
        Console.WriteLine("|---|" + string.Concat(reports.Select(_ => "---|")));
        foreach (var name in names)
        {
            Console.WriteLine("| " + name + " | " + string.Join(" | ", reports.Select(r => r.Figures.FirstOrDefault(f => f.Name == name).Value ?? "")) + " |");
        }

        using var all = new System.IO.StreamWriter(examplesPath);
        foreach (var report in reports)
        {
            foreach (var (kind, examples) in report.Examples)
            {
                Console.WriteLine();
                Console.WriteLine($"## {report.Name}: {kind} ({examples.Count})");
                all.WriteLine($"## {report.Name}: {kind} ({examples.Count})");
                for (var i = 0; i < examples.Count; i++)
                {
                    var line = "- " + examples[i].Replace("\n", "\n  ");
                    all.WriteLine(line);
                    if (i < ExamplesPerKind)
                    {
                        Console.WriteLine(line);
                    }
                }

                all.WriteLine();
            }
        }
    }
}
