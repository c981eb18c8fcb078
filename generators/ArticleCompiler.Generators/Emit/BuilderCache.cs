using System.Globalization;
using System.Text;

namespace ArticleCompiler.Generators.Emit;

/// <summary>
/// One string builder per thread, taken for the writing of one article's data or one generated file
/// and given back after: a build's first run writes about 5 MB of parts and 2 MB of data for a
/// thousand articles, and fresh buffers for each (grown block by block, then copied) were a third
/// of what the generator allocated.
/// </summary>
internal static class BuilderCache
{
    // A builder bigger than this (2 MB) is let go rather than kept by the compiler server's threads.
    private const int MaximumKeptCapacity = 1024 * 1024;

    [System.ThreadStatic]
    private static StringBuilder? t_cached;

    /// <summary>An empty builder: the thread's own if it is free (a nested writer gets a new one).</summary>
    public static StringBuilder Acquire(int capacity)
    {
        var builder = t_cached;
        if (builder is null)
        {
            return new StringBuilder(capacity);
        }

        t_cached = null;
        builder.Clear();
        return builder;
    }

    /// <summary>Gives <paramref name="builder"/> back; it must not be used after.</summary>
    public static void Release(StringBuilder builder)
    {
        if (builder.Capacity <= MaximumKeptCapacity)
        {
            t_cached = builder;
        }
    }

    /// <summary>The text of <paramref name="builder"/>, which is given back.</summary>
    public static string ToStringAndRelease(StringBuilder builder)
    {
        var text = builder.ToString();
        Release(builder);
        return text;
    }

    /// <summary>Appends <paramref name="value"/> as culture-invariant digits, without a string of its own when it is not negative.</summary>
    public static StringBuilder AppendInvariant(this StringBuilder builder, int value) =>
        // Digits of a number that is not negative are the same in every culture; a minus sign is not.
        value >= 0 ? builder.Append(value) : builder.Append(value.ToString(CultureInfo.InvariantCulture));
}
