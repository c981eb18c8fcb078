using ArticleCompiler.Validation;

namespace ArticleCompiler.Checking;

/// <summary>
/// One input file as read (an article or a speaker registry): its text, or the finding that says
/// why it has none (ARTC010 not text, ARTC011 too large). Reading it is the caller's job
/// (<see cref="ICorpusFiles"/>, or the compiler in the build).
/// </summary>
/// <param name="Path">The file's path, as the caller names it.</param>
/// <param name="Text">The text; null when there is none.</param>
/// <param name="Problem">Why there is no text; null when there is.</param>
public sealed record InputFile(string Path, string? Text, Finding? Problem)
{
    /// <summary>
    /// The line <see cref="Problem"/> points into, control characters shown as symbols (a NUL as
    /// U+2400), so the caret can stand under the character; empty when it points at no line.
    /// </summary>
    public string ProblemLine { get; init; } = string.Empty;
}
