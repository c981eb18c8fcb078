using System;
using System.IO;

namespace ArticleCompiler.Cli.Input;

/// <summary>How artc names a file it found rather than was given (a registry above an article).</summary>
internal static class DisplayPaths
{
    /// <summary>A file's path relative to the current folder when it is under it (the export's registry column).</summary>
    public static string Of(string fullPath)
    {
        var relative = Path.GetRelativePath(Environment.CurrentDirectory, fullPath);
        return relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? fullPath : relative;
    }
}
