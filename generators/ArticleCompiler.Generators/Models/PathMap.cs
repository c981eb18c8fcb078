using System;
using System.Collections.Generic;
using System.Linq;
using ArticleCompiler.Model;

namespace ArticleCompiler.Generators.Models;

/// <summary>
/// A value per file path (a class name, a resource name), sorted by path: what a per-file step
/// takes from a corpus-wide one. A value, like every model: a per-file step combined with it runs
/// again when any entry changes, but its own output changes only when its entry does.
/// </summary>
/// <param name="Entries">The entries, in ordinal order of their paths, one per path.</param>
internal sealed record PathMap(EquatableArray<PathEntry> Entries)
{
    /// <summary>The map of <paramref name="entries"/>; of a path given twice (one file listed twice), the first.</summary>
    public static PathMap Of(IEnumerable<PathEntry> entries) =>
        new(new EquatableArray<PathEntry>(entries
            .GroupBy(entry => entry.Path, StringComparer.Ordinal).Select(same => same.First())
            .OrderBy(entry => entry.Path, StringComparer.Ordinal).ToArray()));

    /// <summary>The value for <paramref name="path"/>, or null.</summary>
    public string? Find(string path)
    {
        // A binary search: a thousand articles each look themselves up.
        int low = 0, high = Entries.Count - 1;
        while (low <= high)
        {
            var middle = low + ((high - low) / 2);
            var comparison = string.CompareOrdinal(Entries[middle].Path, path);
            if (comparison == 0)
            {
                return Entries[middle].Value;
            }

            if (comparison < 0)
            {
                low = middle + 1;
            }
            else
            {
                high = middle - 1;
            }
        }

        return null;
    }
}

/// <summary>One file's value.</summary>
/// <param name="Path">The file, as the compiler gave it.</param>
/// <param name="Value">Its value; null for none.</param>
internal sealed record PathEntry(string Path, string? Value);
