using System;
using System.Collections.Generic;

namespace ArticleCompiler.Validation;

/// <summary>"Did you mean" hints: the nearest known name by edit distance.</summary>
public static class Suggestions
{
    /// <summary>
    /// The candidate nearest to <paramref name="value"/> (case-insensitive optimal string alignment
    /// distance of at most two, and at most a third of the longer word), or null.
    /// </summary>
    public static string? Nearest(string value, IEnumerable<string> candidates)
    {
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var candidate in candidates)
        {
            var distance = Distance(value.ToLowerInvariant(), candidate.ToLowerInvariant());
            var allowed = Math.Min(2, Math.Max(1, Math.Max(value.Length, candidate.Length) / 3));
            if (distance <= allowed && distance < bestDistance)
            {
                best = candidate;
                bestDistance = distance;
            }
        }

        return best;
    }

    /// <summary>" (did you mean 'x'?)" for the nearest candidate, or an empty string.</summary>
    public static string DidYouMean(string value, IEnumerable<string> candidates)
    {
        var nearest = Nearest(value, candidates);
        return nearest is null ? string.Empty : $" (did you mean '{nearest}'?)";
    }

    /// <summary>" (did you mean 'x'?)" with the nearest well-formed key, when lower-casing and hyphenating fixes it.</summary>
    public static string KeyShapeHint(string value)
    {
        var slug = Parsing.Slug.FromHeading(value);
        return slug.Length > 0 && slug != value && !slug.StartsWith("s-", StringComparison.Ordinal) && slug != "section"
            ? $" (did you mean '{slug}'?)"
            : string.Empty;
    }

    /// <summary>Optimal string alignment distance (Levenshtein with adjacent transpositions).</summary>
    public static int Distance(string a, string b)
    {
        var rows = a.Length + 1;
        var columns = b.Length + 1;
        var d = new int[rows, columns];
        for (var i = 0; i < rows; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j < columns; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i < rows; i++)
        {
            for (var j = 1; j < columns; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var value = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    value = Math.Min(value, d[i - 2, j - 2] + 1);
                }

                d[i, j] = value;
            }
        }

        return d[rows - 1, columns - 1];
    }
}
