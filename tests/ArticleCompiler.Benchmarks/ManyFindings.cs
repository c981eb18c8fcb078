using System;
using System.Collections.Immutable;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using ArticleCompiler.Generators;
using ArticleCompiler.Validation;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace ArticleCompiler.Benchmarks;

/// <summary>
/// Articles with very many findings on one line (what fuzzing found quadratic): writes them, and
/// times the core (parse + validate) and the generator in-process on each, with the findings counted.
/// The CLI side is timed by many-findings-cli.sh.
/// </summary>
public static class ManyFindings
{
    private const string FrontMatter = "---\nid: many\ntitle: Many findings\nspeakers:\n  a:\n    name: A\n---\n\n";

    /// <summary>The shapes, by file name.</summary>
    public static readonly (string Name, Func<string> Text)[] Shapes =
    {
        // 20,000 unknown classes in one block: 20,000 ARTC005 on one 60 KB line.
        ("classes-one-line.article.md", () => FrontMatter + "\"x\"{@a" + string.Concat(Enumerable.Repeat(" .y", 20000)) + "}\n"),

        // 4,000 quotes with one id on one line: 3,999 ARTC106.
        ("quote-ids-one-line.article.md", () => FrontMatter + string.Join(" ", Enumerable.Repeat("\"w\"{@a #q}", 4000)) + "\n"),

        // The same quotes a paragraph each: the linear baseline.
        ("quote-ids-own-lines.article.md", () => FrontMatter + string.Join("\n\n", Enumerable.Repeat("\"w\"{@a #q}", 4000)) + "\n"),
    };

    /// <summary>Writes every shape into <paramref name="folder"/>.</summary>
    public static void Write(string folder)
    {
        Directory.CreateDirectory(folder);
        foreach (var (name, text) in Shapes)
        {
            File.WriteAllText(Path.Combine(folder, name), text());
        }
    }

    /// <summary>Times the core and the generator on each shape and prints one line per shape.</summary>
    public static void Print()
    {
        var compilation = CSharpCompilation.Create("Bench", options: new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        foreach (var (name, make) in Shapes)
        {
            var text = make();
            Measure(() => ArticleValidator.Validate(text, new ValidationOptions(DateTimeOffset.UtcNow)).Count, out var coreMs, out var findings);
            Measure(
                () =>
                {
                    var driver = CSharpGeneratorDriver.Create(
                        new[] { new ArticleGenerator().AsSourceGenerator() },
                        ImmutableArray.Create<AdditionalText>(new InMemoryText("/project/" + name, text)));
                    return driver.RunGenerators(compilation).GetRunResult().Diagnostics.Length;
                },
                out var generatorMs,
                out var reported);
            Console.WriteLine(FormattableString.Invariant($"{name}: {text.Length / 1024} KB; core {coreMs:F0} ms, {findings} findings; generator {generatorMs:F0} ms, {reported} diagnostics"));
        }
    }

    // The best of three runs after one warm-up.
    private static void Measure(Func<int> run, out double milliseconds, out int count)
    {
        count = run();
        milliseconds = double.MaxValue;
        for (var i = 0; i < 3; i++)
        {
            var watch = Stopwatch.StartNew();
            count = run();
            milliseconds = Math.Min(milliseconds, watch.Elapsed.TotalMilliseconds);
        }
    }

    private sealed class InMemoryText(string path, string text) : AdditionalText
    {
        private readonly SourceText _text = SourceText.From(text, Encoding.UTF8);

        public override string Path { get; } = path;

        public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
    }
}
