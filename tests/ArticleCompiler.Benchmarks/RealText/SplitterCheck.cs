using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using ArticleCompiler.Text;

namespace ArticleCompiler.Benchmarks.RealText;

/// <summary>
/// The sentence splitter that diff and annotate share, on every paragraph of real text: boundaries
/// that are almost surely wrong, by shape (a title or abbreviation that does not end sentences, an
/// initial, a decimal, a next "sentence" that starts in lower case), with examples. The figure is a
/// lower bound (a wrong boundary of another shape is not seen), and an upper one only up to the
/// rare real sentence that ends in "No." or an initial.
/// </summary>
public static class SplitterCheck
{
    // Words that stand before a name or a number, not at the end of a sentence.
    private static readonly HashSet<string> NeverLast = new(StringComparer.Ordinal)
    {
        "No", "Nos", "Mr", "Mrs", "Ms", "Dr", "Gov", "Sen", "Rep", "Reps", "Sens", "Lt", "Gen", "Col", "Sgt", "Capt", "Cmdr", "Adm", "Prof", "Rev", "Hon", "Pres", "Supt", "Atty", "Gens", "Vol", "vs", "v", "Mt", "Ft", "Messrs",
        "Jan", "Feb", "Mar", "Apr", "Aug", "Sept", "Sep", "Oct", "Nov", "Dec",
    };

    private static readonly Regex LastWord = new(@"(\S+)\s*$", RegexOptions.CultureInvariant);

    public static void Run(RealTextReport report, IEnumerable<string> paragraphs)
    {
        var (count, boundaries) = (0, 0);
        var shapes = new SortedDictionary<string, int>(StringComparer.Ordinal);
        foreach (var paragraph in paragraphs)
        {
            var sentences = SentenceSplitter.Split(paragraph);
            count += sentences.Count;
            for (var i = 0; i + 1 < sentences.Count; i++)
            {
                boundaries++;
                var shape = Shape(sentences[i], sentences[i + 1]);
                if (shape is null)
                {
                    continue;
                }

                shapes[shape] = shapes.TryGetValue(shape, out var n) ? n + 1 : 1;
                report.Example("splitter: " + shape, $"…{Tail(sentences[i])} ‖ {Head(sentences[i + 1])}…");
            }
        }

        report.Set("splitter: sentences / boundaries", $"{count} / {boundaries}");
        report.Set("splitter: suspect boundaries", shapes.Values.Sum());
        report.Set("splitter: suspect boundaries by shape", RealTextReport.ByCode(shapes));
    }

    private static string? Shape(string sentence, string next)
    {
        var last = LastWord.Match(sentence).Groups[1].Value.TrimStart('(', '"', '“', '‘', '\'', '[');
        var word = last.TrimEnd('.', '"', '”', '’', '\'', ')', ']');
        var first = next.TrimStart('"', '“', '‘', '\'', '(', '[');
        if (!last.EndsWith(".", StringComparison.Ordinal) && !last.EndsWith(".\"", StringComparison.Ordinal) && !last.EndsWith(".”", StringComparison.Ordinal))
        {
            return first.Length > 0 && char.IsLower(first[0]) ? "next starts in lower case" : null;
        }

        // "No." ends a sentence as an answer ("A: No. I mean"); before a number it is "number".
        if (NeverLast.Contains(word) && (word != "No" || (first.Length > 0 && char.IsDigit(first[0]))))
        {
            return $"after \"{word}.\"";
        }

        // An initial, but not a party in parentheses ("Sen. John McCain (R).").
        var raw = LastWord.Match(sentence).Groups[1].Value;
        if (word.Length == 1 && char.IsUpper(word[0]) && !raw.StartsWith("(", StringComparison.Ordinal))
        {
            return "after an initial";
        }

        if (Regex.IsMatch(word, @"^([A-Za-z]\.)+[A-Za-z]$", RegexOptions.CultureInvariant) && first.Length > 0 && (char.IsLower(first[0]) || char.IsDigit(first[0])))
        {
            return $"after \"{word}.\" before lower case or a digit";
        }

        if (word.Length > 0 && char.IsDigit(word[word.Length - 1]) && first.Length > 0 && char.IsDigit(first[0]) && !last.EndsWith("\"", StringComparison.Ordinal))
        {
            return "inside a number";
        }

        if (first.Length > 0 && char.IsLower(first[0]))
        {
            return "next starts in lower case";
        }

        return null;
    }

    private static string Tail(string s) => s.Length <= 60 ? s : s.Substring(s.Length - 60);

    private static string Head(string s) => s.Length <= 40 ? s : s.Substring(0, 40);
}
