using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using ArticleCompiler.Checking;
using ArticleCompiler.Generators.Emit;
using ArticleCompiler.Model;
using ArticleCompiler.Parsing;
using ArticleCompiler.Registry;
using ArticleCompiler.Validation;

namespace ArticleCompiler.Generators.Models;

/// <summary>
/// The pure functions behind each step of the pipeline: parse one file, index the corpus, build one
/// article's spec. None of them throws: a failure becomes an ARTC300 finding on the file.
/// </summary>
internal static class ArticleSteps
{
    /// <summary>
    /// Parses one article file. With <paramref name="resourceName"/> the build embeds the file, and
    /// the text is kept so that the generated data can refer to it.
    /// </summary>
    public static ArticleInput Parse(string path, string? text, string? resourceName, CancellationToken cancellationToken)
    {
        try
        {
            cancellationToken.ThrowIfCancellationRequested();
            var file = ArticleCheck.Parse(new InputFile(path, text, text is null ? FileFindings.Unreadable() : null));
            var embedded = file.Parsed is null || string.IsNullOrEmpty(resourceName) ? null : new EmbeddedText(resourceName!, text!);
            return new ArticleInput(file, embedded);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            return new ArticleInput(new ParsedFile(path, null, Failure(exception)));
        }
    }

    /// <summary>
    /// Validates one parsed file with the registry entries that apply to it: the article with its
    /// speakers resolved, and every finding. A separate step from parsing, so that an edit to a
    /// registry validates the articles again without parsing them again.
    /// </summary>
    public static CheckedInput Check(ArticleInput input, SpeakerRegistry registry)
    {
        var file = input.File;
        try
        {
            var scope = file.Parsed is null ? RegistryScope.Empty : registry.ScopeFor(file.Path);
            return new CheckedInput(ArticleCheck.Check(file, scope, new ValidationOptions(DateTimeOffset.UtcNow)), input.Embedded);
        }
        catch (Exception exception)
        {
            return new CheckedInput(new CheckedArticle(file.Path, file.Parsed, null, Failure(exception)), input.Embedded);
        }
    }

    /// <summary>The identity and title of a file with an id; null without one.</summary>
    public static IndexEntry? ToIndexEntry(ArticleInput input)
    {
        var file = input.File;
        return ArticleIdentity.Of(file.Path, file.Parsed) is { } identity ? new IndexEntry(identity, file.Parsed!.Article.Metadata.Title) : null;
    }

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

        var classNames = new NameAllocator(NameAllocator.ObjectMembers.Concat(new[] { "Articles", "All" }));
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
                    isNewest ? revisionClasses : EquatableArray<string>.Empty,
                    revision.Title));
            }
        }

        return new ArticleIndex(new EquatableArray<IndexedArticle>(articles.ToArray()), new EquatableArray<FileFinding>(diagnostics.ToArray()));
    }

    /// <summary>The spec of one article (null when the file is not generated) and its findings.</summary>
    public static ArticleOutput BuildSpec(CheckedInput input, ArticleIndex index, GeneratorOptions options)
    {
        var file = input.Checked;
        var findings = file.Findings.Select(finding => new FileFinding(file.Path, finding)).ToArray();
        var indexed = file.Parsed is null ? null : index.Find(file.Path);
        if (indexed is null)
        {
            return new ArticleOutput(null, new EquatableArray<FileFinding>(findings));
        }

        if (file.Article is null)
        {
            // Validation failed (ARTC300 already): the index names the class, so it must exist.
            return new ArticleOutput(Placeholder(file.Path, file.Parsed!, indexed, options), new EquatableArray<FileFinding>(findings));
        }

        try
        {
            var diagnostics = new List<FileFinding>(findings);
            var spec = BuildSpec(file.Path, file.Parsed!, file.Article, input.Embedded, indexed, options, diagnostics);
            return new ArticleOutput(spec, new EquatableArray<FileFinding>(diagnostics.ToArray()));
        }
        catch (Exception exception)
        {
            return new ArticleOutput(Placeholder(file.Path, file.Parsed!, indexed, options), new EquatableArray<FileFinding>(findings.Concat(new[] { new FileFinding(file.Path, FileFindings.Failure(exception)) }).ToArray()));
        }
    }

    // The article's front matter alone, with no speakers, sections or quotes: what a failure still
    // generates, so that the Articles class, which names every indexed article, compiles.
    private static ArticleSpec? Placeholder(string path, ParsedArticle parsed, IndexedArticle indexed, GeneratorOptions options)
    {
        try
        {
            var bare = parsed.Article with { Speakers = EquatableArray<Speaker>.Empty, Sections = EquatableArray<Section>.Empty, Quotes = EquatableArray<Quote>.Empty };
            return BuildSpec(path, parsed, bare, null, indexed, options, new List<FileFinding>());
        }
        catch (Exception)
        {
            return null;
        }
    }

    private static ArticleSpec BuildSpec(string path, ParsedArticle parsed, Article article, EmbeddedText? embedded, IndexedArticle indexed, GeneratorOptions options, List<FileFinding> diagnostics)
    {
        var metadata = article.Metadata;

        // Members of the generated speaker and section types: SpeakerSet/SectionSet members and the type's own name are taken.
        var speakerNames = new NameAllocator(NameAllocator.ObjectMembers.Concat(new[] { "Count", "Find", "GetEnumerator", "Item", "KeyOf", "Speakers" }));
        var speakers = new List<SpeakerSpec>();
        var speakerIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var speaker in article.Speakers)
        {
            // A malformed key is an error already (ARTC103); it gets no member.
            if (speakerIndex.ContainsKey(speaker.Key) || !SyntaxRules.IsKey(speaker.Key))
            {
                continue;
            }

            var wanted = CSharpNames.FromId(speaker.Key);
            var name = speakerNames.Allocate(wanted, out var collided);
            if (collided)
            {
                diagnostics.Add(Collision(path, KeySpanInArticle(parsed, speaker), "speaker key", speaker.Key, wanted, name));
            }

            var origin = speaker.Overrides is not null ? SpeakerOrigin.Override : speaker.RegistryPath is not null ? SpeakerOrigin.Registry : SpeakerOrigin.Article;
            speakerIndex[speaker.Key] = speakers.Count;

            // The data names a registry speaker by its key only: its place in the registry file (and
            // its aliases and kind) stay out of the spec, so that moving lines of speakers.yaml does
            // not emit the article again. Name and role stay: the member's documentation shows them.
            speakers.Add(origin == SpeakerOrigin.Registry
                ? new SpeakerSpec(speaker.Key, name, speaker.Name, speaker.Role, EquatableArray<string>.Empty, SpeakerKind.Person, 0, 0, origin)
                : new SpeakerSpec(speaker.Key, name, speaker.Name, speaker.Role, speaker.Aliases, speaker.Kind, speaker.Span.Line, speaker.Span.Column, origin));
        }

        var sectionNames = new NameAllocator(NameAllocator.ObjectMembers.Concat(new[] { "Count", "Find", "GetEnumerator", "Item", "KeyOf", "Sections" }));
        var sections = new List<SectionSpec>();
        var sectionIds = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < article.Sections.Count; i++)
        {
            var section = article.Sections[i];
            var wanted = CSharpNames.FromId(section.Id);
            var name = sectionNames.Allocate(wanted, out var collided);
            if (collided && !sectionIds.Contains(section.Id))
            {
                // A repeated section id is ARTC105 already; only distinct ids that meet in C# are ARTC301.
                diagnostics.Add(Collision(path, parsed.Body.SectionIdSpans[i], "section id", section.Id, wanted, name));
            }

            sectionIds.Add(section.Id);

            sections.Add(new SectionSpec(
                section.Id,
                name,
                section.Heading,
                new EquatableArray<string>(section.Paragraphs.Select(p => p.Text).ToArray()),
                new EquatableArray<AsideSpec>(section.Asides.Select(a => new AsideSpec(a.Kind, a.Text, a.Span.Line, a.Span.Column)).ToArray()),
                section.Span.Line,
                section.Span.Column));
        }

        var quotes = new List<QuoteSpec>();
        foreach (var quote in article.Quotes)
        {
            // A quote belongs to the section it stands in: by position, as two sections may share an id (ARTC105).
            var section = -1;
            for (var i = 0; i < article.Sections.Count && article.Sections[i].Span.Start <= quote.Span.Start; i++)
            {
                section = i;
            }

            // A quote of an unknown speaker is an error already reported; it is left out of the data.
            if (speakerIndex.TryGetValue(quote.SpeakerKey, out var speaker) && section >= 0)
            {
                quotes.Add(new QuoteSpec(quote.Id, quote.Text, speaker, quote.Kind, section, quote.ParagraphIndex, quote.Span.Line, quote.Span.Column));
            }
        }

        var spec = new ArticleSpec(
            options.Namespace,
            options.UseUtf8Data,
            embedded?.ResourceName,
            indexed.ClassName,
            RelativePath(path, options.ProjectDirectory),
            metadata.Id,
            metadata.Title,
            metadata.Category,
            metadata.Source,
            metadata.Dateline,
            metadata.PublishedDate?.Ticks,
            (int)(metadata.PublishedDate?.Offset.TotalMinutes ?? 0),
            metadata.Revision,
            metadata.Url,
            metadata.Authors,
            metadata.Language,
            metadata.Tags,
            metadata.Meta,
            new EquatableArray<SpeakerSpec>(speakers.ToArray()),
            new EquatableArray<SectionSpec>(sections.ToArray()),
            new EquatableArray<QuoteSpec>(quotes.ToArray()));
        return spec with { Data = ArticleDataEncoder.Encode(spec, embedded?.Text) };
    }

    // Where a speaker's key stands in this article: its own entry in the front matter, else its first
    // quote (a registry speaker the article only quotes), else the front matter's opening line.
    private static Text.SourceSpan KeySpanInArticle(ParsedArticle parsed, Speaker speaker)
    {
        if (parsed.Article.FindSpeaker(speaker.Key) is { } local)
        {
            return local.Span;
        }

        return parsed.Article.Quotes.FirstOrDefault(q => q.SpeakerKey == speaker.Key)?.SpeakerSpan ?? parsed.FrontMatter.OpeningSpan;
    }

    /// <summary>The path relative to the project folder with '/', or the path itself when it lies elsewhere.</summary>
    public static string RelativePath(string path, string projectDirectory)
    {
        var normalized = path.Replace('\\', '/');
        if (projectDirectory.Length == 0)
        {
            return normalized;
        }

        var folder = projectDirectory.Replace('\\', '/').TrimEnd('/') + "/";
        return normalized.StartsWith(folder, StringComparison.Ordinal) ? normalized.Substring(folder.Length) : normalized;
    }

    private static FileFinding Collision(string path, Text.SourceSpan span, string what, string value, string wanted, string name) =>
        new FileFinding(path, Finding.Create(DiagnosticDescriptors.NameCollision, span, what, value, wanted, name));

    private static EquatableArray<Finding> Failure(Exception exception) =>
        new(new[] { FileFindings.Failure(exception) });
}
