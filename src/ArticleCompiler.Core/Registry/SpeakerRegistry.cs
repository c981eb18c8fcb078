using System;
using System.Collections.Generic;
using System.Linq;
using ArticleCompiler.Model;
using ArticleCompiler.Text;
using ArticleCompiler.Validation;

namespace ArticleCompiler.Registry;

/// <summary>
/// The speaker registries of a corpus. A registry applies to the articles in its folder and below;
/// a key is defined once across the corpus, so that it names one speaker everywhere (a second
/// definition is ARTC109). Files are kept shallowest first, then by path, which decides which
/// definition is the first. A value (immutable and equatable), as the generator caches it.
/// </summary>
public sealed record SpeakerRegistry(EquatableArray<SpeakerRegistryFile> Files)
{
    /// <summary>No registry.</summary>
    public static SpeakerRegistry Empty { get; } = new(EquatableArray<SpeakerRegistryFile>.Empty);

    /// <summary>The registry of <paramref name="files"/>, in the order that decides which definition comes first.</summary>
    public static SpeakerRegistry Create(IEnumerable<SpeakerRegistryFile> files)
    {
        var ordered = files
            .GroupBy(file => CorpusPath.Normalize(file.Path), StringComparer.Ordinal)
            .Select(group => group.First())
            .OrderBy(file => CorpusPath.Depth(CorpusPath.Normalize(file.Path)))
            .ThenBy(file => CorpusPath.Normalize(file.Path), StringComparer.Ordinal)
            .ToArray();
        return new SpeakerRegistry(new EquatableArray<SpeakerRegistryFile>(ordered));
    }

    /// <summary>Whether there is no registry file.</summary>
    public bool IsEmpty => Files.IsEmpty;

    /// <summary>The first definition of every key across the corpus, in registry order: the corpus's speakers.</summary>
    public IReadOnlyList<Speaker> Entries()
    {
        var entries = new List<Speaker>();
        var keys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in Files)
        {
            foreach (var speaker in file.Speakers)
            {
                if (keys.Add(speaker.Key))
                {
                    entries.Add(speaker);
                }
            }
        }

        return entries;
    }

    /// <summary>Each file's own findings, then a key's second and later definitions (ARTC109).</summary>
    public IReadOnlyList<FileFinding> Findings()
    {
        var findings = new List<FileFinding>();
        var first = new Dictionary<string, (Speaker Speaker, string Identity)>(StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in Files)
        {
            // A file reached twice (through a symbolic link) is reported once.
            if (!seen.Add(file.Identity))
            {
                continue;
            }

            foreach (var diagnostic in file.Findings)
            {
                findings.Add(new FileFinding(file.Path, diagnostic));
            }

            foreach (var speaker in file.Speakers)
            {
                if (first.TryGetValue(speaker.Key, out var earlier))
                {
                    findings.Add(new FileFinding(file.Path, Finding.Create(DiagnosticDescriptors.DuplicateRegistrySpeaker, speaker.Span, speaker.Key, SpeakerResolver.Where(earlier.Speaker))));
                }
                else
                {
                    first.Add(speaker.Key, (speaker, file.Identity));
                }
            }
        }

        return findings;
    }

    /// <summary>
    /// The entries that apply to the article at <paramref name="articlePath"/>: each key's first
    /// definition, when it stands in the article's folder or above. A second definition (ARTC109)
    /// never applies, so that a key names one speaker across the corpus; the first definition
    /// reached through another path (a symbolic link) is still the first.
    /// </summary>
    public RegistryScope ScopeFor(string articlePath)
    {
        if (Files.IsEmpty)
        {
            return RegistryScope.Empty;
        }

        var path = CorpusPath.Normalize(articlePath);
        var definedIn = new Dictionary<string, string>(StringComparer.Ordinal);
        var entries = new List<Speaker>();
        var added = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in Files)
        {
            var applies = CorpusPath.IsInside(path, CorpusPath.FolderOf(file.Path));
            foreach (var speaker in file.Speakers)
            {
                if (!definedIn.TryGetValue(speaker.Key, out var identity))
                {
                    definedIn.Add(speaker.Key, identity = file.Identity);
                }

                if (applies && identity == file.Identity && added.Add(speaker.Key))
                {
                    entries.Add(speaker);
                }
            }
        }

        return entries.Count == 0 ? RegistryScope.Empty : new RegistryScope(entries.ToEquatableArray());
    }
}

/// <summary>The registry entries that apply to one article, by key.</summary>
/// <param name="Speakers">One entry per key, in registry order.</param>
public sealed record RegistryScope(EquatableArray<Speaker> Speakers)
{
    /// <summary>No registry entry applies.</summary>
    public static RegistryScope Empty { get; } = new(EquatableArray<Speaker>.Empty);

    /// <summary>The entry for <paramref name="key"/>, or null.</summary>
    public Speaker? Find(string key)
    {
        foreach (var speaker in Speakers)
        {
            if (string.Equals(speaker.Key, key, StringComparison.Ordinal))
            {
                return speaker;
            }
        }

        return null;
    }
}
