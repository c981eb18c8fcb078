using System.Collections.Generic;
using System.Text;

namespace ArticleCompiler.Diffing;

/// <summary>What happened to a run of words.</summary>
public enum WordOperation
{
    /// <summary>In both texts.</summary>
    Equal,

    /// <summary>Only in the old text.</summary>
    Deleted,

    /// <summary>Only in the new text.</summary>
    Inserted,
}

/// <summary>A run of words (with the spaces between them) that was kept, deleted or inserted.</summary>
public sealed record WordChange(WordOperation Operation, string Text);

/// <summary>
/// A word-level diff of two texts, like <c>git diff --word-diff</c>: the texts are cut into words
/// (runs of non-space), compared by <see cref="TextKey"/>, and aligned with Myers' O((N+M)·D)
/// algorithm, D being the number of words that differ; past <see cref="MaximumWords"/> words or <see cref="MaximumEdits"/> edits, coarsely.
/// </summary>
public static class WordDiff
{
    /// <summary>The runs that turn <paramref name="oldText"/> into <paramref name="newText"/>.</summary>
    public static IReadOnlyList<WordChange> Compute(string oldText, string newText, bool ignoreTypography)
    {
        var oldWords = Words(oldText);
        var newWords = Words(newText);
        var oldKeys = oldWords.ConvertAll(w => TextKey.Of(w, ignoreTypography));
        var newKeys = newWords.ConvertAll(w => TextKey.Of(w, ignoreTypography));
        var script = Myers(oldKeys, newKeys);

        // Each run is built in a StringBuilder: appending word by word to a string is quadratic.
        var runs = new List<(WordOperation Operation, StringBuilder Text)>();
        int o = 0, n = 0;
        foreach (var operation in script)
        {
            var text = operation == WordOperation.Inserted ? newWords[n++] : oldWords[o++];
            if (operation == WordOperation.Equal)
            {
                n++;
            }

            if (runs.Count > 0 && runs[runs.Count - 1].Operation == operation)
            {
                runs[runs.Count - 1].Text.Append(' ').Append(text);
            }
            else
            {
                runs.Add((operation, new StringBuilder(text)));
            }
        }

        var changes = runs.ConvertAll(run => new WordChange(run.Operation, run.Text.ToString()));
        return changes;
    }

    private static List<string> Words(string text)
    {
        var words = new List<string>();
        var word = new StringBuilder();
        foreach (var c in text)
        {
            // A no-break space belongs to its word (it is typography, see TextKey), so a change of
            // one to a space shows as a change of that word.
            if (char.IsWhiteSpace(c) && !TextKey.IsTypographicSpace(c))
            {
                if (word.Length > 0)
                {
                    words.Add(word.ToString());
                    word.Clear();
                }
            }
            else
            {
                word.Append(c);
            }
        }

        if (word.Length > 0)
        {
            words.Add(word.ToString());
        }

        return words;
    }

    /// <summary>Texts with more words than this together are diffed coarsely (common ends kept, the middle replaced).</summary>
    public const int MaximumWords = 4000;

    /// <summary>
    /// Texts that need more word insertions and deletions than this are diffed coarsely too: Myers'
    /// time grows with (N+M)·D, and a file of long sentences whose words were all shuffled kept
    /// <c>artc diff</c> busy for minutes. Within the bound the script is the shortest, as before.
    /// </summary>
    public const int MaximumEdits = 500;

    // Myers' greedy shortest edit script, with the trace kept to walk back: of each round only the
    // diagonals it can read (-d-1 to d+1), so the trace is O(D²), not O((N+M)·D).
    private static List<WordOperation> Myers(List<string> a, List<string> b)
    {
        if (a.Count + b.Count > MaximumWords)
        {
            return Coarse(a, b);
        }

        int n = a.Count, m = b.Count, max = n + m, offset = max + 1;
        var v = new int[(2 * max) + 3];
        var trace = new List<int[]>();
        for (var d = 0; d <= max && d <= MaximumEdits; d++)
        {
            var round = new int[(2 * d) + 3];
            System.Array.Copy(v, offset - d - 1, round, 0, round.Length);
            trace.Add(round);
            for (var k = -d; k <= d; k += 2)
            {
                var x = k == -d || (k != d && v[offset + k - 1] < v[offset + k + 1]) ? v[offset + k + 1] : v[offset + k - 1] + 1;
                var y = x - k;
                while (x < n && y < m && a[x] == b[y])
                {
                    x++;
                    y++;
                }

                v[offset + k] = x;
                if (x >= n && y >= m)
                {
                    return Backtrack(trace, n, m, d);
                }
            }
        }

        return Coarse(a, b);
    }

    // The common prefix and suffix kept, everything between them deleted and inserted.
    private static List<WordOperation> Coarse(List<string> a, List<string> b)
    {
        var prefix = 0;
        while (prefix < a.Count && prefix < b.Count && a[prefix] == b[prefix])
        {
            prefix++;
        }

        var suffix = 0;
        while (suffix < a.Count - prefix && suffix < b.Count - prefix && a[a.Count - 1 - suffix] == b[b.Count - 1 - suffix])
        {
            suffix++;
        }

        var operations = new List<WordOperation>();
        operations.AddRange(System.Linq.Enumerable.Repeat(WordOperation.Equal, prefix));
        operations.AddRange(System.Linq.Enumerable.Repeat(WordOperation.Deleted, a.Count - prefix - suffix));
        operations.AddRange(System.Linq.Enumerable.Repeat(WordOperation.Inserted, b.Count - prefix - suffix));
        operations.AddRange(System.Linq.Enumerable.Repeat(WordOperation.Equal, suffix));
        return operations;
    }

    private static List<WordOperation> Backtrack(List<int[]> trace, int x, int y, int depth)
    {
        var operations = new List<WordOperation>();
        for (var d = depth; d > 0; d--)
        {
            // trace[d][i] is diagonal i - d - 1.
            var v = trace[d];
            var at = d + 1;
            var k = x - y;
            var previousK = k == -d || (k != d && v[at + k - 1] < v[at + k + 1]) ? k + 1 : k - 1;
            var previousX = v[at + previousK];
            var previousY = previousX - previousK;
            while (x > previousX && y > previousY)
            {
                operations.Add(WordOperation.Equal);
                x--;
                y--;
            }

            operations.Add(x == previousX ? WordOperation.Inserted : WordOperation.Deleted);
            x = previousX;
            y = previousY;
        }

        while (x > 0 && y > 0)
        {
            operations.Add(WordOperation.Equal);
            x--;
            y--;
        }

        operations.Reverse();
        return operations;
    }
}
