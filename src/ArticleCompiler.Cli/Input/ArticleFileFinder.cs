using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Enumeration;
using ArticleCompiler.Registry;
using System.Linq;
using Microsoft.Extensions.FileSystemGlobbing;
using Microsoft.Extensions.FileSystemGlobbing.Abstractions;

namespace ArticleCompiler.Cli.Input;

/// <summary>Expands the paths on a command line into article files: files, folders and glob patterns.</summary>
internal static class ArticleFileFinder
{
    /// <summary>The file-name ending of article files.</summary>
    public const string Extension = ".article.md";

    // Microsoft.Extensions.FileSystemGlobbing knows '*' and '**' only.
    private static readonly char[] GlobCharacters = { '*' };

    /// <summary>
    /// The files <see cref="Find"/> finds, or null after writing one line per path that named
    /// nothing to <paramref name="error"/> (the caller then exits with 2).
    /// </summary>
    public static IReadOnlyList<string>? FindOrReport(IReadOnlyList<string> paths, TextWriter error, string extension = Extension, bool withRegistries = false)
    {
        // The parser takes an unknown option for a path (paths take any number of values): name it
        // as the command-line error it is, unless a file really has that name.
        if (paths.FirstOrDefault(path => path.Length > 1 && path.StartsWith('-') && !File.Exists(path) && !Directory.Exists(path)) is { } option)
        {
            error.WriteLine($"artc: error: unknown option '{option}'");
            error.WriteLine("Run 'artc --help' for usage.");
            return null;
        }

        var found = Find(paths.Count == 0 ? new[] { "." } : paths, extension, withRegistries);
        foreach (var problem in found.Problems)
        {
            error.WriteLine("artc: error: " + problem);
        }

        return found.Problems.Count > 0 ? null : found.Files;
    }

    /// <summary>The files found, in a stable order, and one message per path that named nothing.</summary>
    public sealed record Result(IReadOnlyList<string> Files, IReadOnlyList<string> Problems);

    /// <summary>
    /// A file is taken as it is; a folder is searched recursively for <c>*.article.md</c> (skipping
    /// hidden folders and build output in <c>bin</c> and <c>obj</c>); anything with a wildcard is a
    /// glob pattern. A path that names nothing, or a pattern that matches nothing, is a problem.
    /// <paramref name="extension"/> is the file-name ending a folder search looks for (raw articles: ".txt");
    /// <paramref name="withRegistries"/> has the same walk take the <c>speakers.yaml</c> files it
    /// meets too, so a run reads each folder once (the core's <see cref="Checking.CorpusCheck"/> tells them apart).
    /// </summary>
    public static Result Find(IEnumerable<string> paths, string extension = Extension, bool withRegistries = false)
    {
        var files = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var problems = new List<string>();
        foreach (var path in paths)
        {
            IEnumerable<string> matches;
            if (File.Exists(path) || LooksLikeAFile(path, extension))
            {
                // Taken as a file even when it is a folder or a FIFO: reading it says what it is.
                matches = new[] { path };
            }
            else if (Directory.Exists(path))
            {
                foreach (var (file, real) in SearchFolder(path, extension, withRegistries))
                {
                    if (seen.Add(real))
                    {
                        files.Add(file);
                    }
                }

                continue;
            }
            else if (path.IndexOfAny(GlobCharacters) >= 0)
            {
                var globbed = Glob(path);
                if (globbed.Count == 0)
                {
                    problems.Add($"no file matches '{path}'");
                }

                matches = globbed;
            }
            else
            {
                problems.Add($"path '{path}' does not exist");
                continue;
            }

            foreach (var match in matches)
            {
                // The same file reached twice (named twice, or through a symbolic link) is read once.
                if (seen.Add(RealPath(match)))
                {
                    files.Add(match);
                }
            }
        }

        return new Result(files, problems);
    }

    // The files under a folder with their real paths: a file's is its folder's real path (worked out
    // once per folder) and its name, unless the file itself is a symbolic link, so telling files
    // apart costs no system call per file. readdir(3) says which entries are links and folders
    // (FolderListing); only a link is stat(2)ed, to see whether it leads to a folder.
    private static IEnumerable<(string Path, string RealPath)> SearchFolder(string folder, string extension, bool withRegistries)
    {
        var found = new List<(string Path, string RealPath)>();
        var pending = new Stack<string>();
        var visited = new HashSet<string>(StringComparer.Ordinal);
        pending.Push(folder);
        var options = new EnumerationOptions { RecurseSubdirectories = false, AttributesToSkip = FileAttributes.Hidden | FileAttributes.System };
        while (pending.Count > 0)
        {
            var current = pending.Pop();
            var realFolder = RealPath(current);
            if (!visited.Add(realFolder))
            {
                // A folder seen before through a symbolic link (or a link that loops).
                continue;
            }

            var listed = FolderListing.Read(current);
            if (listed is null)
            {
                SearchFolderManaged(current, realFolder, extension, withRegistries, options, found, pending);
                continue;
            }

            foreach (var entry in listed)
            {
                var path = Path.Join(current, entry.Name);
                if (!entry.IsDirectory)
                {
                    if (entry.Name.EndsWith(extension, StringComparison.Ordinal) || (withRegistries && entry.Name == SpeakerRegistryFile.FileName))
                    {
                        found.Add((path, entry.IsLink ? RealPath(path) : Path.Join(realFolder, entry.Name)));
                    }
                }
                else if (entry.Name.EndsWith(extension, StringComparison.Ordinal))
                {
                    found.Add((path, RealPath(path)));
                }
                else if (entry.Name is not ("bin" or "obj"))
                {
                    pending.Push(path);
                }
            }
        }

        found.Sort((a, b) => StringComparer.Ordinal.Compare(a.Path, b.Path));
        return found.Select(f => (Tidy(f.Path), f.RealPath));
    }

    // The same walk through .NET's enumeration, where readdir(3) is not at hand (Windows, a Unix
    // without Mono.Unix's native library, a folder that cannot be opened): FileSystemEntry.Attributes
    // costs an lstat(2) per file there.
    private static void SearchFolderManaged(string current, string realFolder, string extension, bool withRegistries, EnumerationOptions options, List<(string Path, string RealPath)> found, Stack<string> pending)
    {
        var entries = new FileSystemEnumerable<(string Path, bool IsLink)>(
            current,
            (ref FileSystemEntry entry) => (entry.ToSpecifiedFullPath(), (entry.Attributes & FileAttributes.ReparsePoint) != 0),
            options)
        {
            ShouldIncludePredicate = (ref FileSystemEntry entry) =>
                !entry.IsDirectory && (entry.FileName.EndsWith(extension, StringComparison.Ordinal) || (withRegistries && entry.FileName.SequenceEqual(SpeakerRegistryFile.FileName))),
        };
        foreach (var (path, isLink) in entries)
        {
            found.Add((path, isLink ? RealPath(path) : Path.Combine(realFolder, Path.GetFileName(path))));
        }

        foreach (var child in Directory.EnumerateDirectories(current, "*", options))
        {
            var name = Path.GetFileName(child);
            if (LooksLikeAFile(child, extension))
            {
                found.Add((child, RealPath(child)));
            }
            else if (name is not ("bin" or "obj") && !name.StartsWith('.'))
            {
                pending.Push(child);
            }
        }
    }

    // A folder named like the files sought (news/x.article.md/) is one a person took for a file;
    // it is reported when read rather than searched. A trailing slash says "search it".
    private static bool LooksLikeAFile(string path, string extension) =>
        Path.GetFileName(path).EndsWith(extension, StringComparison.Ordinal) && Directory.Exists(path);

    private static List<string> Glob(string pattern)
    {
        var normalized = pattern.Replace('\\', '/');
        var segments = normalized.Split('/');
        var baseSegments = segments.TakeWhile(segment => segment.IndexOfAny(GlobCharacters) < 0).ToArray();
        var baseFolder = baseSegments.Length == 0 ? "." : string.Join("/", baseSegments);
        if (normalized.StartsWith('/') && baseFolder.Length == 0)
        {
            baseFolder = "/";
        }

        var relativePattern = string.Join("/", segments.Skip(baseSegments.Length));
        if (!Directory.Exists(baseFolder))
        {
            return new List<string>();
        }

        var matcher = new Matcher(StringComparison.Ordinal);
        matcher.AddInclude(relativePattern);
        var result = matcher.Execute(new DirectoryInfoWrapper(new DirectoryInfo(baseFolder)));
        var files = result.Files
            .Select(match => baseSegments.Length == 0 ? match.Path : baseFolder.TrimEnd('/') + "/" + match.Path)
            .ToList();
        files.Sort(StringComparer.Ordinal);
        return files;
    }

    /// <summary>The path with every symbolic link along it resolved, for telling files apart.</summary>
    internal static string RealPath(string path)
    {
        var full = Path.GetFullPath(path);
        var root = Path.GetPathRoot(full) ?? "/";
        var current = root;
        foreach (var part in full.Substring(root.Length).Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries))
        {
            current = Path.Combine(current, part);
            for (var hops = 0; hops < 40; hops++)
            {
                FileSystemInfo info = Directory.Exists(current) ? new DirectoryInfo(current) : new FileInfo(current);
                if (info.LinkTarget is null)
                {
                    break;
                }

                try
                {
                    var target = info.ResolveLinkTarget(returnFinalTarget: false);
                    if (target is null)
                    {
                        break;
                    }

                    current = Path.GetFullPath(target.FullName);
                }
                catch (IOException)
                {
                    break;
                }
            }
        }

        return current;
    }

    private static string Tidy(string path) => path.StartsWith("./", StringComparison.Ordinal) ? path.Substring(2) : path;
}
