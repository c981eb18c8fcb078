using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using ArticleCompiler.Configuration;
using ArticleCompiler.Model;
using ArticleCompiler.Registry;
using ArticleCompiler.Validation;

namespace ArticleCompiler.Checking;

/// <summary>
/// The whole check of a corpus, as artc's commands run it (the build runs the same pieces as
/// incremental steps): the speaker registries, read once; per folder, the .editorconfig files and
/// registry entries that apply (<see cref="FolderContext"/>, worked out once per folder); each
/// article read, parsed, validated and configured (<see cref="CheckArticle(string)"/>, safe to call
/// from several threads); then the rule across files and the registries' own findings
/// (<see cref="Finish"/>). Findings name files as the inputs were named.
/// </summary>
public sealed class CorpusCheck
{
    private readonly ICorpusFiles _files;
    private readonly ValidationOptions _options;
    private readonly ConcurrentDictionary<string, FolderContext> _contexts = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, (InputFile File, EditorConfigFile Parsed)?> _editorConfigs = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _registryDisplayPaths = new(StringComparer.Ordinal);
    private readonly Dictionary<string, InputFile> _registryInputs = new(StringComparer.Ordinal);
    private readonly List<(ArticleIdentity Identity, SourceExcerpt Excerpt)> _identities = new();

    /// <summary>
    /// Reads the registries of a run whose inputs are <paramref name="inputs"/> (from one walk:
    /// articles, and the <c>speakers.yaml</c> files named or met in the folders searched): those,
    /// and every <c>speakers.yaml</c> in an article's folder or above it, as the build finds them.
    /// A registry applies below the folder it was found in; one file reached through two paths
    /// (a symbolic link) is told apart by its real path.
    /// </summary>
    public CorpusCheck(ICorpusFiles files, IReadOnlyList<string> inputs, ValidationOptions options)
    {
        _files = files;
        _options = options;
        // One pass over the inputs, each asked once whether it is a registry.
        var articles = new List<string>(inputs.Count);
        var namedRegistries = new List<string>();
        foreach (var input in inputs)
        {
            (SpeakerRegistryFile.IsRegistry(input) ? namedRegistries : articles).Add(input);
        }

        Articles = articles;

        var found = new List<string>();

        // Each registry is named as the article paths are: as given or found under a path given,
        // absolute when that was absolute; one above an article is named in the article's way.
        void Add(string candidate, string shown)
        {
            var full = files.FullPath(candidate);
            if (!_registryDisplayPaths.ContainsKey(full))
            {
                _registryDisplayPaths.Add(full, shown);
                found.Add(full);
            }
        }

        foreach (var registry in namedRegistries)
        {
            Add(registry, registry);
        }

        // The folders above each article, each looked at once. An article in the folder of the one
        // before it, named the same way, is passed over without making its path absolute.
        var folders = new HashSet<string>(StringComparer.Ordinal);
        var previousFolder = (string?)null;
        foreach (var article in Articles)
        {
            var named = Path.GetDirectoryName(article) ?? string.Empty;
            if (named == previousFolder)
            {
                continue;
            }

            previousFolder = named;
            for (var folder = Path.GetDirectoryName(files.FullPath(article)); folder is not null && folders.Add(folder); folder = Path.GetDirectoryName(folder))
            {
                var candidate = Path.Combine(folder, SpeakerRegistryFile.FileName);
                if (files.IsFile(candidate))
                {
                    Add(candidate, Path.IsPathRooted(article) ? candidate : files.DisplayPath(candidate));
                }
            }
        }

        var registries = new List<SpeakerRegistryFile>();
        var failures = new List<string>();
        foreach (var path in found)
        {
            try
            {
                var file = files.Read(path);
                var registry = file.Text is null
                    ? new SpeakerRegistryFile(path, EquatableArray<Speaker>.Empty, new EquatableArray<Finding>(new[] { file.Problem! }))
                    : SpeakerRegistryFile.Read(path, file.Text);

                // Scoped by the path it was found at, as the build scopes it; one file reached
                // through two paths (a symbolic link) defines its keys once.
                registries.Add(registry with { Identity = files.RealPath(path) });
                _registryInputs[path] = file;
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                failures.Add($"'{_registryDisplayPaths[path]}': {exception.Message}");
            }
        }

        Registry = SpeakerRegistry.Create(registries);
        ReadFailures = failures;
        Registries = new EquatableArray<InputFile>(found.Where(_registryInputs.ContainsKey).Select(path => _registryInputs[path]).ToArray());
    }

    /// <summary>The inputs that are articles (registries left out), in input order.</summary>
    public IReadOnlyList<string> Articles { get; }

    /// <summary>The registries read.</summary>
    public SpeakerRegistry Registry { get; }

    /// <summary>The registry files as read (absolute path and text), for a cache to key results by.</summary>
    public EquatableArray<InputFile> Registries { get; }

    /// <summary>One line per registry file that could not be read ("'path': reason"): the run is in trouble.</summary>
    public IReadOnlyList<string> ReadFailures { get; }

    /// <summary>How many registry files there are (one reached through two paths counts once).</summary>
    public int RegistryFileCount => Registry.Files.Select(file => file.Identity).Distinct(StringComparer.Ordinal).Count();

    /// <summary>What the check of a file at <paramref name="path"/> depends on besides the file: its folder's context.</summary>
    public FolderContext ContextOf(string path) => ContextOfFull(_files.FullPath(path));

    /// <summary>Reads and checks the article at <paramref name="path"/>; I/O failures are thrown.</summary>
    public FileReport CheckArticle(string path) => CheckArticle(_files.Read(path), out _);

    /// <summary>Reads and checks the article at <paramref name="path"/> (<see cref="CheckArticle(InputFile, out CheckedArticle)"/>); I/O failures are thrown.</summary>
    public FileReport CheckArticle(string path, out CheckedArticle article) => CheckArticle(_files.Read(path), out article);

    /// <summary>
    /// Checks the article <paramref name="file"/>: parsed, validated against the registry entries of
    /// its folder, its findings configured by the .editorconfig files there (severities, the rules
    /// they set, the per-file limit) with their caret excerpts. <paramref name="article"/> is the
    /// article checked, its findings as reported. Not recorded for <see cref="Finish"/>: <see cref="Add"/> that.
    /// </summary>
    public FileReport CheckArticle(InputFile file, out CheckedArticle article)
    {
        var fullPath = _files.FullPath(file.Path);
        var context = ContextOfFull(fullPath);
        var checkedArticle = ArticleCheck.Check(ArticleCheck.Parse(file), context.Registry, _options);
        var findings = context.Configuration.Report(fullPath, checkedArticle.Findings, checkedArticle.Parsed);
        var reported = new ReportedFinding[findings.Count];
        var configured = new Finding[findings.Count];
        for (var i = 0; i < reported.Length; i++)
        {
            configured[i] = findings[i];
            reported[i] = new ReportedFinding(file.Path, findings[i], SourceExcerpt.In(file, findings[i].Span));
        }

        article = checkedArticle with { Findings = new EquatableArray<Finding>(configured) };
        var identity = checkedArticle.Identity;
        return new FileReport(file.Path, new EquatableArray<ReportedFinding>(reported), identity, identity is null ? default : SourceExcerpt.In(file, identity.IdSpan));
    }

    /// <summary>Records a file's report (checked now, or kept from an earlier run) for the rule across files.</summary>
    public void Add(FileReport report)
    {
        // Only what the rule across files needs is kept, not the report's findings.
        if (report.Identity is { } identity)
        {
            lock (_identities)
            {
                _identities.Add((identity, report.IdExcerpt));
            }
        }
    }

    /// <summary>The registries' own findings and keys defined twice (ARTC109), configured per file and in registry order.</summary>
    public IReadOnlyList<ReportedFinding> RegistryFindings() => RegistryFindings(_ => true);

    /// <summary>
    /// <see cref="RegistryFindings()"/> of the registries that apply to the article at
    /// <paramref name="articlePath"/> (those in its folder or above it).
    /// </summary>
    public IReadOnlyList<ReportedFinding> RegistryFindings(string articlePath)
    {
        var article = Text.CorpusPath.Normalize(_files.FullPath(articlePath));
        return RegistryFindings(registry => Text.CorpusPath.IsInside(article, Text.CorpusPath.FolderOf(registry)));
    }

    /// <summary>
    /// Every finding across files, once every article is <see cref="Add"/>ed: the registries'
    /// (<see cref="RegistryFindings()"/>), then duplicate article ids (ARTC108, at the later path),
    /// each file's configured as its own findings are.
    /// </summary>
    public IReadOnlyList<ReportedFinding> Finish()
    {
        var findings = new List<ReportedFinding>(RegistryFindings());
        var corpus = new CorpusValidator();
        var idExcerpts = new Dictionary<string, SourceExcerpt>(StringComparer.Ordinal);
        lock (_identities)
        {
            foreach (var (identity, excerpt) in _identities)
            {
                corpus.Add(identity);
                idExcerpts[identity.Path] = excerpt;
            }
        }

        foreach (var file in corpus.Finish().GroupBy(finding => finding.Path, StringComparer.Ordinal))
        {
            var fullPath = _files.FullPath(file.Key);
            foreach (var finding in ContextOfFull(fullPath).Configuration.Report(fullPath, file.Select(f => f.Finding).ToList()))
            {
                findings.Add(new ReportedFinding(file.Key, finding, idExcerpts[file.Key]));
            }
        }

        return findings;
    }

    private IReadOnlyList<ReportedFinding> RegistryFindings(Func<string, bool> included)
    {
        var findings = new List<ReportedFinding>();

        // A file's findings together, so the per-file limit (ARTC115) applies as to an article's.
        foreach (var file in Registry.Findings().Where(finding => included(finding.Path)).GroupBy(finding => finding.Path, StringComparer.Ordinal))
        {
            var input = _registryInputs[file.Key];
            var shown = _registryDisplayPaths[file.Key];
            foreach (var finding in ContextOfFull(file.Key).Configuration.Report(file.Key, file.Select(f => f.Finding).ToList()))
            {
                findings.Add(new ReportedFinding(shown, finding, SourceExcerpt.In(input, finding.Span)));
            }
        }

        return findings;
    }

    private FolderContext ContextOfFull(string fullPath)
    {
        var folder = Path.GetDirectoryName(fullPath) ?? fullPath;
        return _contexts.TryGetValue(folder, out var context) ? context : _contexts.GetOrAdd(folder, CreateContext);
    }

    private FolderContext CreateContext(string folder)
    {
        // From the folder up to the first root = true (or the file-system root).
        var files = new List<InputFile>();
        var parsed = new List<EditorConfigFile>();
        for (var current = folder; current is not null; current = Path.GetDirectoryName(current))
        {
            if (_editorConfigs.GetOrAdd(current, ReadEditorConfig) is { } found)
            {
                files.Add(found.File);
                parsed.Add(found.Parsed);
                if (found.Parsed.IsRoot)
                {
                    break;
                }
            }
        }

        // Registry scope depends on the folder only: any file name in it stands for all of them.
        var scope = Registry.ScopeFor(Path.Combine(folder, "_"));
        return new FolderContext(folder, new EquatableArray<InputFile>(files.ToArray()), new SeverityConfiguration(new EquatableArray<EditorConfigFile>(parsed.ToArray())), scope);
    }

    private (InputFile File, EditorConfigFile Parsed)? ReadEditorConfig(string folder)
    {
        var path = Path.Combine(folder, ".editorconfig");
        var text = _files.ReadConfiguration(path);
        return text is null ? null : (new InputFile(path, text, null), EditorConfigFile.Parse(path, text));
    }
}
