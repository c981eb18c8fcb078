namespace ArticleCompiler.Text;

/// <summary>
/// The 32-bit FNV-1a hash over UTF-16 units: stable across processes, unlike string.GetHashCode.
/// The runtime's <c>ArticleData.Hash</c> computes the same for the embedded text's check (the
/// runtime has no dependencies, so it keeps its own copy).
/// </summary>
public static class Fnv1a
{
    /// <summary>The hash of <paramref name="text"/>.</summary>
    public static uint Hash(string text) => Append(OffsetBasis, text);

    /// <summary>The hash of an empty text, to <see cref="Append"/> to.</summary>
    public const uint OffsetBasis = 2166136261u;

    /// <summary>The hash of a text that continues one whose hash is <paramref name="hash"/>: no need to concatenate them.</summary>
    public static uint Append(uint hash, string text)
    {
        foreach (var c in text)
        {
            hash = unchecked((hash ^ c) * 16777619u);
        }

        return hash;
    }
}
