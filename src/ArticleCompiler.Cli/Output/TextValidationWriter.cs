using System;
using System.Globalization;
using System.IO;
using ArticleCompiler.Checking;
using ArticleCompiler.Validation;

namespace ArticleCompiler.Cli.Output;

/// <summary>
/// Compiler-style text for people: <c>file:line:col: error CODE: message</c>, the source line with
/// a caret under the span, and a closing summary.
/// </summary>
internal sealed class TextValidationWriter : ValidationWriter
{
    private readonly TextWriter _output;
    private readonly bool _useColour;

    public TextValidationWriter(TextWriter output, bool useColour)
    {
        _output = output;
        _useColour = useColour;
    }

    /// <inheritdoc />
    public override void Write(ReportedFinding finding)
    {
        var diagnostic = finding.Finding;
        var span = diagnostic.Span;
        var severity = SeverityNames.Of(diagnostic.Severity);
        var severityColour = diagnostic.Severity == DiagnosticSeverity.Error ? ConsoleColour.Red : ConsoleColour.Yellow;
        _output.WriteLine(string.Format(
            CultureInfo.InvariantCulture,
            "{0}{1}:{2}:{3}:{4} {5}{6} {7}:{8} {9}",
            Colour(ConsoleColour.Bold),
            finding.Path,
            span.Line,
            span.Column,
            Colour(ConsoleColour.Reset),
            Colour(severityColour),
            severity,
            diagnostic.Code,
            Colour(ConsoleColour.Reset),
            diagnostic.Message));

        if (finding.Excerpt.Shown is not { } shown)
        {
            return;
        }

        var (caretStart, caretLength) = (finding.Excerpt.CaretStart, finding.Excerpt.CaretLength);
        var gutter = span.Line.ToString(CultureInfo.InvariantCulture);
        _output.WriteLine($"{Colour(ConsoleColour.Dim)}{gutter} |{Colour(ConsoleColour.Reset)} {shown}");
        _output.WriteLine($"{Colour(ConsoleColour.Dim)}{new string(' ', gutter.Length)} |{Colour(ConsoleColour.Reset)} {new string(' ', caretStart)}{Colour(ConsoleColour.Green)}^{new string('~', Math.Max(0, caretLength - 1))}{Colour(ConsoleColour.Reset)}");
    }

    /// <inheritdoc />
    public override void Complete(ValidationReport report)
    {
        var summary = string.Format(
            CultureInfo.InvariantCulture,
            "{0} {1} checked: {2} {3}, {4} {5}.",
            report.Files,
            report.Files == 1 ? "file" : "files",
            report.Errors,
            report.Errors == 1 ? "error" : "errors",
            report.Warnings,
            report.Warnings == 1 ? "warning" : "warnings");
        var colour = report.Errors > 0 ? ConsoleColour.Red : report.Warnings > 0 ? ConsoleColour.Yellow : ConsoleColour.Green;
        _output.WriteLine($"{Colour(colour)}{summary}{Colour(ConsoleColour.Reset)}");
    }

    private string Colour(string code) => _useColour ? code : string.Empty;
}
