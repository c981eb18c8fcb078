using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using ArticleCompiler.Generators.Models;
using ArticleCompiler.Generators.Naming;
using ArticleCompiler.Model;
using ArticleCompiler.Validation;

namespace ArticleCompiler.Generators.Specs;

/// <summary>The corpus-wide steps: the index of the articles, and the per-path values the spec steps take from it.</summary>
internal static class IndexSteps
{
    /// <summary>
    /// Decides which files become which types: the corpus rule (ARTC108) drops conflicting files,
    /// revisions of one id are linked oldest first, and names that collide get a suffix (ARTC301).
    /// </summary>
    public static ArticleIndex BuildIndex(ImmutableArray<IndexEntry?> entries)
    {
        // A file the compiler is given twice (listed twice as an AdditionalFile) is one file.
        var ordered = entries.Where(e => e is not null).Select(e => e!)
            .GroupBy(e => e.Path, StringComparer.Ordinal).Select(g => g.First())
            .OrderBy(e => e.Path, StringComparer.Ordinal).ToList();
        var corpus = new CorpusValidator();
        foreach (var entry in ordered)
        {
            corpus.Add(entry.Identity);
        }

        var diagnostics = new List<FileFinding>();
        var rejected = new HashSet<string>(StringComparer.Ordinal);
        foreach (var finding in corpus.Finish())
        {
            diagnostics.Add(finding);
            rejected.Add(finding.Path);
        }

        var accepted = ordered
            .Where(e => e.IsGenerated && !rejected.Contains(e.Path))
            .OrderBy(e => e.Id, StringComparer.Ordinal)
            .ThenBy(e => e.Revision ?? 0)
            .ToList();

        var classNames = new NameAllocator(NameAllocator.ObjectMembers.Concat(new[] { GeneratedNames.ArticlesClass, "All" }));
        var classOf = new Dictionary<IndexEntry, string>();

        var filesPerId = accepted.GroupBy(e => e.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        foreach (var entry in accepted)
        {
            // One file: RussiaUsSyriaArticle; several revisions: RussiaUsSyriaRevision2Article.
            var revisionPart = filesPerId[entry.Id] > 1 && entry.Revision is { } revision
                ? "Revision" + revision.ToString(System.Globalization.CultureInfo.InvariantCulture)
                : string.Empty;
            var wanted = CSharpNames.FromId(entry.Id).TrimStart('@') + revisionPart + "Article";
            var name = classNames.Allocate(wanted, out var collided);
            if (collided)
            {
                diagnostics.Add(Collision(entry.Path, entry.IdSpan, "article id", entry.Id, wanted, name));
            }

            classOf[entry] = name;
        }

        var articles = new List<IndexedArticle>();
        foreach (var group in accepted.GroupBy(e => e.Id, StringComparer.Ordinal))
        {
            var revisions = group.ToList();
            var newest = revisions[revisions.Count - 1];
            var wantedProperty = CSharpNames.FromId(group.Key);
            var property = classNames.Allocate(wantedProperty, out var collided);
            if (collided)
            {
                diagnostics.Add(Collision(newest.Path, newest.IdSpan, "article id", group.Key, wantedProperty, property));
            }

            var revisionClasses = new EquatableArray<string>(revisions.Select(r => classOf[r]).ToArray());
            foreach (var revision in revisions)
            {
                var isNewest = ReferenceEquals(revision, newest);
                articles.Add(new IndexedArticle(
                    revision.Path,
                    revision.Id,
                    revision.Revision,
                    classOf[revision],
                    isNewest ? property : null,
                    isNewest ? revisionClasses : EquatableArray<string>.Empty));
            }
        }

        return new ArticleIndex(new EquatableArray<IndexedArticle>(articles.ToArray()), new EquatableArray<FileFinding>(diagnostics.ToArray()));
    }

    /// <summary>
    /// Each generated file's class name: all a spec needs of the index. Property names, revision
    /// lists and findings stay out, so that a change to them builds no other article's spec again.
    /// </summary>
    public static PathMap ClassNames(ArticleIndex index) =>
        PathMap.Of(index.Articles.Select(article => new PathEntry(article.Path, article.ClassName)));

    /// <summary>The resource each embedded file is embedded as (files the build does not embed are left out).</summary>
    public static PathMap ResourceNames(ImmutableArray<PathEntry> entries) =>
        PathMap.Of(entries.Where(entry => !string.IsNullOrEmpty(entry.Value)));

    private static FileFinding Collision(string path, Text.SourceSpan span, string what, string value, string wanted, string name) =>
        new FileFinding(path, Finding.Create(DiagnosticDescriptors.NameCollision, span, what, value, wanted, name));

}
