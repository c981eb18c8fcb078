namespace ArticleCompiler.Checking;

/// <summary>
/// What a corpus check needs from outside: the core touches no file system. artc implements it on
/// disk; tests can implement it in memory.
/// </summary>
public interface ICorpusFiles
{
    /// <summary>
    /// Reads an input (an article or a speaker registry). A file that is too large or not text
    /// comes back with its <see cref="InputFile.Problem"/>; a file that cannot be read at all
    /// throws an <see cref="System.IO.IOException"/> (or <see cref="System.UnauthorizedAccessException"/>).
    /// </summary>
    InputFile Read(string path);

    /// <summary>Whether there is a file at <paramref name="path"/> (a <c>speakers.yaml</c> above an article).</summary>
    bool IsFile(string path);

    /// <summary>
    /// The text of the <c>.editorconfig</c> at <paramref name="path"/>; null when there is none, or
    /// it is not a regular file, or cannot be read (it then configures nothing, as in the build).
    /// </summary>
    string? ReadConfiguration(string path);

    /// <summary><paramref name="path"/> made absolute (against the current folder) and normalized.</summary>
    string FullPath(string path);

    /// <summary>The absolute <paramref name="fullPath"/> with every symbolic link resolved: one file reached through two paths has one real path.</summary>
    string RealPath(string fullPath);

    /// <summary>How findings name a file found above the inputs (absolute <paramref name="fullPath"/>) when the inputs were named relative to the current folder.</summary>
    string DisplayPath(string fullPath);
}
