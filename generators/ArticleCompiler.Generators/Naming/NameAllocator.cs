using System.Collections.Generic;

namespace ArticleCompiler.Generators.Naming;

/// <summary>
/// Hands out member names in one type: a name already taken (by an earlier member or by a name the
/// type reserves) gets a suffix (<c>X1</c>, then <c>X1_2</c>), and the caller learns of the collision.
/// </summary>
internal sealed class NameAllocator
{
    private readonly HashSet<string> _taken;

    /// <summary>Starts with <paramref name="reserved"/> taken.</summary>
    public NameAllocator(IEnumerable<string> reserved) => _taken = new HashSet<string>(reserved, System.StringComparer.Ordinal);

    // From a set of the same comparer the table is copied at its size, not grown name by name: a
    // thousand articles each start two allocators from the same reserved names.
    private NameAllocator(HashSet<string> reserved) => _taken = new HashSet<string>(reserved, reserved.Comparer);

    /// <summary>The names that <paramref name="reserved"/> reserves, for <see cref="Start"/>; made once, shared by every allocator started from it.</summary>
    public static HashSet<string> Reserve(IEnumerable<string> reserved) => new(reserved, System.StringComparer.Ordinal);

    /// <summary>An allocator with the names of <paramref name="reserved"/> (from <see cref="Reserve"/>) taken.</summary>
    public static NameAllocator Start(HashSet<string> reserved) => new(reserved);

    /// <summary>The names every generated type reserves (members of <c>object</c>).</summary>
    public static readonly string[] ObjectMembers = { "Equals", "GetHashCode", "GetType", "ToString", "MemberwiseClone", "ReferenceEquals", "Finalize" };

    /// <summary>A free name for <paramref name="wanted"/>; <paramref name="collided"/> says whether it had to change.</summary>
    public string Allocate(string wanted, out bool collided)
    {
        collided = !_taken.Add(wanted);
        if (!collided)
        {
            return wanted;
        }

        var bare = wanted.StartsWith("@", System.StringComparison.Ordinal) ? wanted.Substring(1) : wanted;
        for (var n = 2; ; n++)
        {
            var candidate = bare + "_" + n.ToString(System.Globalization.CultureInfo.InvariantCulture);
            if (_taken.Add(candidate))
            {
                return candidate;
            }
        }
    }
}
