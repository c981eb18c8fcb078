using ArticleCompiler.Checking;
using ArticleCompiler.Validation;

namespace ArticleCompiler.Cli.Output;

/// <summary>The counts of a validation run, which every format's summary reports.</summary>
internal sealed class ValidationReport
{
    /// <summary>Files read.</summary>
    public int Files { get; set; }

    /// <summary>Findings at error level (after --warnaserror).</summary>
    public int Errors { get; private set; }

    /// <summary>Findings at warning level.</summary>
    public int Warnings { get; private set; }

    /// <summary>Counts <paramref name="finding"/>, raising warnings to errors when asked; returns it as reported.</summary>
    public ReportedFinding Add(ReportedFinding finding, bool warnAsError)
    {
        var diagnostic = finding.Finding;
        if (warnAsError && diagnostic.Severity == DiagnosticSeverity.Warning)
        {
            finding = finding with { Finding = diagnostic with { Severity = DiagnosticSeverity.Error } };
        }

        switch (finding.Finding.Severity)
        {
            case DiagnosticSeverity.Error:
                Errors++;
                break;
            case DiagnosticSeverity.Warning:
                Warnings++;
                break;
        }

        return finding;
    }
}
