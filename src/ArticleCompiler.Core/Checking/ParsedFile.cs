using ArticleCompiler.Model;
using ArticleCompiler.Parsing;
using ArticleCompiler.Validation;

namespace ArticleCompiler.Checking;

/// <summary>
/// One article file after parsing (<see cref="ArticleCheck.Parse(InputFile)"/>). A value: immutable
/// and equatable, so the build can cache it per file.
/// </summary>
/// <param name="Path">The file's path, as the caller names it.</param>
/// <param name="Parsed">The parsed article; null when the file has no text.</param>
/// <param name="Findings">Why the file could not be parsed, if it could not (parse errors come with the check).</param>
public sealed record ParsedFile(string Path, ParsedArticle? Parsed, EquatableArray<Finding> Findings);
