using System.IO;
using ArticleCompiler.Checking;
using ArticleCompiler.Cli.Commands;

namespace ArticleCompiler.Cli.Output;

/// <summary>
/// Writes a validation run in one format. Every format renders the same findings and the same
/// report, so they cannot disagree.
/// </summary>
internal abstract class ValidationWriter
{
    /// <summary>The writer for <paramref name="format"/>.</summary>
    public static ValidationWriter For(ValidateCommand.Format format, TextWriter output, bool useColour) => format switch
    {
        ValidateCommand.Format.MsBuild => new MsBuildValidationWriter(output),
        ValidateCommand.Format.Json => new JsonValidationWriter(output),
        ValidateCommand.Format.Sarif => new SarifValidationWriter(output),
        _ => new TextValidationWriter(output, useColour),
    };

    /// <summary>Writes (or keeps) one finding, in the order found.</summary>
    public abstract void Write(ReportedFinding finding);

    /// <summary>Ends the output with the run's counts.</summary>
    public abstract void Complete(ValidationReport report);
}
