using System;
using System.Collections.Generic;
using System.Linq;

namespace ArticleCompiler.Diffing;

/// <summary>
/// A match between the old and the new list: <see cref="OldCount"/> items from <see cref="OldIndex"/>
/// correspond to <see cref="NewCount"/> items from <see cref="NewIndex"/> (two when a sentence was
/// split or two were merged). An item without a counterpart has a null index on the other side.
/// </summary>
public sealed record AlignedPair(int? OldIndex, int OldCount, int? NewIndex, int NewCount, bool InOrder);

/// <summary>
/// Aligns two lists of texts by content, not position, in four steps:
/// <list type="number">
/// <item>equal texts (by <see cref="TextKey"/>, typography folded) are paired: texts found once on
/// each side first, then each repeated one with the first free occurrence after the last pair
/// before it (union-find over each text's positions): about a hash lookup per item;</item>
/// <item>the rest are paired by word similarity (Dice coefficient of their word sets, at least
/// <see cref="Threshold"/>): candidates come from an index of the words the remaining new items
/// contain, leaving out words found in more than <see cref="CommonWordLimit"/> of them, and the
/// best-scoring pairs are taken first;</item>
/// <item>an unpaired item next to a paired one is joined to it when the two together resemble
/// the counterpart better (a sentence split in two, or two merged);</item>
/// <item>the longest run of pairs in the same order on both sides (longest increasing
/// subsequence, O(p log p); among runs as long, a hash of the pairs' texts decides, the same way in
/// both directions) stays in place; the other pairs moved.</item>
/// </list>
/// For ordinary edits the cost is linear in the number of items and their words; only the pairs
/// of unmatched items that share an uncommon word are ever scored, never every pair.
/// </summary>
public static class Aligner
{
    /// <summary>The least similarity for two different texts to be the same item edited.</summary>
    public const double Threshold = 0.5;

    /// <summary>Words in more remaining items than this do not propose candidates (they still count in the score).</summary>
    public const int CommonWordLimit = 32;

    /// <summary>The pairs, in old order, then the new items without a counterpart in new order; <paramref name="joins"/> allows split and merged pairs.</summary>
    public static List<AlignedPair> Align(IReadOnlyList<string> oldTexts, IReadOnlyList<string> newTexts, bool joins = true)
    {
        var oldKeys = oldTexts.Select(t => TextKey.Of(t, ignoreTypography: true)).ToArray();
        var newKeys = newTexts.Select(t => TextKey.Of(t, ignoreTypography: true)).ToArray();
        var newOf = new int?[oldTexts.Count];
        var oldOf = new int?[newTexts.Count];

        // 1. Equal texts: those that occur once on each side first (anchors), then repeated ones,
        // each old occurrence with the first free new one after the last pair before it, so that
        // repeats keep their place among the anchors ("He declined to comment." twice).
        var byKey = new Dictionary<string, FreeList>(StringComparer.Ordinal);
        for (var j = 0; j < newKeys.Length; j++)
        {
            if (!byKey.TryGetValue(newKeys[j], out var list))
            {
                byKey[newKeys[j]] = list = new FreeList();
            }

            list.Positions.Add(j);
        }

        var oldCounts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var key in oldKeys)
        {
            oldCounts[key] = oldCounts.TryGetValue(key, out var count) ? count + 1 : 1;
        }

        for (var i = 0; i < oldKeys.Length; i++)
        {
            if (oldCounts[oldKeys[i]] == 1 && byKey.TryGetValue(oldKeys[i], out var list) && list.Positions.Count == 1)
            {
                var j = list.Take(-1, int.MaxValue)!.Value;
                newOf[i] = j;
                oldOf[j] = i;
            }
        }

        // The new position of the next anchor after each old item bounds where its repeat may pair;
        // a repeat with no free occurrence between its neighbours is left to step 2.
        var nextAnchor = new int[oldKeys.Length];
        for (int i = oldKeys.Length - 1, next = newKeys.Length; i >= 0; i--)
        {
            nextAnchor[i] = next;
            next = newOf[i] ?? next;
        }

        var lastNew = -1;
        for (var i = 0; i < oldKeys.Length; i++)
        {
            if (newOf[i] is int anchor)
            {
                lastNew = anchor;
            }
            else if (byKey.TryGetValue(oldKeys[i], out var list) && list.Take(lastNew, nextAnchor[i]) is int j)
            {
                newOf[i] = j;
                oldOf[j] = i;
                lastNew = j;
            }
        }

        // 2. Similar texts.
        var oldWords = new HashSet<string>?[oldTexts.Count];
        var newWords = new HashSet<string>?[newTexts.Count];
        HashSet<string> WordsOfOld(int i) => oldWords[i] ??= new HashSet<string>(TextKey.Words(oldTexts[i]), StringComparer.Ordinal);
        HashSet<string> WordsOfNew(int j) => newWords[j] ??= new HashSet<string>(TextKey.Words(newTexts[j]), StringComparer.Ordinal);

        var index = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var j = 0; j < newTexts.Count; j++)
        {
            if (oldOf[j] is null)
            {
                foreach (var word in WordsOfNew(j))
                {
                    if (!index.TryGetValue(word, out var list))
                    {
                        index[word] = list = new List<int>();
                    }

                    list.Add(j);
                }
            }
        }

        var candidates = new List<(double Score, int Old, int New)>();
        var seen = new HashSet<int>();
        for (var i = 0; i < oldTexts.Count; i++)
        {
            if (newOf[i] is not null)
            {
                continue;
            }

            seen.Clear();
            foreach (var word in WordsOfOld(i))
            {
                if (index.TryGetValue(word, out var list) && list.Count <= CommonWordLimit)
                {
                    foreach (var j in list)
                    {
                        if (seen.Add(j))
                        {
                            var score = Dice(WordsOfOld(i), WordsOfNew(j));
                            if (score >= Threshold)
                            {
                                candidates.Add((score, i, j));
                            }
                        }
                    }
                }
            }
        }

        // Best first; among equals, the nearest in position, then document order (deterministic).
        foreach (var (_, i, j) in candidates.OrderByDescending(c => c.Score).ThenBy(c => Math.Abs(c.Old - c.New)).ThenBy(c => c.Old).ThenBy(c => c.New))
        {
            if (newOf[i] is null && oldOf[j] is null)
            {
                newOf[i] = j;
                oldOf[j] = i;
            }
        }

        // 3. Splits and merges, into pairs of (old range, new range).
        var pairs = new List<(int Old, int OldCount, int New, int NewCount)>();
        var joinedNew = new bool[newTexts.Count];
        var joinedOld = new bool[oldTexts.Count];
        for (var i = 0; i < oldTexts.Count; i++)
        {
            if (newOf[i] is not int j || oldKeys[i] == newKeys[j] || !joins)
            {
                if (newOf[i] is int same)
                {
                    pairs.Add((i, 1, same, 1));
                }

                continue;
            }

            var alone = Dice(WordsOfOld(i), WordsOfNew(j));
            if (j + 1 < newTexts.Count && oldOf[j + 1] is null && !joinedNew[j + 1] && Joins(WordsOfOld(i), WordsOfNew(j), WordsOfNew(j + 1), alone))
            {
                joinedNew[j + 1] = true;
                pairs.Add((i, 1, j, 2));
            }
            else if (j > 0 && oldOf[j - 1] is null && !joinedNew[j - 1] && Joins(WordsOfOld(i), WordsOfNew(j), WordsOfNew(j - 1), alone))
            {
                joinedNew[j - 1] = true;
                pairs.Add((i, 1, j - 1, 2));
            }
            else if (i + 1 < oldTexts.Count && newOf[i + 1] is null && Joins(WordsOfNew(j), WordsOfOld(i), WordsOfOld(i + 1), alone))
            {
                joinedOld[i + 1] = true;
                pairs.Add((i, 2, j, 1));
                i++;
            }
            else if (i > 0 && newOf[i - 1] is null && !joinedOld[i - 1] && Joins(WordsOfNew(j), WordsOfOld(i), WordsOfOld(i - 1), alone))
            {
                joinedOld[i - 1] = true;
                pairs.Add((i - 1, 2, j, 1));
            }
            else
            {
                pairs.Add((i, 1, j, 1));
            }
        }

        // 4. What stayed in order: the longest in-order run; among runs as long, the one the pairs'
        // texts pick (the same in both directions of a diff).
        pairs.Sort((a, b) => a.Old.CompareTo(b.Old));
        var inOrder = Ordering.HeaviestIncreasing(
            pairs.Select(p => p.New).ToList(),
            pairs.Select(p => Ordering.Count(Joined(oldKeys, p.Old, p.OldCount), Joined(newKeys, p.New, p.NewCount))).ToList());

        var result = new List<AlignedPair>();
        var p = 0;
        for (var i = 0; i < oldTexts.Count; i++)
        {
            if (p < pairs.Count && pairs[p].Old == i)
            {
                result.Add(new AlignedPair(i, pairs[p].OldCount, pairs[p].New, pairs[p].NewCount, inOrder.Contains(p)));
                i += pairs[p].OldCount - 1;
                p++;
            }
            else if (!joinedOld[i])
            {
                result.Add(new AlignedPair(i, 1, null, 0, true));
            }
        }

        for (var j = 0; j < newTexts.Count; j++)
        {
            if (oldOf[j] is null && !joinedNew[j])
            {
                result.Add(new AlignedPair(null, 0, j, 1, true));
            }
        }

        return result;
    }

    /// <summary>The new positions of one text, ascending, each taken at most once.</summary>
    private sealed class FreeList
    {
        private int[]? _next;

        public List<int> Positions { get; } = new();

        /// <summary>Takes the first free position after <paramref name="after"/> and before <paramref name="before"/>; null when there is none.</summary>
        public int? Take(int after, int before)
        {
            _next ??= System.Linq.Enumerable.Range(0, Positions.Count + 1).ToArray();
            var low = 0;
            var high = Positions.Count;
            while (low < high)
            {
                var middle = (low + high) / 2;
                if (Positions[middle] <= after)
                {
                    low = middle + 1;
                }
                else
                {
                    high = middle;
                }
            }

            var free = Find(low);
            if (free >= Positions.Count || Positions[free] >= before)
            {
                return null;
            }

            _next[free] = free + 1;
            return Positions[free];
        }

        // The first free index at or after 'index' (union-find with path halving).
        private int Find(int index)
        {
            while (_next![index] != index)
            {
                _next[index] = _next[_next[index]];
                index = _next[index];
            }

            return index;
        }
    }

    private static string Joined(string[] keys, int start, int count) => count == 1 ? keys[start] : string.Join(" ", keys, start, count);

    /// <summary>Dice's coefficient of two word sets: 1 for the same words, 0 for none in common.</summary>
    public static double Dice(HashSet<string> a, HashSet<string> b)
    {
        if (a.Count + b.Count == 0)
        {
            return 1;
        }

        var (small, large) = a.Count <= b.Count ? (a, b) : (b, a);
        var common = small.Count(large.Contains);
        return 2.0 * common / (a.Count + b.Count);
    }

    // Whether an unpaired neighbour is a piece of the paired sentence's counterpart (a split or a
    // merge): the two together resemble the counterpart clearly better (by 0.1), or better and with
    // every word of the neighbour the counterpart's. The second is for a short piece split off a long
    // sentence (", and hundreds killed." → ". And hundreds killed."), which moves too few words to
    // gain 0.1; a short new sentence brings words of its own and stays an addition.
    private static bool Joins(HashSet<string> counterpart, HashSet<string> paired, HashSet<string> neighbour, double alone)
    {
        var joined = Dice(counterpart, Union(paired, neighbour));
        return joined > alone + 0.1 || (joined > alone && neighbour.Count > 0 && neighbour.IsSubsetOf(counterpart));
    }

    private static HashSet<string> Union(HashSet<string> a, HashSet<string> b)
    {
        var union = new HashSet<string>(a, StringComparer.Ordinal);
        union.UnionWith(b);
        return union;
    }
}
