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
/// <item>equal texts (by <see cref="TextKey"/>, typography folded) are paired, the n-th
/// occurrence in the old list with the n-th in the new: a hash lookup per item;</item>
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

        // 1. Equal texts.
        var byKey = new Dictionary<string, Queue<int>>(StringComparer.Ordinal);
        for (var j = 0; j < newKeys.Length; j++)
        {
            if (!byKey.TryGetValue(newKeys[j], out var queue))
            {
                byKey[newKeys[j]] = queue = new Queue<int>();
            }

            queue.Enqueue(j);
        }

        for (var i = 0; i < oldKeys.Length; i++)
        {
            if (byKey.TryGetValue(oldKeys[i], out var queue) && queue.Count > 0)
            {
                var j = queue.Dequeue();
                newOf[i] = j;
                oldOf[j] = i;
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
            if (j + 1 < newTexts.Count && oldOf[j + 1] is null && !joinedNew[j + 1] && Dice(WordsOfOld(i), Union(WordsOfNew(j), WordsOfNew(j + 1))) > alone + 0.1)
            {
                joinedNew[j + 1] = true;
                pairs.Add((i, 1, j, 2));
            }
            else if (j > 0 && oldOf[j - 1] is null && !joinedNew[j - 1] && Dice(WordsOfOld(i), Union(WordsOfNew(j - 1), WordsOfNew(j))) > alone + 0.1)
            {
                joinedNew[j - 1] = true;
                pairs.Add((i, 1, j - 1, 2));
            }
            else if (i + 1 < oldTexts.Count && newOf[i + 1] is null && Dice(Union(WordsOfOld(i), WordsOfOld(i + 1)), WordsOfNew(j)) > alone + 0.1)
            {
                joinedOld[i + 1] = true;
                pairs.Add((i, 2, j, 1));
                i++;
            }
            else if (i > 0 && newOf[i - 1] is null && !joinedOld[i - 1] && Dice(Union(WordsOfOld(i - 1), WordsOfOld(i)), WordsOfNew(j)) > alone + 0.1)
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

    private static HashSet<string> Union(HashSet<string> a, HashSet<string> b)
    {
        var union = new HashSet<string>(a, StringComparer.Ordinal);
        union.UnionWith(b);
        return union;
    }
}
