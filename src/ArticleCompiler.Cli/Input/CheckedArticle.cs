using System.Collections.Generic;
using ArticleCompiler.Parsing;
using ArticleCompiler.Validation;

namespace ArticleCompiler.Cli.Input;

/// <summary>
/// One article file read, parsed and validated against the speaker registries that apply to it,
/// its findings at the severities .editorconfig gives them: what artc validate and artc export both
/// start from. I/O failures are thrown.
/// </summary>
/// <param name="Text">The file's text; null when it is not text or too large (the finding says which).</param>
/// <param name="Parsed">The parsed article; null when there is no text.</param>
/// <param name="Article">The article with its speakers resolved against the registries; null when there is no text.</param>
/// <param name="Findings">Every finding, configured rules included.</param>
internal sealed record CheckedArticle(string? Text, ParsedArticle? Parsed, Model.Article? Article, IReadOnlyList<ArticleDiagnostic> Findings)
{
    /// <summary>When there is no text: the line the file's finding points into, if any (<see cref="ArticleFile.ProblemLine"/>).</summary>
    public string ProblemLine { get; init; } = string.Empty;

    public static CheckedArticle Check(string path, long maxFileSize, ValidationOptions options, EditorConfigLookup configuration, RegistryLoader registries)
    {
        var file = ArticleFile.Read(path, maxFileSize);
        if (file.Text is null)
        {
            return new CheckedArticle(null, null, null, configuration.Apply(path, new[] { file.Problem! })) { ProblemLine = file.ProblemLine };
        }

        var parsed = ArticleParser.Parse(file.Text);
        var validated = ArticleValidator.Check(parsed, options with { Registry = registries.ScopeFor(path) });
        return new CheckedArticle(file.Text, parsed, validated.Article, configuration.Apply(path, validated.Findings, parsed));
    }
}
