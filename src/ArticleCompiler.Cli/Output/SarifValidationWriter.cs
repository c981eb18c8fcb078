using System.Collections.Generic;
using System.IO;
using System.Reflection;
using System.Text;
using ArticleCompiler.Checking;
using ArticleCompiler.Validation;

namespace ArticleCompiler.Cli.Output;

/// <summary>
/// SARIF 2.1.0 as GitHub code scanning takes it: one run, a rule for every code with its
/// description, and a result per finding with its file and region (UTF-16 columns).
/// </summary>
internal sealed class SarifValidationWriter : DocumentValidationWriter
{
    public SarifValidationWriter(TextWriter output)
        : base(output)
    {
    }

    /// <inheritdoc />
    public override void Complete(ValidationReport report) => JsonOutput.Write(Output, json =>
    {
        var ruleIndex = new Dictionary<string, int>();
        json.WriteStartObject();
        json.WriteString("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
        json.WriteString("version", "2.1.0");
        json.WriteStartArray("runs");
        json.WriteStartObject();

        json.WriteStartObject("tool");
        json.WriteStartObject("driver");
        json.WriteString("name", "artc");
        json.WriteString("fullName", "ArticleCompiler artc validate");
        json.WriteString("semanticVersion", ToolVersion());
        json.WriteStartArray("rules");
        foreach (var descriptor in DiagnosticDescriptors.All)
        {
            ruleIndex[descriptor.Code] = ruleIndex.Count;
            json.WriteStartObject();
            json.WriteString("id", descriptor.Code);
            json.WriteString("name", RuleName(descriptor.Title));
            json.WriteStartObject("shortDescription");
            json.WriteString("text", descriptor.Title);
            json.WriteEndObject();
            json.WriteStartObject("fullDescription");
            json.WriteString("text", descriptor.Description);
            json.WriteEndObject();
            json.WriteStartObject("help");
            json.WriteString("text", descriptor.Description + " See " + descriptor.HelpLink + ".");
            json.WriteEndObject();
            json.WriteStartObject("defaultConfiguration");
            json.WriteString("level", SeverityNames.SarifLevel(descriptor.DefaultSeverity));
            json.WriteEndObject();
            json.WriteStartObject("properties");
            json.WriteString("category", descriptor.Category);
            json.WriteEndObject();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndObject();

        json.WriteString("columnKind", "utf16CodeUnits");
        json.WriteStartArray("results");
        foreach (var finding in Findings)
        {
            var diagnostic = finding.Finding;
            json.WriteStartObject();
            json.WriteString("ruleId", diagnostic.Code);
            if (ruleIndex.TryGetValue(diagnostic.Code, out var index))
            {
                json.WriteNumber("ruleIndex", index);
            }

            json.WriteString("level", SeverityNames.SarifLevel(diagnostic.Severity));
            json.WriteStartObject("message");
            json.WriteString("text", diagnostic.Message);
            json.WriteEndObject();
            json.WriteStartArray("locations");
            json.WriteStartObject();
            json.WriteStartObject("physicalLocation");
            json.WriteStartObject("artifactLocation");
            json.WriteString("uri", ToUri(finding.Path));
            json.WriteEndObject();
            json.WriteStartObject("region");
            json.WriteNumber("startLine", diagnostic.Span.Line);
            json.WriteNumber("startColumn", diagnostic.Span.Column);
            json.WriteNumber("endLine", diagnostic.Span.EndLine);
            json.WriteNumber("endColumn", diagnostic.Span.EndColumn);
            json.WriteEndObject();
            json.WriteEndObject();
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndArray();
        json.WriteEndObject();
    });

    private static string RuleName(string title)
    {
        var name = new StringBuilder();
        var upper = true;
        foreach (var c in title)
        {
            if (char.IsLetterOrDigit(c))
            {
                name.Append(upper ? char.ToUpperInvariant(c) : c);
                upper = false;
            }
            else
            {
                upper = true;
            }
        }

        return name.ToString();
    }

    // SARIF wants URI references: forward slashes, relative to the run's folder, with spaces and the like escaped.
    private static string ToUri(string path)
    {
        var relative = path.Replace('\\', '/');
        var segments = relative.Split('/');
        for (var i = 0; i < segments.Length; i++)
        {
            segments[i] = System.Uri.EscapeDataString(segments[i]);
        }

        var uri = string.Join("/", segments);
        return relative.StartsWith('/') ? "file://" + uri : uri;
    }

    private static string ToolVersion() =>
        typeof(SarifValidationWriter).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "0.0.0";
}
