using System;
using ArticleCompiler.Registry;

namespace ArticleCompiler.Validation;

/// <summary>What validation needs from outside the article.</summary>
/// <param name="Now">The present moment, for the rule on future publication dates.</param>
public sealed record ValidationOptions(DateTimeOffset Now)
{
    /// <summary>The fewest words a double-quoted span needs to count as an unattributed quote.</summary>
    public const int UnattributedQuoteMinimumWords = 4;

    /// <summary>The registry entries that apply to the article (none by default).</summary>
    public RegistryScope Registry { get; init; } = RegistryScope.Empty;
}
