using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using ArticleCompiler.Registry;
using ArticleCompiler.Validation;

namespace ArticleCompiler.Cli.Input;

/// <summary>
/// The speaker registries of a run, found as the build finds them: every <c>speakers.yaml</c> in an
/// article's folder or above it, every one in the folders named on the command line, and those
/// named on it. The core scopes them by full path; findings name each file as article paths are
/// named (as given, or found under a path given).
/// </summary>
internal sealed class RegistryLoader
{
    private readonly Dictionary<string, string> _displayPaths;

    private RegistryLoader(SpeakerRegistry registry, IReadOnlyList<string> articles, Dictionary<string, string> displayPaths, IReadOnlyList<string> readFailures)
    {
        Registry = registry;
        Articles = articles;
        _displayPaths = displayPaths;
        ReadFailures = readFailures;
    }

    /// <summary>The registries read.</summary>
    public SpeakerRegistry Registry { get; }

    /// <summary>One line per registry file that could not be read ("'path': reason").</summary>
    public IReadOnlyList<string> ReadFailures { get; }

    /// <summary>How many registry files there are (one reached through two paths counts once).</summary>
    public int FileCount => Registry.Files.Select(file => file.Identity).Distinct(StringComparer.Ordinal).Count();

    /// <summary>
    /// <see cref="Load"/>, writing one line to <paramref name="error"/> per registry that could not
    /// be read (the caller then exits with 2, as for an article).
    /// </summary>
    public static RegistryLoader LoadAndReport(IReadOnlyList<string> files, long maxFileSize, TextWriter error)
    {
        var loader = Load(files, maxFileSize);
        foreach (var failure in loader.ReadFailures)
        {
            error.WriteLine("artc: error: cannot read " + failure);
        }

        return loader;
    }

    /// <summary>
    /// Finds and reads the registries for <paramref name="files"/> (found input files: articles, and
    /// registries named on the command line or met in the folders searched, which the same walk found).
    /// A registry applies below the folder it was found in, as in the build; one file reached
    /// through two paths (a symbolic link) is told apart by its real path, as articles are.
    /// </summary>
    public static RegistryLoader Load(IReadOnlyList<string> files, long maxFileSize)
    {
        var articles = files.Where(file => !SpeakerRegistryFile.IsRegistry(file)).ToList();
        var found = new List<string>();
        var displayPaths = new Dictionary<string, string>(StringComparer.Ordinal);

        // Each registry is named as the article paths are: as given or found under a path given,
        // absolute when that was absolute; one above an article is named in the article's way.
        void Add(string candidate, string shown)
        {
            var full = Path.GetFullPath(candidate);
            if (displayPaths.TryAdd(full, shown))
            {
                found.Add(full);
            }
        }

        foreach (var registry in files.Where(SpeakerRegistryFile.IsRegistry))
        {
            Add(registry, registry);
        }

        var folders = new HashSet<string>(StringComparer.Ordinal);
        foreach (var article in articles)
        {
            for (var folder = Path.GetDirectoryName(Path.GetFullPath(article)); folder is not null && folders.Add(folder); folder = Path.GetDirectoryName(folder))
            {
                var candidate = Path.Combine(folder, SpeakerRegistryFile.FileName);
                if (File.Exists(candidate))
                {
                    Add(candidate, Path.IsPathRooted(article) ? candidate : Path.GetRelativePath(Environment.CurrentDirectory, candidate));
                }
            }
        }

        var registries = new List<SpeakerRegistryFile>();
        var failures = new List<string>();
        foreach (var path in found)
        {
            try
            {
                var file = ArticleFile.Read(path, maxFileSize);
                var registry = file.Text is null
                    ? new SpeakerRegistryFile(path, Model.EquatableArray<Model.Speaker>.Empty, new Model.EquatableArray<ArticleDiagnostic>(new[] { file.Problem! }))
                    : SpeakerRegistryFile.Read(path, file.Text);

                // Scoped by the path it was found at, as the build scopes it; one file reached
                // through two paths (a symbolic link) defines its keys once.
                registries.Add(registry with { Identity = ArticleFileFinder.RealPath(path) });
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                failures.Add($"'{displayPaths[path]}': {exception.Message}");
            }
        }

        return new RegistryLoader(SpeakerRegistry.Create(registries), articles, displayPaths, failures);
    }

    /// <summary>The input files that are articles (registries named on the command line left out).</summary>
    public IReadOnlyList<string> Articles { get; }

    /// <summary>The registry entries that apply to the article at <paramref name="articlePath"/>.</summary>
    public RegistryScope ScopeFor(string articlePath) => Registry.ScopeFor(Path.GetFullPath(articlePath));

    /// <summary>The registries' findings (their own, and keys defined twice), each with the file's display path.</summary>
    public IEnumerable<FileFinding> Findings() =>
        Registry.Findings().Select(finding => finding with { Path = _displayPaths.TryGetValue(finding.Path, out var shown) ? shown : finding.Path });

    /// <summary>A registry file's path relative to the current folder when it is under it (for a relative article path, and the export's registry column).</summary>
    public static string DisplayPath(string fullPath)
    {
        var relative = Path.GetRelativePath(Environment.CurrentDirectory, fullPath);
        return relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? fullPath : relative;
    }
}
