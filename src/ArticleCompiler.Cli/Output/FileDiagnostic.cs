using ArticleCompiler.Validation;

namespace ArticleCompiler.Cli.Output;

/// <summary>A finding in a file, with the text of the line it starts on (for the caret display).</summary>
internal sealed record FileDiagnostic(string Path, ArticleDiagnostic Diagnostic, string LineText);
