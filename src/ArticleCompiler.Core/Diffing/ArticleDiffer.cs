using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Threading.Tasks;
using ArticleCompiler.Model;

namespace ArticleCompiler.Diffing;

/// <summary>Options of a diff.</summary>
/// <param name="IgnoreTypography">Quote-mark, space and dash variants compare equal.</param>
public sealed record DiffOptions(bool IgnoreTypography = false);

/// <summary>
/// Compares two revisions of an article: front matter, speakers, sections, quotes and the body's
/// sentences, each matched by content (see <see cref="Aligner"/>), never by position alone.
/// With a plain-text side only the sentences are compared.
/// </summary>
public static class ArticleDiffer
{
    /// <summary>What changed from <paramref name="old"/> to <paramref name="new"/>.</summary>
    public static ArticleDiff Diff(DiffSource old, DiffSource @new, DiffOptions options)
    {
        // The sentences are most of the work and need nothing of the rest: they are compared on
        // another core meanwhile (on 2 cores a 10,000-sentence diff takes a fifth less time).
        var sentences = Task.Run(() => DiffSentences(BodyLayout.Of(old), BodyLayout.Of(@new), options));
        if (old.Article is not { } a || @new.Article is not { } b)
        {
            // A plain-text side is one section; two plain-text sides pair theirs.
            var plain = old.Article is null && @new.Article is null ? 0 : (int?)null;
            return new ArticleDiff(Array.Empty<FieldChange>(), Array.Empty<SpeakerChange>(), Array.Empty<SectionChange>(), Array.Empty<QuoteChange>(), sentences.GetAwaiter().GetResult())
            {
                OldSections = Outline(old.Article, Array.Empty<int?>(), plain),
                NewSections = Outline(@new.Article, Array.Empty<int?>(), plain),
            };
        }

        var keyOf = SpeakerKeys(a, b);
        var metadata = DiffMetadata(a.Metadata, b.Metadata, options);
        var speakers = DiffSpeakers(a, b, keyOf, options);
        var sections = DiffSections(a, b, options, out var newOf);
        var quotes = DiffQuotes(a, b, keyOf, options);
        var oldOf = new int?[b.Sections.Count];
        for (var i = 0; i < newOf.Length; i++)
        {
            if (newOf[i] is int j)
            {
                oldOf[j] = i;
            }
        }

        return new ArticleDiff(metadata, speakers, sections, quotes, sentences.GetAwaiter().GetResult())
        {
            OldSections = Outline(a, newOf, null),
            NewSections = Outline(b, oldOf, null),
        };
    }

    private static IReadOnlyList<SectionOutline> Outline(Article? article, IReadOnlyList<int?> counterparts, int? plainCounterpart) =>
        article is null
            ? new[] { new SectionOutline(Section.LeadId, null, plainCounterpart) }
            : article.Sections.Select((s, i) => new SectionOutline(s.Id, s.Heading, i < counterparts.Count ? counterparts[i] : null)).ToList();

    private static bool Same(string? a, string? b, DiffOptions options) =>
        a is null || b is null ? a == b : TextKey.Of(a, options.IgnoreTypography) == TextKey.Of(b, options.IgnoreTypography);

    private static List<FieldChange> DiffMetadata(ArticleMetadata a, ArticleMetadata b, DiffOptions options)
    {
        var changes = new List<FieldChange>();
        void Field(string name, string? x, string? y)
        {
            if (!Same(x, y, options))
            {
                changes.Add(new FieldChange(name, x, y));
            }
        }

        static string? List(EquatableArray<string> items) => items.Count == 0 ? null : string.Join(", ", items);

        Field("id", a.Id, b.Id);
        Field("title", a.Title, b.Title);
        Field("category", a.Category, b.Category);
        Field("source", a.Source, b.Source);
        Field("dateline", a.Dateline, b.Dateline);
        Field("published", a.Published, b.Published);
        Field("revision", a.Revision?.ToString(CultureInfo.InvariantCulture), b.Revision?.ToString(CultureInfo.InvariantCulture));
        Field("url", a.Url, b.Url);
        Field("authors", List(a.Authors), List(b.Authors));
        Field("language", a.Language, b.Language);
        Field("tags", List(a.Tags), List(b.Tags));
        // Lookups, not a search per key: a front matter of 40,000 keys made this quadratic.
        var oldMeta = FirstByKey(a.Meta, m => m.Key);
        var newMeta = FirstByKey(b.Meta, m => m.Key);
        foreach (var key in a.Meta.Select(m => m.Key).Union(b.Meta.Select(m => m.Key), StringComparer.Ordinal))
        {
            Field("meta." + key, oldMeta.TryGetValue(key, out var x) ? x.Value : null, newMeta.TryGetValue(key, out var y) ? y.Value : null);
        }

        return changes;
    }

    // Speakers match by key; a speaker whose key was renamed (same name, key only on each side)
    // matches by name, so that its quotes are not all reported as re-attributed.
    private static List<SpeakerChange> DiffSpeakers(Article a, Article b, IReadOnlyDictionary<string, string> keyOf, DiffOptions options)
    {
        var changes = new List<SpeakerChange>();
        var matchedNew = new HashSet<string>(StringComparer.Ordinal);
        var newSpeakers = FirstByKey(b.Speakers, s => s.Key);
        foreach (var old in a.Speakers)
        {
            var newKey = keyOf.TryGetValue(old.Key, out var mapped) ? mapped : old.Key;
            var @new = newSpeakers.TryGetValue(newKey, out var found) ? found : null;
            if (@new is null)
            {
                changes.Add(new SpeakerChange(SpeakerChangeKind.Removed, old.Key, old, null, Array.Empty<FieldChange>()));
                continue;
            }

            matchedNew.Add(@new.Key);
            var fields = new List<FieldChange>();
            if (old.Key != @new.Key)
            {
                fields.Add(new FieldChange("key", old.Key, @new.Key));
            }

            if (!Same(old.Name, @new.Name, options))
            {
                fields.Add(new FieldChange("name", old.Name, @new.Name));
            }

            if (!Same(old.Role, @new.Role, options))
            {
                fields.Add(new FieldChange("role", old.Role, @new.Role));
            }

            if (old.Kind != @new.Kind)
            {
                fields.Add(new FieldChange("kind", Name(old.Kind), Name(@new.Kind)));
            }

            if (fields.Count > 0)
            {
                changes.Add(new SpeakerChange(SpeakerChangeKind.Changed, old.Key, old, @new, fields));
            }
        }

        foreach (var @new in b.Speakers.Where(s => !matchedNew.Contains(s.Key)))
        {
            changes.Add(new SpeakerChange(SpeakerChangeKind.Added, @new.Key, null, @new, Array.Empty<FieldChange>()));
        }

        return changes;
    }

    /// <summary>Old speaker key to new key: the same key, or, for a key on one side only, the speaker of the same name on the other.</summary>
    private static Dictionary<string, string> SpeakerKeys(Article a, Article b)
    {
        var keys = new Dictionary<string, string>(StringComparer.Ordinal);
        var oldSpeakers = FirstByKey(a.Speakers, s => s.Key);
        var newSpeakers = FirstByKey(b.Speakers, s => s.Key);

        // The speakers only in the new revision, by name, in order: each old speaker whose key went
        // takes the first of its name still free.
        var added = new Dictionary<string, Queue<Speaker>>(StringComparer.Ordinal);
        foreach (var speaker in b.Speakers.Where(s => !oldSpeakers.ContainsKey(s.Key)))
        {
            var name = TextKey.Of(speaker.Name, ignoreTypography: true);
            if (!added.TryGetValue(name, out var queue))
            {
                added[name] = queue = new Queue<Speaker>();
            }

            queue.Enqueue(speaker);
        }

        foreach (var old in a.Speakers)
        {
            if (newSpeakers.ContainsKey(old.Key))
            {
                keys[old.Key] = old.Key;
            }
            else if (added.TryGetValue(TextKey.Of(old.Name, ignoreTypography: true), out var queue) && queue.Count > 0)
            {
                keys[old.Key] = queue.Dequeue().Key;
            }
        }

        return keys;
    }

    // The first item of each key, as Article.FindSpeaker finds it.
    private static Dictionary<string, T> FirstByKey<T>(IEnumerable<T> items, Func<T, string> key)
    {
        var first = new Dictionary<string, T>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            if (!first.ContainsKey(key(item)))
            {
                first[key(item)] = item;
            }
        }

        return first;
    }

    private static string Name(SpeakerKind kind) => kind == SpeakerKind.Organization ? "organization" : "person";

    // Sections match by id, then by content; a match with another heading is renamed, one out of order moved.
    private static List<SectionChange> DiffSections(Article a, Article b, DiffOptions options, out int?[] pairs)
    {
        var newOf = pairs = new int?[a.Sections.Count];
        var taken = new bool[b.Sections.Count];

        // Each old section takes the first free new section of its id: a queue per id keeps this
        // linear where a scan of the new sections made 880,000 sections take minutes.
        var byId = new Dictionary<string, Queue<int>>(StringComparer.Ordinal);
        for (var j = 0; j < b.Sections.Count; j++)
        {
            if (!byId.TryGetValue(b.Sections[j].Id, out var queue))
            {
                byId[b.Sections[j].Id] = queue = new Queue<int>();
            }

            queue.Enqueue(j);
        }

        for (var i = 0; i < a.Sections.Count; i++)
        {
            if (byId.TryGetValue(a.Sections[i].Id, out var queue) && queue.Count > 0)
            {
                var j = queue.Dequeue();
                newOf[i] = j;
                taken[j] = true;
            }
        }

        // Sections without words have no content to recognise them by.
        var oldRest = Enumerable.Range(0, a.Sections.Count).Where(i => newOf[i] is null && TextKey.Words(Content(a.Sections[i])).Count > 0).ToList();
        var newRest = Enumerable.Range(0, b.Sections.Count).Where(j => !taken[j] && TextKey.Words(Content(b.Sections[j])).Count > 0).ToList();
        foreach (var pair in Aligner.Align(oldRest.Select(i => Content(a.Sections[i])).ToList(), newRest.Select(j => Content(b.Sections[j])).ToList(), joins: false))
        {
            if (pair.OldIndex is int i && pair.NewIndex is int j)
            {
                newOf[oldRest[i]] = newRest[j];
                taken[newRest[j]] = true;
            }
        }

        // The sections that stayed are the heaviest run in the same order on both sides, weighed by
        // their text: when two sections swap, the shorter one is the one that moved.
        var matched = Enumerable.Range(0, a.Sections.Count).Where(i => newOf[i] is not null).ToList();
        var positions = Ordering.HeaviestIncreasing(
            matched.Select(i => newOf[i]!.Value).ToList(),
            matched.Select(i => Ordering.Size(Content(a.Sections[i]), Content(b.Sections[newOf[i]!.Value]))).ToList());
        var stayed = new HashSet<int>(positions.Select(p => matched[p]));

        var changes = new List<SectionChange>();
        for (var i = 0; i < a.Sections.Count; i++)
        {
            var old = a.Sections[i];
            if (newOf[i] is not int j)
            {
                changes.Add(new SectionChange(SectionChangeKind.Removed, old.Id, null, old.Heading, null, i, null));
                continue;
            }

            var @new = b.Sections[j];
            if (!Same(old.Heading, @new.Heading, options))
            {
                changes.Add(new SectionChange(SectionChangeKind.Renamed, old.Id, @new.Id, old.Heading, @new.Heading, i, j));
            }

            if (!stayed.Contains(i))
            {
                changes.Add(new SectionChange(SectionChangeKind.Moved, old.Id, @new.Id, old.Heading, @new.Heading, i, j));
            }
        }

        for (var j = 0; j < b.Sections.Count; j++)
        {
            if (!taken[j])
            {
                changes.Add(new SectionChange(SectionChangeKind.Added, null, b.Sections[j].Id, null, b.Sections[j].Heading, null, j));
            }
        }

        return changes;

        static string Content(Section section) => string.Join(" ", section.Paragraphs.Select(p => p.Text));
    }

    private static string Aligned(Quote quote, string speakerKey) => quote.Text + " \u2063@" + speakerKey;

    private static List<QuoteChange> DiffQuotes(Article a, Article b, IReadOnlyDictionary<string, string> keyOf, DiffOptions options)
    {
        // An old quote's speaker as the new revision names it (a renamed key is not a re-attribution).
        string NewKey(Quote old) => keyOf.TryGetValue(old.SpeakerKey, out var key) ? key : old.SpeakerKey;

        var changes = new List<((int New, int Order) Position, QuoteChange Change)>();
        // The speaker key is aligned as one more word: the same words of the same speaker pair first,
        // and the same words given to another speaker still pair (re-attributed) by similarity.
        var pairs = Aligner.Align(a.Quotes.Select(q => Aligned(q, NewKey(q))).ToList(), b.Quotes.Select(q => Aligned(q, q.SpeakerKey)).ToList(), joins: false);
        var order = new OutputOrder();
        foreach (var pair in pairs)
        {
            var old = pair.OldIndex is int i ? a.Quotes[i] : null;
            var @new = pair.NewIndex is int j ? b.Quotes[j] : null;
            var position = order.Next(pair);
            if (old is null || @new is null)
            {
                changes.Add((position, new QuoteChange(old is null ? QuoteChangeKind.Added : QuoteChangeKind.Removed, old, @new, Array.Empty<WordChange>(), false)));
                continue;
            }

            if (!Same(old.Text, @new.Text, options))
            {
                // Serious: quoted words changed (not just their typography).
                var serious = (old.Kind != QuoteKind.Indirect || @new.Kind != QuoteKind.Indirect) && !Same(old.Text, @new.Text, new DiffOptions(IgnoreTypography: true));
                changes.Add((position, new QuoteChange(QuoteChangeKind.Edited, old, @new, WordDiff.Compute(old.Text, @new.Text, options.IgnoreTypography), serious)));
            }

            if (NewKey(old) != @new.SpeakerKey)
            {
                changes.Add((position, new QuoteChange(QuoteChangeKind.Reattributed, old, @new, Array.Empty<WordChange>(), false)));
            }

            if (old.Kind != @new.Kind)
            {
                changes.Add((position, new QuoteChange(QuoteChangeKind.KindChanged, old, @new, Array.Empty<WordChange>(), false)));
            }

            // Quotes move with their section; a quote that changed section moved on its own.
            if (old.SectionId != @new.SectionId)
            {
                changes.Add((position, new QuoteChange(QuoteChangeKind.Moved, old, @new, Array.Empty<WordChange>(), false)));
            }
        }

        return changes.OrderBy(c => c.Position).Select(c => c.Change).ToList();
    }

    private static string Joined(List<string> sentences, int start, int count) => count == 1 ? sentences[start] : string.Join(" ", sentences.GetRange(start, count));

    private static SentenceSide Side(BodyLayout layout, int index, int count) => new(index, Joined(layout.Sentences, index, count), count)
    {
        Section = layout.Sections[index],
        Paragraph = layout.Paragraphs[index],
        Quotes = layout.QuotesOf(index, count),
    };

    private static List<SentenceChange> DiffSentences(BodyLayout oldLayout, BodyLayout newLayout, DiffOptions options)
    {
        var changes = new List<((int New, int Order) Position, SentenceChange Change)>();
        var order = new OutputOrder();
        foreach (var pair in Aligner.Align(oldLayout.Sentences, newLayout.Sentences))
        {
            var old = pair.OldIndex is int i ? Side(oldLayout, i, pair.OldCount) : null;
            var @new = pair.NewIndex is int j ? Side(newLayout, j, pair.NewCount) : null;
            var position = order.Next(pair);

            SentenceChange change;
            if (old is null || @new is null)
            {
                change = new SentenceChange(old is null ? SentenceOperation.Added : SentenceOperation.Removed, old, @new, Array.Empty<WordChange>());
            }
            else
            {
                var same = pair.OldCount == pair.NewCount && Same(old.Text, @new.Text, options);
                var words = same ? Array.Empty<WordChange>() : WordDiff.Compute(old.Text, @new.Text, options.IgnoreTypography);
                var operation = !pair.InOrder ? SentenceOperation.Moved : same ? SentenceOperation.Unchanged : SentenceOperation.Edited;
                change = new SentenceChange(operation, old, @new, words);
            }

            changes.Add((position, change));
        }

        return changes.OrderBy(c => c.Position).Select(c => c.Change).ToList();
    }

    /// <summary>
    /// Where each aligned item goes in the output: paired and added items at their new position,
    /// removed items right after the new position of the last in-order pair before them, in old order.
    /// </summary>
    private sealed class OutputOrder
    {
        private int _lastNew = -1;
        private int _removed;

        public (int New, int Order) Next(AlignedPair pair)
        {
            if (pair.NewIndex is int j)
            {
                if (pair.OldIndex is not null && pair.InOrder)
                {
                    _lastNew = j;
                    _removed = 0;
                }

                return (j, 0);
            }

            return (_lastNew, ++_removed);
        }
    }
}
