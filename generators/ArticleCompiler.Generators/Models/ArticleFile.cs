using ArticleCompiler.Model;
using ArticleCompiler.Parsing;

namespace ArticleCompiler.Generators.Models;

/// <summary>
/// One <c>*.article.md</c> after parsing and validation: the output of the per-file step.
/// A value: it must stay immutable and equatable (no Roslyn types), or the cache stops working.
/// </summary>
/// <param name="Path">The file's path, as the compiler gave it.</param>
/// <param name="Parsed">The parsed article; null when the file could not be read or parsing failed.</param>
/// <param name="Diagnostics">Parse errors and validation findings.</param>
internal sealed record ArticleFile(
    string Path,
    ParsedArticle? Parsed,
    EquatableArray<DiagnosticInfo> Diagnostics);
