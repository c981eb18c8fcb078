using System.Collections.Generic;
using ArticleCompiler.Parsing;
using ArticleCompiler.Validation;

namespace ArticleCompiler.Cli.Input;

/// <summary>
/// One article file read, parsed and validated, its findings at the severities .editorconfig
/// gives them: what artc validate and artc export both start from. I/O failures are thrown.
/// </summary>
/// <param name="Text">The file's text; null when it is not text or too large (the finding says which).</param>
/// <param name="Parsed">The parsed article; null when there is no text.</param>
/// <param name="Findings">Every finding, configured rules included.</param>
internal sealed record CheckedArticle(string? Text, ParsedArticle? Parsed, IReadOnlyList<ArticleDiagnostic> Findings)
{
    public static CheckedArticle Check(string path, long maxFileSize, ValidationOptions options, EditorConfigLookup configuration)
    {
        var file = ArticleFile.Read(path, maxFileSize);
        if (file.Text is null)
        {
            return new CheckedArticle(null, null, configuration.Apply(path, new[] { file.Problem! }));
        }

        var parsed = ArticleParser.Parse(file.Text);
        return new CheckedArticle(file.Text, parsed, configuration.Apply(path, ArticleValidator.Validate(parsed, options), parsed));
    }
}
