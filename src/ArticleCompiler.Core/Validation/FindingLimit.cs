using System.Collections.Generic;
using System.Globalization;
using ArticleCompiler.Configuration;

namespace ArticleCompiler.Validation;

/// <summary>
/// At most <see cref="PerFile"/> findings of one file are reported, as compilers stop after so many
/// errors; one more finding (ARTC115) says how many were left out and stands where the first of them
/// does. It counts the findings a user sees: it is applied after .editorconfig severities, so
/// findings set to <c>none</c> take no place and a real error is never hidden behind them. The build
/// and every <c>artc</c> command call <see cref="Configure"/>, so they report the same findings.
/// </summary>
public static class FindingLimit
{
    /// <summary>The most findings reported for one file before the summary.</summary>
    public const int PerFile = 100;

    /// <summary>
    /// The findings of one file (<paramref name="ordered"/>, ordered by position) as they are
    /// reported: at the severities <paramref name="configured"/> sets, suppressed ones dropped, then
    /// cut to <see cref="PerFile"/> and the summary (ARTC115) of the rest.
    /// </summary>
    public static List<Finding> Configure(IEnumerable<Finding> ordered, IReadOnlyDictionary<string, ConfiguredSeverity> configured)
    {
        var result = new List<Finding>();
        foreach (var finding in ordered)
        {
            if (SeverityConfiguration.Apply(finding, configured) is { } severity)
            {
                result.Add(severity == finding.Severity ? finding : finding with { Severity = severity });
            }
        }

        return Apply(result, configured);
    }

    /// <summary>
    /// Cuts <paramref name="ordered"/> (ordered by position) to its first <see cref="PerFile"/>
    /// findings and the summary of the rest; a list that fits is returned as it is.
    /// </summary>
    public static List<Finding> Apply(List<Finding> ordered) =>
        Apply(ordered, new Dictionary<string, ConfiguredSeverity>());

    private static List<Finding> Apply(List<Finding> ordered, IReadOnlyDictionary<string, ConfiguredSeverity> configured)
    {
        if (ordered.Count <= PerFile)
        {
            return ordered;
        }

        var errors = 0;
        var warnings = 0;
        for (var i = PerFile; i < ordered.Count; i++)
        {
            switch (ordered[i].Severity)
            {
                case DiagnosticSeverity.Error:
                    errors++;
                    break;
                case DiagnosticSeverity.Warning:
                    warnings++;
                    break;
            }
        }

        var omitted = ordered.Count - PerFile;
        var first = ordered[PerFile];
        var summary = Finding.Create(
            DiagnosticDescriptors.TooManyFindings,
            first.Span,
            omitted.ToString(CultureInfo.InvariantCulture),
            Count(errors, "error") + ", " + Count(warnings, "warning"),
            PerFile.ToString(CultureInfo.InvariantCulture));

        // By default the summary is as severe as the worst finding it stands for. Configuring ARTC115
        // can change that only for a summary of warnings and suggestions: left-out errors still fail
        // the file, whatever ARTC115 is set to.
        DiagnosticSeverity? severity = errors > 0 ? DiagnosticSeverity.Error : warnings > 0 ? DiagnosticSeverity.Warning : DiagnosticSeverity.Info;
        if (errors == 0 && configured.ContainsKey(summary.Code))
        {
            severity = SeverityConfiguration.Apply(summary with { Severity = severity.Value }, configured);
        }

        ordered.RemoveRange(PerFile, omitted);
        if (severity is { } reported)
        {
            ordered.Add(summary with { Severity = reported });
        }

        return ordered;
    }

    private static string Count(int count, string noun) =>
        count.ToString(CultureInfo.InvariantCulture) + " " + noun + (count == 1 ? string.Empty : "s");
}
