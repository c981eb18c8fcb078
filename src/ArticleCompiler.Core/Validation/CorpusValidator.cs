using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using ArticleCompiler.Checking;
using ArticleCompiler.Parsing;

namespace ArticleCompiler.Validation;

/// <summary>
/// The rules across the files of a corpus: an article id is used by one file, unless every file
/// that carries it has a distinct <c>revision</c> (then they are revisions of one article).
/// It keeps only each file's <see cref="ArticleIdentity"/>, so files can be streamed through it
/// in any order: the findings depend on the paths, not on the order files were added in.
/// </summary>
public sealed class CorpusValidator
{
    private readonly List<ArticleIdentity> _identities = new();

    /// <summary>Records the article read from <paramref name="path"/>.</summary>
    public void Add(string path, ParsedArticle parsed)
    {
        if (ArticleIdentity.Of(path, parsed) is { } identity)
        {
            Add(identity);
        }
    }

    /// <summary>Records an article by its id, revision and the span of its id.</summary>
    public void Add(ArticleIdentity identity)
    {
        if (identity.Id.Length > 0)
        {
            _identities.Add(identity);
        }
    }

    /// <summary>
    /// The findings: files are taken in path order (as the build takes them), so the later path of
    /// two that share an id gets the finding; one path added twice counts once. Findings come in
    /// the order of each id's first file.
    /// </summary>
    public IReadOnlyList<FileFinding> Finish()
    {
        var byId = new Dictionary<string, List<ArticleIdentity>>(System.StringComparer.Ordinal);
        var order = new List<string>();
        var seen = new HashSet<string>(System.StringComparer.Ordinal);
        foreach (var identity in _identities.OrderBy(i => i.Path, System.StringComparer.Ordinal))
        {
            if (!seen.Add(identity.Path))
            {
                continue;
            }

            if (!byId.TryGetValue(identity.Id, out var entries))
            {
                entries = new List<ArticleIdentity>(1);
                byId.Add(identity.Id, entries);
                order.Add(identity.Id);
            }

            entries.Add(identity);
        }

        var findings = new List<FileFinding>();
        foreach (var id in order)
        {
            var entries = byId[id];
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
                    Finding.Create(DiagnosticDescriptors.DuplicateArticleId, entry.IdSpan, id, conflict.Path, hint)));
            }
        }

        return findings;
    }

    private static ArticleIdentity? FindConflict(List<ArticleIdentity> entries, int index)
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
