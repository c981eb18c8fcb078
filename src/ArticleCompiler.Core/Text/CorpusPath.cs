using System;
using System.Collections.Generic;

namespace ArticleCompiler.Text;

/// <summary>
/// Paths as text, for the rules that depend on where a file stands (.editorconfig sections, speaker
/// registries): '/' separators and no dot segments, so that the build's paths and the CLI's agree.
/// No file system is touched.
/// </summary>
public static class CorpusPath
{
    /// <summary><paramref name="path"/> with '/' separators and without <c>.</c> and <c>..</c> segments.</summary>
    public static string Normalize(string path)
    {
        var normalized = path.Replace('\\', '/');
        if (normalized.IndexOf("/.", StringComparison.Ordinal) < 0 && !normalized.StartsWith("./", StringComparison.Ordinal))
        {
            return normalized;
        }

        // ".../Seeds/../revisions/a.article.md" (how a build may name a file) is ".../revisions/a.article.md".
        var parts = new List<string>();
        foreach (var part in normalized.Split('/'))
        {
            if (part == ".")
            {
                continue;
            }

            if (part == ".." && parts.Count > 0 && parts[parts.Count - 1] is not ("" or ".."))
            {
                parts.RemoveAt(parts.Count - 1);
                continue;
            }

            parts.Add(part);
        }

        return string.Join("/", parts);
    }

    /// <summary>
    /// The folder of the file at <paramref name="path"/>, normalized, with a trailing '/'
    /// (<c>/news/</c>, <c>/</c>); empty for a file named relative to the current folder.
    /// </summary>
    public static string FolderOf(string path)
    {
        var normalized = Normalize(path);
        return normalized.Substring(0, normalized.LastIndexOf('/') + 1);
    }

    /// <summary>Whether the file at <paramref name="path"/> (normalized) lies in <paramref name="folder"/> (from <see cref="FolderOf"/>) or below it.</summary>
    public static bool IsInside(string path, string folder) =>
        folder.Length == 0
            ? !path.StartsWith("/", StringComparison.Ordinal) && !path.StartsWith("../", StringComparison.Ordinal) && path.IndexOf(':') < 0
            : path.StartsWith(folder, StringComparison.Ordinal);

    /// <summary>How many folders deep <paramref name="path"/> (normalized) stands.</summary>
    public static int Depth(string path)
    {
        var depth = 0;
        foreach (var c in path)
        {
            if (c == '/')
            {
                depth++;
            }
        }

        return depth;
    }
}
