using System.Globalization;
using System.IO;
using ArticleCompiler.Checking;

namespace ArticleCompiler.Cli.Output;

/// <summary><c>file(line,col): error CODE: message</c>, one finding a line: MSBuild's canonical error format.</summary>
internal sealed class MsBuildValidationWriter : ValidationWriter
{
    private readonly TextWriter _output;

    public MsBuildValidationWriter(TextWriter output) => _output = output;

    /// <inheritdoc />
    public override void Write(ReportedFinding finding)
    {
        var diagnostic = finding.Finding;
        _output.WriteLine(string.Format(
            CultureInfo.InvariantCulture,
            "{0}({1},{2}): {3} {4}: {5}",
            finding.Path,
            diagnostic.Span.Line,
            diagnostic.Span.Column,
            SeverityNames.Of(diagnostic.Severity),
            diagnostic.Code,
            diagnostic.Message));
    }

    /// <inheritdoc />
    public override void Complete(ValidationReport report)
    {
    }
}
