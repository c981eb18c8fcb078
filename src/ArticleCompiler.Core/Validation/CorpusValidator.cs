using System.Collections.Generic;
using System.Globalization;
using ArticleCompiler.Parsing;
using ArticleCompiler.Text;

namespace ArticleCompiler.Validation;

/// <summary>
/// The rules across the files of a corpus: an article id is used by one file, unless every file
/// that carries it has a distinct <c>revision</c> (then they are revisions of one article).
/// It keeps only each file's id, revision and id position, so files can be streamed through it.
/// </summary>
public sealed class CorpusValidator
{
    private readonly Dictionary<string, List<Entry>> _byId = new(System.StringComparer.Ordinal);
    private readonly List<string> _order = new();

    private sealed record Entry(string Path, int? Revision, SourceSpan Span);

    /// <summary>Records the article read from <paramref name="path"/>.</summary>
    public void Add(string path, ParsedArticle parsed) =>
        Add(path, parsed.Article.Metadata.Id, parsed.Article.Metadata.Revision, IdSpan(parsed));

    /// <summary>Where an article's id stands: its value in the front matter, else the opening line.</summary>
    public static SourceSpan IdSpan(ParsedArticle parsed) =>
        parsed.FrontMatter.Find("id")?.ValueSpan ?? parsed.FrontMatter.OpeningSpan;

    /// <summary>Records an article by its id, revision and the span of its id.</summary>
    public void Add(string path, string id, int? revision, SourceSpan span)
    {
        if (id.Length == 0)
        {
            return;
        }

        if (!_byId.TryGetValue(id, out var entries))
        {
            entries = new List<Entry>(1);
            _byId.Add(id, entries);
            _order.Add(id);
        }

        entries.Add(new Entry(path, revision, span));
    }

    /// <summary>The findings, in the order the files were added.</summary>
    public IReadOnlyList<FileFinding> Finish()
    {
        var findings = new List<FileFinding>();
        foreach (var id in _order)
        {
            var entries = _byId[id];
            for (var i = 1; i < entries.Count; i++)
            {
                var entry = entries[i];
                var conflict = FindConflict(entries, i);
                if (conflict is null)
                {
                    continue;
                }

                var hint = entry.Revision is { } revision && conflict.Revision == revision
                    ? string.Format(CultureInfo.InvariantCulture, " with the same revision {0}", revision)
                    : " (files that share an id need distinct 'revision' numbers to be revisions of one article)";
                findings.Add(new FileFinding(
                    entry.Path,
                    ArticleDiagnostic.Create(DiagnosticDescriptors.DuplicateArticleId, entry.Span, id, conflict.Path, hint)));
            }
        }

        return findings;
    }

    private static Entry? FindConflict(List<Entry> entries, int index)
    {
        var entry = entries[index];
        for (var j = 0; j < index; j++)
        {
            var earlier = entries[j];
            if (entry.Revision is null || earlier.Revision is null || entry.Revision == earlier.Revision)
            {
                return earlier;
            }
        }

        return null;
    }
}
