using System.Collections.Generic;
using System.IO;
using ArticleCompiler.Checking;

namespace ArticleCompiler.Cli.Output;

/// <summary>
/// One JSON document: <c>{ "files", "errors", "warnings", "diagnostics": [ { "code", "severity",
/// "message", "file", "line", "column", "endLine", "endColumn" } ] }</c>.
/// </summary>
internal sealed class JsonValidationWriter : DocumentValidationWriter
{
    public JsonValidationWriter(TextWriter output)
        : base(output)
    {
    }

    /// <inheritdoc />
    public override void Complete(ValidationReport report) => JsonOutput.Write(Output, json =>
    {
        json.WriteStartObject();
        json.WriteNumber("files", report.Files);
        json.WriteNumber("errors", report.Errors);
        json.WriteNumber("warnings", report.Warnings);
        json.WriteStartArray("diagnostics");
        foreach (var finding in Findings)
        {
            var diagnostic = finding.Finding;
            json.WriteStartObject();
            json.WriteString("code", diagnostic.Code);
            json.WriteString("severity", SeverityNames.Of(diagnostic.Severity));
            json.WriteString("message", diagnostic.Message);
            json.WriteString("file", finding.Path);
            json.WriteNumber("line", diagnostic.Span.Line);
            json.WriteNumber("column", diagnostic.Span.Column);
            json.WriteNumber("endLine", diagnostic.Span.EndLine);
            json.WriteNumber("endColumn", diagnostic.Span.EndColumn);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    });
}
