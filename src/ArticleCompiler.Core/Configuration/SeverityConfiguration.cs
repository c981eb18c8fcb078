using System;
using System.Collections.Generic;
using System.Linq;
using ArticleCompiler.Model;
using ArticleCompiler.Parsing;
using ArticleCompiler.Text;
using ArticleCompiler.Validation;

namespace ArticleCompiler.Configuration;

/// <summary>The severity a finding is reported at, after configuration.</summary>
public enum ConfiguredSeverity
{
    /// <summary><c>none</c> or <c>silent</c>: not reported.</summary>
    Suppressed,

    /// <summary><c>suggestion</c>.</summary>
    Info,

    /// <summary><c>warning</c>.</summary>
    Warning,

    /// <summary><c>error</c>.</summary>
    Error,
}

/// <summary>
/// Rule severities from .editorconfig files (<c>dotnet_diagnostic.ARTC201.severity = none</c>), for
/// the build and for <c>artc validate</c> alike. As the spec says: the files nearest to an article
/// win over those above them, a later section wins over an earlier one, and a file with
/// <c>root = true</c> stops the search upwards. A value (immutable and equatable).
/// </summary>
public sealed record SeverityConfiguration(EquatableArray<EditorConfigFile> Files)
{
    // "dotnet_diagnostic.artc201.severity" → "ARTC201", for every code.
    private static readonly Dictionary<string, string> SeverityKeys =
        DiagnosticDescriptors.All.ToDictionary(d => "dotnet_diagnostic." + d.Code.ToLowerInvariant() + ".severity", d => d.Code, StringComparer.Ordinal);

    /// <summary>No configuration: every code at its default severity.</summary>
    public static SeverityConfiguration Empty { get; } = new(EquatableArray<EditorConfigFile>.Empty);

    /// <summary>
    /// The severities configured for the article at <paramref name="articlePath"/> (absolute),
    /// by code; codes without a setting (or set to <c>default</c>) are absent.
    /// </summary>
    public IReadOnlyDictionary<string, ConfiguredSeverity> For(string articlePath)
    {
        var result = new Dictionary<string, ConfiguredSeverity>(StringComparer.Ordinal);
        foreach (var (key, value) in Entries(articlePath))
        {
            if (SeverityKeys.TryGetValue(key, out var code))
            {
                if (Parse(value) is { } configured)
                {
                    result[code] = configured;
                }
                else
                {
                    result.Remove(code);
                }
            }
        }

        return result;
    }

    /// <summary>
    /// The findings of the file at <paramref name="path"/> (absolute; <paramref name="findings"/>
    /// ordered by position) as every consumer reports them: at their configured severities,
    /// suppressed ones dropped, past the limit summed up (ARTC115); then, when
    /// <paramref name="parsed"/> is given, those of the rules .editorconfig sets (required keys,
    /// allowed categories), configured and limited alike, merged in <see cref="DiagnosticOrder"/>.
    /// The one place a finding gets its reported severity: artc's commands and the build call it.
    /// </summary>
    public IReadOnlyList<Finding> Report(string path, IReadOnlyList<Finding> findings, ParsedArticle? parsed = null)
    {
        var ruleFindings = parsed is null ? Array.Empty<Finding>() : Rules(path).Check(parsed);
        if (findings.Count == 0 && ruleFindings.Count == 0)
        {
            return Array.Empty<Finding>();   // the build asks for every file: no severities to look up
        }

        var configured = For(path);
        var reported = FindingLimit.Configure(findings, configured);
        if (ruleFindings.Count > 0)
        {
            reported.AddRange(FindingLimit.Configure(ruleFindings, configured));
            return reported.OrderBy(f => f, DiagnosticOrder.Instance).ToList();
        }

        return reported;
    }

    /// <summary>
    /// The rules .editorconfig sets for the article at <paramref name="articlePath"/>:
    /// <c>artc_required_keys</c> and <c>artc_allowed_categories</c> (comma-separated lists).
    /// </summary>
    public ConfiguredRules Rules(string articlePath)
    {
        if (Files.Count == 0)
        {
            return ConfiguredRules.None;
        }

        string? required = null;
        string? categories = null;
        foreach (var (key, value) in Entries(articlePath))
        {
            if (key == ConfiguredRules.RequiredKeysKey)
            {
                required = value;
            }
            else if (key == ConfiguredRules.AllowedCategoriesKey)
            {
                categories = value;
            }
        }

        // An empty list of categories sets nothing (not "no category at all").
        var allowed = ConfiguredRules.List(categories);
        return new ConfiguredRules(ConfiguredRules.List(required), allowed.Count == 0 ? null : allowed);
    }

    // The entries of the sections that match the article, farthest first, so that nearer files and
    // later sections come later and win.
    private IEnumerable<(string Key, string Value)> Entries(string articlePath)
    {
        if (Files.Count == 0)
        {
            yield break;
        }

        var path = CorpusPath.Normalize(articlePath);
        foreach (var (glob, entries) in _sections.For(this, path))
        {
            if (!glob.IsMatch(path))
            {
                continue;
            }

            foreach (var entry in entries)
            {
                yield return (entry.Key, entry.Value);
            }
        }
    }

    // The sections that may apply to the files of one folder, farthest first, with their globs
    // compiled: which files apply depends on the folder only, and a glob is a regular expression
    // that costs far more to build than to match, so both are worked out once per folder rather
    // than for every file and every question (Rules, For). Kept outside the record's value: two
    // configurations with the same files are equal whatever each has worked out.
    private readonly SectionsByFolder _sections = new();

    // A copy (with { Files = ... }) works out its own sections.
    private SeverityConfiguration(SeverityConfiguration original)
    {
        Files = original.Files;
        _sections = new SectionsByFolder();
    }

    private sealed class SectionsByFolder
    {
        private readonly System.Collections.Concurrent.ConcurrentDictionary<string, (EditorConfigGlob Glob, EquatableArray<EditorConfigEntry> Entries)[]> _byFolder = new(StringComparer.Ordinal);

        public (EditorConfigGlob Glob, EquatableArray<EditorConfigEntry> Entries)[] For(SeverityConfiguration configuration, string path)
        {
            var folder = path.Substring(0, Math.Max(0, path.LastIndexOf('/')));
            return _byFolder.TryGetValue(folder, out var known) ? known : _byFolder.GetOrAdd(folder, f => Build(configuration, f + "/x"));
        }

        public override bool Equals(object? obj) => obj is SectionsByFolder;

        public override int GetHashCode() => 0;

        private static (EditorConfigGlob Glob, EquatableArray<EditorConfigEntry> Entries)[] Build(SeverityConfiguration configuration, string path)
        {
            var applicable = configuration.Files
                .Select(file => (File: file, Directory: CorpusPath.Normalize(file.Directory).TrimEnd('/')))
                .Where(file => path.StartsWith(file.Directory + "/", StringComparison.Ordinal))
                .OrderByDescending(file => file.Directory.Length)
                .ToList();
            var rootIndex = applicable.FindIndex(file => file.File.IsRoot);
            if (rootIndex >= 0)
            {
                applicable = applicable.Take(rootIndex + 1).ToList();
            }

            var sections = new List<(EditorConfigGlob, EquatableArray<EditorConfigEntry>)>();
            for (var i = applicable.Count - 1; i >= 0; i--)
            {
                var (file, directory) = applicable[i];
                foreach (var section in file.Sections)
                {
                    sections.Add((EditorConfigGlob.Create(directory, section.Glob), section.Entries));
                }
            }

            return sections.ToArray();
        }
    }

    /// <summary>The severity of <paramref name="diagnostic"/> after <paramref name="configured"/>; null when suppressed.</summary>
    public static DiagnosticSeverity? Apply(Finding diagnostic, IReadOnlyDictionary<string, ConfiguredSeverity> configured)
    {
        if (!configured.TryGetValue(diagnostic.Code, out var severity))
        {
            return diagnostic.Severity;
        }

        return severity switch
        {
            ConfiguredSeverity.Suppressed => null,
            ConfiguredSeverity.Info => DiagnosticSeverity.Info,
            ConfiguredSeverity.Warning => DiagnosticSeverity.Warning,
            _ => DiagnosticSeverity.Error,
        };
    }

    /// <summary>The .editorconfig severity words; null for <c>default</c> or anything unknown.</summary>
    public static ConfiguredSeverity? Parse(string value) => value.Trim().ToLowerInvariant() switch
    {
        "none" or "silent" => ConfiguredSeverity.Suppressed,
        "suggestion" => ConfiguredSeverity.Info,
        "warning" => ConfiguredSeverity.Warning,
        "error" => ConfiguredSeverity.Error,
        _ => null,
    };
}
