using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;

namespace ArticleCompiler.Benchmarks;

/// <summary>
/// A sentence boundary of the splitter that is almost surely wrong, by shape: after a title or
/// abbreviation that stands before a name or a number, after an initial, inside a number, before a
/// lower-case word. One definition for the 'sentences' and 'realtext' benchmarks, so their figures
/// are the same count. It is independent of the splitter's own lists on purpose, and a lower bound
/// (a wrong boundary of another shape is not seen); an upper one only up to the rare real sentence
/// that ends in an initial.
/// </summary>
internal static class SuspectBoundary
{
    // Words that stand before a name or a number, not at the end of a sentence.
    private static readonly HashSet<string> NeverLast = new(StringComparer.Ordinal)
    {
        "No", "Nos", "Mr", "Mrs", "Ms", "Dr", "Gov", "Sen", "Rep", "Reps", "Sens", "Lt", "Gen", "Col", "Sgt", "Capt", "Cmdr", "Adm", "Prof", "Rev", "Hon", "Pres", "Supt", "Atty", "Gens", "Vol", "vs", "v", "Mt", "Ft", "Messrs",
        "Jan", "Feb", "Mar", "Apr", "Aug", "Sept", "Sep", "Oct", "Nov", "Dec",
    };

    private static readonly Regex LastWord = new(@"(\S+)\s*$", RegexOptions.CultureInvariant);

    /// <summary>The shape of the boundary between <paramref name="sentence"/> and <paramref name="next"/> when it looks wrong; otherwise null.</summary>
    public static string? Shape(string sentence, string next)
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
}
