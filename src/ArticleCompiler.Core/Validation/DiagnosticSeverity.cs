namespace ArticleCompiler.Validation;

/// <summary>How serious a finding is. Only <see cref="Error"/> fails validation or a build.</summary>
public enum DiagnosticSeverity
{
    /// <summary>Shown in editors; not printed by default on the command line.</summary>
    Info,

    /// <summary>Worth fixing; does not fail.</summary>
    Warning,

    /// <summary>The article is wrong; validation fails.</summary>
    Error,
}
