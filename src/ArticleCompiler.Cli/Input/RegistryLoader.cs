using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using ArticleCompiler.Registry;
using ArticleCompiler.Validation;

namespace ArticleCompiler.Cli.Input;

/// <summary>
/// The speaker registries of a run, found as the build finds them: every <c>speakers.yaml</c> in an
/// article's folder or above it, and every one in the folders named on the command line. The core
/// scopes them by full path; findings name each file as the user would (relative when under the
/// current folder).
/// </summary>
internal sealed class RegistryLoader
{
    private readonly Dictionary<string, string> _displayPaths;

    private RegistryLoader(SpeakerRegistry registry, Dictionary<string, string> displayPaths, IReadOnlyList<string> readFailures)
    {
        Registry = registry;
        _displayPaths = displayPaths;
        ReadFailures = readFailures;
    }

    /// <summary>The registries read.</summary>
    public SpeakerRegistry Registry { get; }

    /// <summary>One line per registry file that could not be read ("'path': reason").</summary>
    public IReadOnlyList<string> ReadFailures { get; }

    /// <summary>How many registry files there are.</summary>
    public int FileCount => Registry.Files.Count;

    /// <summary>
    /// <see cref="Load"/>, writing one line to <paramref name="error"/> per registry that could not
    /// be read (the caller then exits with 2, as for an article).
    /// </summary>
    public static RegistryLoader LoadAndReport(IReadOnlyList<string> articleFiles, IReadOnlyList<string> inputPaths, long maxFileSize, TextWriter error)
    {
        var loader = Load(articleFiles, inputPaths, maxFileSize);
        foreach (var failure in loader.ReadFailures)
        {
            error.WriteLine("artc: error: cannot read " + failure);
        }

        return loader;
    }

    /// <summary>Finds and reads the registries for <paramref name="articleFiles"/> and the folders among <paramref name="inputPaths"/>.</summary>
    public static RegistryLoader Load(IReadOnlyList<string> articleFiles, IReadOnlyList<string> inputPaths, long maxFileSize)
    {
        var found = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var folders = new HashSet<string>(StringComparer.Ordinal);
        foreach (var article in articleFiles)
        {
            for (var folder = Path.GetDirectoryName(Path.GetFullPath(article)); folder is not null && folders.Add(folder); folder = Path.GetDirectoryName(folder))
            {
                var candidate = Path.Combine(folder, SpeakerRegistryFile.FileName);
                if (File.Exists(candidate) && seen.Add(candidate))
                {
                    found.Add(candidate);
                }
            }
        }

        foreach (var folder in inputPaths.Where(Directory.Exists))
        {
            foreach (var candidate in ArticleFileFinder.Find(new[] { folder }, SpeakerRegistryFile.FileName).Files)
            {
                var full = Path.GetFullPath(candidate);
                if (SpeakerRegistryFile.IsRegistry(full) && seen.Add(full))
                {
                    found.Add(full);
                }
            }
        }

        var files = new List<SpeakerRegistryFile>();
        var failures = new List<string>();
        var displayPaths = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var path in found)
        {
            displayPaths[path] = DisplayPath(path);
            try
            {
                var file = ArticleFile.Read(path, maxFileSize);
                files.Add(file.Text is null
                    ? new SpeakerRegistryFile(path, Model.EquatableArray<Model.Speaker>.Empty, new Model.EquatableArray<ArticleDiagnostic>(new[] { file.Problem! }))
                    : SpeakerRegistryFile.Read(path, file.Text));
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                failures.Add($"'{displayPaths[path]}': {exception.Message}");
            }
        }

        return new RegistryLoader(SpeakerRegistry.Create(files), displayPaths, failures);
    }

    /// <summary>The registry entries that apply to the article at <paramref name="articlePath"/>.</summary>
    public RegistryScope ScopeFor(string articlePath) => Registry.ScopeFor(Path.GetFullPath(articlePath));

    /// <summary>The registries' findings (their own, and keys defined twice), each with the file's display path.</summary>
    public IEnumerable<CorpusDiagnostic> Findings() =>
        Registry.Findings().Select(finding => finding with { Path = _displayPaths.TryGetValue(finding.Path, out var shown) ? shown : finding.Path });

    /// <summary>A registry file's path as shown to the user: relative when under the current folder.</summary>
    public static string DisplayPath(string fullPath)
    {
        var relative = Path.GetRelativePath(Environment.CurrentDirectory, fullPath);
        return relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? fullPath : relative;
    }
}
