namespace ArticleCompiler.Validation;

/// <summary>
/// A finding about one file, named by the path the caller gave it: what the corpus rules, the
/// registries, the CLI's writers and the generator's incremental cache all carry. It is a value
/// (a record of strings and a <see cref="Text.SourceSpan"/>), so the generator can cache it as it is.
/// </summary>
public sealed record FileFinding(string Path, Finding Finding);
