using System.Collections.Generic;
using System.IO;
using ArticleCompiler.Checking;

namespace ArticleCompiler.Cli.Output;

/// <summary>
/// A format that is one document (JSON, SARIF): findings are kept as they come and the document
/// is written whole at the end, so an interrupted run never leaves half a document.
/// </summary>
internal abstract class DocumentValidationWriter : ValidationWriter
{
    protected DocumentValidationWriter(TextWriter output) => Output = output;

    /// <summary>Where the document goes.</summary>
    protected TextWriter Output { get; }

    /// <summary>The findings so far, in order.</summary>
    protected List<ReportedFinding> Findings { get; } = new();

    /// <inheritdoc />
    public sealed override void Write(ReportedFinding finding) => Findings.Add(finding);
}
