namespace ArticleCompiler.Cli.Output.Diff;

/// <summary>The two files compared, as given on the command line, and their revision numbers.</summary>
internal sealed record DiffSides(string OldPath, string NewPath, int? OldRevision, int? NewRevision);
