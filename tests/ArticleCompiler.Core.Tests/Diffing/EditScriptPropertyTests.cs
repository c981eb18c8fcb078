using System;
using System.Collections.Generic;
using System.Linq;
using ArticleCompiler.Diffing;
using ArticleCompiler.Parsing;
using ArticleCompiler.Tests.Shared;
using FsCheck;
using FsCheck.Fluent;
using Xunit;

namespace ArticleCompiler.Core.Tests.Diffing;

/// <summary>
/// Random edit scripts (sentences deleted, reworded, inserted and one moved) applied to the seed's
/// sentences: the diff must recover exactly the script's counts.
/// </summary>
public class EditScriptPropertyTests
{
    // The seed's sentences of six words or more, each once: edits of one word keep them recognisable.
    private static readonly string[] Sentences = DiffSource.FromArticle(ArticleParser.Parse(System.IO.File.ReadAllText(RepositoryPaths.Seed)).Article)
        .Sentences()
        .Where(s => TextKey.Words(s).Distinct().Count() >= 6)
        .GroupBy(s => TextKey.Of(s, true))
        .Where(g => g.Count() == 1)
        .Select(g => g.First())
        .ToArray();

    private sealed record Expected(int Removed, int Added, int Edited, int Moved, int Unchanged);

    [Fact]
    public void TheDiffRecoversARandomEditScript()
    {
        Assert.True(Sentences.Length > 30);
        Prop.ForAll(Gen.Choose(0, int.MaxValue).ToArbitrary(), seed =>
        {
            var (old, @new, expected) = Apply(seed);
            var diff = ArticleDiffer.Diff(DiffSource.FromPlainText(string.Join("\n", old)), DiffSource.FromPlainText(string.Join("\n", @new)), new DiffOptions());
            int Count(SentenceOperation operation) => diff.Sentences.Count(s => s.Operation == operation);
            var actual = new Expected(Count(SentenceOperation.Removed), Count(SentenceOperation.Added), Count(SentenceOperation.Edited), Count(SentenceOperation.Moved), Count(SentenceOperation.Unchanged));
            return actual == expected
                ? true
                : throw new Xunit.Sdk.XunitException($"seed {seed}: expected {expected}, got {actual}\n" + string.Join("\n", diff.Sentences.Where(s => s.Operation != SentenceOperation.Unchanged).Select(s => $"{s.Operation} {s.Old?.Index}x{s.Old?.Count} {s.New?.Index}x{s.New?.Count} {s.Old?.Text} => {s.New?.Text}")));
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void TheDiffBackwardsMirrorsTheDiffForwardsForRandomEditScripts()
    {
        Prop.ForAll(Gen.Choose(0, int.MaxValue).ToArbitrary(), seed =>
        {
            var (old, @new, _) = Apply(seed, nearMoves: true);
            var a = DiffSource.FromPlainText(string.Join("\n", old));
            var b = DiffSource.FromPlainText(string.Join("\n", @new));
            var forward = ArticleDiffer.Diff(a, b, new DiffOptions()).Sentences;
            var backward = ArticleDiffer.Diff(b, a, new DiffOptions()).Sentences;

            static string Describe(IEnumerable<(SentenceOperation Operation, int? From, int? To)> changes) =>
                string.Join(" ", changes.OrderBy(c => c.From).ThenBy(c => c.To).Select(c => $"{c.Operation}:{c.From}>{c.To}"));
            var expected = Describe(forward.Select(s => (Mirror(s.Operation), s.Old?.Index, s.New?.Index)));
            var actual = Describe(backward.Select(s => (s.Operation, s.New?.Index, s.Old?.Index)));
            return expected == actual ? true : throw new Xunit.Sdk.XunitException($"seed {seed}:\nforward  {expected}\nbackward {actual}");
        }).QuickCheckThrowOnFailure();

        static SentenceOperation Mirror(SentenceOperation operation) => operation switch
        {
            SentenceOperation.Added => SentenceOperation.Removed,
            SentenceOperation.Removed => SentenceOperation.Added,
            _ => operation,
        };
    }

    // nearMoves: a sentence may also move by one place (a swap, where either one may be said to have moved).
    private static (List<string> Old, List<string> New, Expected Expected) Apply(int seed, bool nearMoves = false)
    {
        var random = new Random(seed);
        var old = Sentences.OrderBy(_ => random.Next()).Take(random.Next(10, Sentences.Length)).ToList();
        var indices = Enumerable.Range(0, old.Count).OrderBy(_ => random.Next()).ToList();
        var deleted = indices.Take(random.Next(0, 4)).ToHashSet();
        var edited = indices.Skip(deleted.Count).Take(random.Next(0, 4)).ToHashSet();
        var moved = random.Next(2) == 0 ? indices.Skip(deleted.Count + edited.Count).Take(1).ToList() : new List<int>();

        // Each kept sentence with its old index, so that the move's distance is known.
        var kept = new List<(int Old, string Text)>();
        var movedText = new List<(int Old, string Text)>();
        for (var i = 0; i < old.Count; i++)
        {
            if (deleted.Contains(i))
            {
                continue;
            }

            var text = old[i];
            if (edited.Contains(i))
            {
                var words = text.Split(' ');
                words[2] = "zzreworded" + i;
                text = string.Join(" ", words);
            }

            (moved.Contains(i) ? movedText : kept).Add((i, text));
        }

        // The moved sentence goes at least two places away from where it stood (one place would be
        // a swap, where either sentence may be the one that moved).
        foreach (var sentence in movedText)
        {
            var from = kept.Count(k => k.Old < sentence.Old);
            var candidates = Enumerable.Range(0, kept.Count + 1).Where(p => Math.Abs(p - from) >= (nearMoves ? 1 : 2)).ToList();
            if (candidates.Count == 0)
            {
                kept.Insert(from, sentence);
                moved.Clear();
            }
            else
            {
                kept.Insert(candidates[random.Next(candidates.Count)], sentence);
            }
        }

        var @new = kept.Select(k => k.Text).ToList();
        var inserted = random.Next(0, 4);
        for (var k = 0; k < inserted; k++)
        {
            @new.Insert(random.Next(@new.Count + 1), $"Qqnovel{k} xxalpha{k} yybeta{k} wwgamma{k} vvdelta{k} uuepsilon{k}.");
        }

        var unchanged = old.Count - deleted.Count - edited.Count - moved.Count;
        return (old, @new, new Expected(deleted.Count, inserted, edited.Count, moved.Count, unchanged));
    }
}
