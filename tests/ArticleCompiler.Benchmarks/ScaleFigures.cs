using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.Linq;
using System.Text;
using ArticleCompiler.Annotation;
using ArticleCompiler.Diffing;
using ArticleCompiler.Parsing;
using ArticleCompiler.Validation;

namespace ArticleCompiler.Benchmarks;

/// <summary>
/// 'scale [UNITS]': how each engine's time grows with the size of the adversarial shapes the fuzz
/// harness found slow (many sections, one endless line of quotes). Each shape is run at n, 2n and
/// 4n units; the exponent is log2 of the ratio of successive times (1 is linear, 2 quadratic).
/// Figures, not a test: the machine's load moves them; the exponent is what to read.
/// </summary>
public static class ScaleFigures
{
    private static readonly ValidationOptions Options = new(DateTimeOffset.UtcNow);

    private const string Header = "---\nid: big\ntitle: Big\nspeakers:\n  x:\n    name: X\n---\n\n";

    public static void Run(int units)
    {
        Shape("diff, many sections (## Heading i / Text.), revised copy", units * 8, Sections, DiffSections);
        Shape("diff, plain text of 1,990-word sentences, each one's words shuffled in the revision", Math.Max(1, units / 500), ShuffledSentences, DiffPlain);
        Shape("validate, many sections", units * 8, Sections, text => ArticleValidator.Validate(text, Options));
        Shape("validate, one line of marked quotes", units * 8, n => Header + Repeat("Words of one endless paragraph, \"with a quote\"{@x} and [reported speech]{@x}. ", n), text => ArticleValidator.Validate(text, Options));
        Shape("annotate, one line of '\"a\"{@x #q} '", units, n => Repeat("\"a\"{@x #q} ", n), Annotate);
        Shape("annotate, one line of '\"Quoted words,\" he said. '", units, n => Repeat("\"Quoted words,\" he said. ", n), Annotate);
    }

    private static void Shape(string name, int units, Func<int, string> make, Action<string> run)
    {
        Console.WriteLine(name);
        run(make(Math.Max(1, units / 16))); // warm-up
        double? previous = null;
        foreach (var n in new[] { units, units * 2, units * 4 })
        {
            var text = make(n);
            var watch = Stopwatch.StartNew();
            run(text);
            var seconds = watch.Elapsed.TotalSeconds;
            var exponent = previous is double p ? Math.Log(seconds / p, 2).ToString("F2", CultureInfo.InvariantCulture) : "";
            Console.WriteLine(FormattableString.Invariant($"  n={n,9} {Encoding.UTF8.GetByteCount(text) / 1e6,8:F2} MB {seconds,8:F3} s {exponent,6}"));
            previous = seconds;
        }
    }

    private static string Repeat(string unit, int n) => new StringBuilder(unit.Length * n).Insert(0, unit, n).ToString();

    private static string Sections(int n)
    {
        var text = new StringBuilder(Header, n * 26);
        for (var i = 0; i < n; i++)
        {
            text.Append("## Heading ").Append(i.ToString(CultureInfo.InvariantCulture)).Append("\n\nText.\n\n");
        }

        return text.ToString();
    }

    // The old side against a copy with two sections swapped, one removed and one paragraph edited.
    private static void DiffSections(string text)
    {
        var lines = text.Split('\n').ToList();
        var count = lines.Count;
        (lines[count / 3], lines[2 * count / 3]) = (lines[2 * count / 3], lines[count / 3]);
        lines.RemoveAt(count / 2);
        lines[count / 4] = lines[count / 4].Replace("Text.", "Text changed.", StringComparison.Ordinal);
        var old = DiffSource.FromArticle(ArticleValidator.Check(ArticleParser.Parse(text), Options).Article);
        var @new = DiffSource.FromArticle(ArticleValidator.Check(ArticleParser.Parse(string.Join("\n", lines)), Options).Article);
        _ = ArticleDiffer.Diff(old, @new, new DiffOptions());
    }

    private static string ShuffledSentences(int n)
    {
        var random = new Random(1);
        var text = new StringBuilder();
        for (var i = 0; i < n; i++)
        {
            var words = Enumerable.Range(0, 1990).Select(j => "w" + i.ToString(CultureInfo.InvariantCulture) + "x" + j.ToString(CultureInfo.InvariantCulture)).ToArray();
            text.Append(string.Join(" ", words)).Append(".\n");
            text.Append(string.Join(" ", words.OrderBy(_ => random.Next()))).Append(".\n");
        }

        return text.ToString();
    }

    // Even lines are the old side, odd lines their shuffled revision.
    private static void DiffPlain(string text)
    {
        var lines = text.Split('\n');
        var old = string.Join("\n", lines.Where((_, i) => i % 2 == 0));
        var @new = string.Join("\n", lines.Where((_, i) => i % 2 == 1));
        _ = ArticleDiffer.Diff(DiffSource.FromPlainText(old), DiffSource.FromPlainText(@new), new DiffOptions());
    }

    private static void Annotate(string text) => _ = ArticleAnnotator.Annotate(text, new AnnotatorOptions());
}
