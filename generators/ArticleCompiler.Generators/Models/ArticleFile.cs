using ArticleCompiler.Validation;
using ArticleCompiler.Model;
using ArticleCompiler.Parsing;

namespace ArticleCompiler.Generators.Models;

/// <summary>
/// One <c>*.article.md</c> after parsing: the output of the per-file step.
/// A value: it must stay immutable and equatable (no Roslyn types), or the cache stops working.
/// </summary>
/// <param name="Path">The file's path, as the compiler gave it.</param>
/// <param name="Parsed">The parsed article; null when the file could not be read or parsing failed.</param>
/// <param name="Findings">Why the file could not be parsed, if it could not (parse errors come with validation).</param>
/// <param name="Embedded">The file's text and the resource the build embeds it as; null when it is not embedded.</param>
internal sealed record ArticleFile(
    string Path,
    ParsedArticle? Parsed,
    EquatableArray<FileFinding> Findings,
    EmbeddedText? Embedded = null);

/// <summary>
/// An article file that the build embeds in the assembly (build/ArticleCompiler.targets does): the
/// generated data then refers to stretches of this text instead of repeating them.
/// </summary>
/// <param name="ResourceName">The manifest resource name the build gives the file.</param>
/// <param name="Text">The text the parser read, which the runtime gets back from the resource.</param>
internal sealed record EmbeddedText(string ResourceName, string Text);

/// <summary>An article file validated against the registry entries that apply to it.</summary>
/// <param name="File">The parsed file.</param>
/// <param name="Article">The article with its speakers resolved; null when the file could not be parsed.</param>
/// <param name="Findings">Parse errors and validation findings.</param>
internal sealed record CheckedFile(ArticleFile File, Article? Article, EquatableArray<FileFinding> Findings);
