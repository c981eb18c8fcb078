using ArticleCompiler.Model;
using ArticleCompiler.Parsing;
using ArticleCompiler.Validation;

namespace ArticleCompiler.Checking;

/// <summary>
/// One article file read, parsed and validated against the speaker registry entries that apply to
/// it (<see cref="ArticleCheck.Check"/>): what validate, export, diff and the build all start from.
/// A value: immutable and equatable, so the build can cache it per file.
/// </summary>
/// <param name="Path">The file's path, as the caller names it.</param>
/// <param name="Parsed">The parsed article; null when the file has no text.</param>
/// <param name="Article">The article with its speakers resolved; null when the file has no text.</param>
/// <param name="Findings">Parse errors and findings, ordered by position (configured by <see cref="CorpusCheck"/>, not by <see cref="ArticleCheck"/>).</param>
public sealed record CheckedArticle(string Path, ParsedArticle? Parsed, Article? Article, EquatableArray<Finding> Findings)
{
    /// <summary>The article's id, revision and id position; null without an id.</summary>
    public ArticleIdentity? Identity => ArticleIdentity.Of(Path, Parsed);
}
