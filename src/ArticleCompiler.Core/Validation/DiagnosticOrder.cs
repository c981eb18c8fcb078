using System.Collections.Generic;

namespace ArticleCompiler.Validation;

/// <summary>Orders findings by position, then by code, so every output lists them alike.</summary>
public sealed class DiagnosticOrder : IComparer<Finding>
{
    /// <summary>The one instance.</summary>
    public static DiagnosticOrder Instance { get; } = new();

    /// <inheritdoc />
    public int Compare(Finding? x, Finding? y)
    {
        if (ReferenceEquals(x, y))
        {
            return 0;
        }

        if (x is null)
        {
            return -1;
        }

        if (y is null)
        {
            return 1;
        }

        var byStart = x.Span.Start.CompareTo(y.Span.Start);
        return byStart != 0 ? byStart : string.CompareOrdinal(x.Code, y.Code);
    }
}
