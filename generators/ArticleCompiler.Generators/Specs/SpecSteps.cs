using System;
using System.Collections.Generic;
using System.Linq;
using ArticleCompiler.Checking;
using ArticleCompiler.Generators.Models;
using ArticleCompiler.Generators.Naming;
using ArticleCompiler.Model;
using ArticleCompiler.Parsing;
using ArticleCompiler.Validation;

namespace ArticleCompiler.Generators.Specs;

/// <summary>The per-article spec step: every name resolved and every value taken from the checked article.</summary>
internal static class SpecSteps
{
    // Members of the generated speaker and section types: SpeakerSet/SectionSet members and the type's own name are taken.
    private static readonly HashSet<string> SpeakerSetMembers = NameAllocator.Reserve(NameAllocator.ObjectMembers.Concat(new[] { "Count", "Find", "GetEnumerator", "Item", "KeyOf", "Speakers" }));
    private static readonly HashSet<string> SectionSetMembers = NameAllocator.Reserve(NameAllocator.ObjectMembers.Concat(new[] { "Count", "Find", "GetEnumerator", "Item", "KeyOf", "Sections" }));

    /// <summary>What <paramref name="input"/>'s spec needs of the corpus: its own class name and resource name.</summary>
    public static SpecInput Join(CheckedInput input, PathMap classNames, PathMap resourceNames, GeneratorOptions options) =>
        new(input, input.Checked.Parsed is null ? null : classNames.Find(input.Checked.Path), resourceNames.Find(input.Checked.Path), options);

    /// <summary>The spec of one article (null when the file is not generated) and its findings.</summary>
    public static ArticleOutput BuildSpec(SpecInput input)
    {
        var file = input.Checked.Checked;
        var findings = file.Findings.Select(finding => new FileFinding(file.Path, finding)).ToArray();
        if (file.Parsed is null || input.ClassName is not { } className)
        {
            return new ArticleOutput(null, new EquatableArray<FileFinding>(findings));
        }

        var options = input.Options;
        if (file.Article is null)
        {
            // Validation failed (ARTC300 already): the index names the class, so it must exist.
            return new ArticleOutput(Placeholder(file.Path, file.Parsed, className, options), new EquatableArray<FileFinding>(findings));
        }

        try
        {
            var diagnostics = new List<FileFinding>(findings);
            var embedded = input.ResourceName is { Length: > 0 } resourceName && input.Checked.Text is { } text ? new EmbeddedText(resourceName, text) : null;
            var spec = BuildSpec(file.Path, file.Parsed, file.Article, embedded, className, options, diagnostics);
            return new ArticleOutput(spec, new EquatableArray<FileFinding>(diagnostics.ToArray()));
        }
        catch (Exception exception)
        {
            return new ArticleOutput(Placeholder(file.Path, file.Parsed, className, options), new EquatableArray<FileFinding>(findings.Concat(new[] { new FileFinding(file.Path, FileFindings.Failure(exception)) }).ToArray()));
        }
    }

    // The article's front matter alone, with no speakers, sections or quotes: what a failure still
    // generates, so that the Articles class, which names every indexed article, compiles.
    private static ArticleSpec? Placeholder(string path, ParsedArticle parsed, string className, GeneratorOptions options)
    {
        try
        {
            var bare = parsed.Article with { Speakers = EquatableArray<Speaker>.Empty, Sections = EquatableArray<Section>.Empty, Quotes = EquatableArray<Quote>.Empty };
            return BuildSpec(path, parsed, bare, null, className, options, new List<FileFinding>());
        }
        catch (Exception)
        {
            return null;
        }
    }

    private static ArticleSpec BuildSpec(string path, ParsedArticle parsed, Article article, EmbeddedText? embedded, string className, GeneratorOptions options, List<FileFinding> diagnostics)
    {
        var metadata = article.Metadata;

        var speakerNames = NameAllocator.Start(SpeakerSetMembers);
        var speakers = new List<SpeakerSpec>(article.Speakers.Count);
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

        var sectionNames = NameAllocator.Start(SectionSetMembers);
        var sections = new List<SectionSpec>(article.Sections.Count);
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
                Map(section.Paragraphs, p => p.Text),
                Map(section.Asides, a => new AsideSpec(a.Kind, a.Text, a.Span.Line, a.Span.Column)),
                section.Span.Line,
                section.Span.Column));
        }

        var quotes = new List<QuoteSpec>(article.Quotes.Count);
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

        return new ArticleSpec(
            options.Namespace,
            options.UseUtf8Data,
            embedded,
            className,
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

    // As Select(...).ToArray(), in one array of the right size (an EquatableArray is no IList, so LINQ would grow one).
    private static EquatableArray<TResult> Map<T, TResult>(EquatableArray<T> items, Func<T, TResult> map)
    {
        if (items.Count == 0)
        {
            return EquatableArray<TResult>.Empty;
        }

        var result = new TResult[items.Count];
        for (var i = 0; i < result.Length; i++)
        {
            result[i] = map(items[i]);
        }

        return new EquatableArray<TResult>(result);
    }

    private static FileFinding Collision(string path, Text.SourceSpan span, string what, string value, string wanted, string name) =>
        new FileFinding(path, Finding.Create(DiagnosticDescriptors.NameCollision, span, what, value, wanted, name));

}
