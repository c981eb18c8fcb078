using System.Collections.Generic;

namespace ArticleCompiler.Diffing;

/// <summary>What stayed in place among matched items: the heaviest run in the same order on both sides.</summary>
internal static class Ordering
{
    /// <summary>
    /// The positions of the subsequence of <paramref name="keys"/> (the items' positions on the
    /// other side, in this side's order) that strictly increases and has the greatest total
    /// <paramref name="weights"/>. A Fenwick tree over the keys keeps it O(n log n). With weights
    /// that differ, the answer is unique, so the two directions of a diff agree on what moved.
    /// </summary>
    public static HashSet<int> HeaviestIncreasing(IReadOnlyList<int> keys, IReadOnlyList<long> weights)
    {
        var size = 0;
        foreach (var key in keys)
        {
            size = System.Math.Max(size, key + 1);
        }

        // tree[k]: the best (total weight, last position) of a run ending with a key below k.
        var tree = new (long Weight, int Position)[size + 1];
        for (var i = 0; i <= size; i++)
        {
            tree[i] = (0, -1);
        }

        var previous = new int[keys.Count];
        var total = new long[keys.Count];
        var best = -1;
        for (var i = 0; i < keys.Count; i++)
        {
            // The heaviest run ending with a key smaller than keys[i].
            (long Weight, int Position) before = (0, -1);
            for (var k = keys[i]; k > 0; k -= k & -k)
            {
                if (tree[k].Weight > before.Weight)
                {
                    before = tree[k];
                }
            }

            previous[i] = before.Position;
            total[i] = before.Weight + weights[i];
            for (var k = keys[i] + 1; k <= size; k += k & -k)
            {
                if (total[i] > tree[k].Weight)
                {
                    tree[k] = (total[i], i);
                }
            }

            if (best < 0 || total[i] > total[best])
            {
                best = i;
            }
        }

        var result = new HashSet<int>();
        for (var i = best; i >= 0; i = previous[i])
        {
            result.Add(i);
        }

        return result;
    }

    /// <summary>The weight of a matched item where every item counts the same: one, with a tie-breaking hash that is the same in both directions.</summary>
    public static long Count(string oldKey, string newKey) => (1L << 40) + TieBreak(oldKey, newKey);

    /// <summary>The weight of a matched block (a section) by its size: the longer block stays, the shorter one moved.</summary>
    public static long Size(string oldKey, string newKey) => ((long)(oldKey.Length + newKey.Length + 1) << 20) + TieBreak(oldKey, newKey);

    // A hash of the pair's two texts that does not depend on which side is old.
    private static long TieBreak(string oldKey, string newKey)
    {
        var (first, second) = string.CompareOrdinal(oldKey, newKey) <= 0 ? (oldKey, newKey) : (newKey, oldKey);
        var hash = Text.Fnv1a.Append(Text.Fnv1a.Append(Text.Fnv1a.Append(Text.Fnv1a.OffsetBasis, first), "\u0000"), second);
        return hash & 0xFFFFF;
    }
}
