using System.Collections.Generic;
using System.Globalization;

namespace ArticleCompiler.Validation;

/// <summary>
/// At most <see cref="PerFile"/> findings of one file are reported, as compilers stop after so many
/// errors; one more finding (ARTC115) says how many were left out and stands where the first of them
/// does. It is applied where the rules run, so the build, <c>artc validate</c> and every other
/// command report the same findings, and a file with 20,000 mistakes costs its writers 101.
/// </summary>
public static class FindingLimit
{
    /// <summary>The most findings reported for one file before the summary.</summary>
    public const int PerFile = 100;

    /// <summary>
    /// Cuts <paramref name="ordered"/> (ordered by position) to its first <see cref="PerFile"/>
    /// findings and the summary of the rest; a list that fits is returned as it is.
    /// </summary>
    public static List<ArticleDiagnostic> Apply(List<ArticleDiagnostic> ordered)
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
        var summary = ArticleDiagnostic.Create(
            DiagnosticDescriptors.TooManyFindings,
            first.Span,
            omitted.ToString(CultureInfo.InvariantCulture),
            Count(errors, "error") + ", " + Count(warnings, "warning"),
            PerFile.ToString(CultureInfo.InvariantCulture));

        // Left-out errors still fail the file: the summary is as severe as the worst of them.
        var severity = errors > 0 ? DiagnosticSeverity.Error : warnings > 0 ? DiagnosticSeverity.Warning : DiagnosticSeverity.Info;
        ordered.RemoveRange(PerFile, omitted);
        ordered.Add(summary with { Severity = severity });
        return ordered;
    }

    private static string Count(int count, string noun) =>
        count.ToString(CultureInfo.InvariantCulture) + " " + noun + (count == 1 ? string.Empty : "s");
}
