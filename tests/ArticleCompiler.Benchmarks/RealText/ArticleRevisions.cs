using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;

namespace ArticleCompiler.Benchmarks.RealText;

/// <summary>
/// Deterministic editorial revisions of an article file, for <c>artc diff</c>: one word reworded
/// (nothing else changed, so any move, split or merge the diff reports is false), and a revision
/// with several edits (a paragraph moved, a sentence split, a quote re-attributed, a word reworded).
/// Edits touch only plain paragraphs (not headings, fences or the front matter) and never the
/// inside of an attribute block.
/// </summary>
public static class ArticleRevisions
{
    public const string Replacement = "reworded";

    // A word of five or more ASCII letters that is not part of a block item (@key, #id, .class), an escape or a longer word.
    private static readonly Regex Word = new(@"(?<![@#.\\\p{L}\p{N}_-])[A-Za-z]{5,}(?![\p{L}\p{N}_}-])", RegexOptions.CultureInvariant);
    private static readonly Regex Split = new(@"(?<=\p{L}), (and|but) (?=\p{Ll})", RegexOptions.CultureInvariant);
    private static readonly Regex Block = new(@"\{@([a-z][a-z0-9-]*)", RegexOptions.CultureInvariant);

    /// <summary>The article with one word of one paragraph (chosen by <paramref name="seed"/>) replaced; null if there is no such word.</summary>
    public static string? RewordOneWord(string article, int seed)
    {
        var (head, blocks) = Parts(article);
        var plain = PlainParagraphs(blocks);
        for (var attempt = 0; attempt < plain.Count; attempt++)
        {
            var index = plain[(seed + attempt) % plain.Count];
            var words = Word.Matches(blocks[index]).Where(m => !string.Equals(m.Value, Replacement, StringComparison.OrdinalIgnoreCase)).ToList();
            if (words.Count > 0)
            {
                var word = words[seed % words.Count];
                // Keep the case of the first letter, so that a reworded first word still starts its sentence.
                var replacement = char.IsUpper(word.Value[0]) ? "R" + Replacement.Substring(1) : Replacement;
                blocks[index] = blocks[index].Substring(0, word.Index) + replacement + blocks[index].Substring(word.Index + word.Length);
                return Join(head, blocks);
            }
        }

        return null;
    }

    /// <summary>Several edits at once; <paramref name="applied"/> names those the article allowed.</summary>
    public static string Revise(string article, int seed, out IReadOnlyList<string> applied)
    {
        var edits = new List<string>();
        var reworded = RewordOneWord(article, seed);
        if (reworded is not null)
        {
            article = reworded;
            edits.Add("reword");
        }

        var (head, blocks) = Parts(article);
        var plain = PlainParagraphs(blocks);

        // Split the first sentence that joins two clauses with ", and" / ", but".
        foreach (var index in plain)
        {
            var match = Split.Match(blocks[index]);
            if (match.Success)
            {
                var conjunction = match.Groups[1].Value;
                blocks[index] = blocks[index].Substring(0, match.Index) + ". " + char.ToUpperInvariant(conjunction[0]) + conjunction.Substring(1) + " " + blocks[index].Substring(match.Index + match.Length);
                edits.Add("split");
                break;
            }
        }

        // Re-attribute the first quote to the article's next speaker.
        var keys = blocks.SelectMany(b => Block.Matches(b).Select(m => m.Groups[1].Value)).Distinct(StringComparer.Ordinal).ToList();
        if (keys.Count >= 2)
        {
            var first = blocks.FindIndex(b => Block.IsMatch(b));
            var match = Block.Match(blocks[first]);
            var other = keys.First(k => k != match.Groups[1].Value);
            blocks[first] = blocks[first].Substring(0, match.Index) + "{@" + other + blocks[first].Substring(match.Index + match.Length);
            edits.Add("reattribute");
        }

        // Move the last plain paragraph to just after the first one.
        if (plain.Count >= 4)
        {
            var last = plain[plain.Count - 1];
            var moved = blocks[last];
            blocks.RemoveAt(last);
            blocks.Insert(plain[0] + 1, moved);
            edits.Add("move");
        }

        applied = edits;
        return Join(head, blocks);
    }

    // The front matter (with its closing line) and the body's blocks, split at blank lines.
    private static (string Head, List<string> Blocks) Parts(string article)
    {
        article = article.Replace("\r\n", "\n");
        var close = article.IndexOf("\n---\n", 3, StringComparison.Ordinal);
        if (!article.StartsWith("---\n", StringComparison.Ordinal) || close < 0)
        {
            return (string.Empty, Regex.Split(article, @"\n[ \t]*\n").ToList());
        }

        var head = article.Substring(0, close + 5);
        var body = article.Substring(close + 5);
        return (head, Regex.Split(body, @"\n[ \t]*\n").ToList());
    }

    private static List<int> PlainParagraphs(List<string> blocks) =>
        Enumerable.Range(0, blocks.Count)
            .Where(i => blocks[i].Trim().Length > 0)
            .Where(i => !blocks[i].Split('\n').Any(line => line.TrimStart().StartsWith("#", StringComparison.Ordinal) || line.TrimStart().StartsWith(":::", StringComparison.Ordinal) || line.Trim() == "---"))
            .ToList();

    private static string Join(string head, List<string> blocks) => head + string.Join("\n\n", blocks);
}
