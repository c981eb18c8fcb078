using System.Text;

namespace ArticleCompiler.Parsing;

/// <summary>Turns a heading into a section id.</summary>
public static class Slug
{
    // ASCII folds of U+00C0..U+017F (Latin-1 Supplement and Latin Extended-A letters), by hand rather
    // than through Unicode normalisation, which is not available with invariant globalization: the
    // CLI and the generator inside the compiler must make the same ids.
    private const int FoldStart = 0xC0;

    private static readonly string[] Folds =
    {
        "a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i", "i",
        "d", "n", "o", "o", "o", "o", "o", "", "o", "u", "u", "u", "u", "y", "th", "ss",
        "a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i", "i",
        "d", "n", "o", "o", "o", "o", "o", "", "o", "u", "u", "u", "u", "y", "th", "y",
        "a", "a", "a", "a", "a", "a", "c", "c", "c", "c", "c", "c", "c", "c", "d", "d",
        "d", "d", "e", "e", "e", "e", "e", "e", "e", "e", "e", "e", "g", "g", "g", "g",
        "g", "g", "g", "g", "h", "h", "h", "h", "i", "i", "i", "i", "i", "i", "i", "i",
        "i", "i", "ij", "ij", "j", "j", "k", "k", "k", "l", "l", "l", "l", "l", "l", "l",
        "l", "l", "l", "n", "n", "n", "n", "n", "n", "n", "ng", "ng", "o", "o", "o", "o",
        "o", "o", "oe", "oe", "r", "r", "r", "r", "r", "r", "s", "s", "s", "s", "s", "s",
        "s", "s", "t", "t", "t", "t", "t", "t", "u", "u", "u", "u", "u", "u", "u", "u",
        "u", "u", "u", "u", "w", "w", "y", "y", "y", "z", "z", "z", "z", "z", "z", "s",
    };

    /// <summary>
    /// Lower-cases, folds accents to ASCII, drops apostrophes, turns every other run of characters
    /// that are not ASCII letters or digits into one hyphen, trims hyphens, and prefixes <c>s-</c>
    /// when the result does not start with a letter (<c>On Russia-US Relations</c> →
    /// <c>on-russia-us-relations</c>).
    /// </summary>
    public static string FromHeading(string heading)
    {
        var builder = new StringBuilder(heading.Length);
        var pendingHyphen = false;
        foreach (var c in heading)
        {
            if (c is '\'' or '\u2019' or '\u2018' || (c >= '\u0300' && c <= '\u036F'))
            {
                // Apostrophes and combining accents (of decomposed text) vanish.
                continue;
            }

            var folded = Fold(c);
            if (folded.Length > 0)
            {
                if (pendingHyphen && builder.Length > 0)
                {
                    builder.Append('-');
                }

                pendingHyphen = false;
                builder.Append(folded);
            }
            else
            {
                pendingHyphen = true;
            }
        }

        if (builder.Length == 0)
        {
            return "section";
        }

        return builder[0] >= 'a' && builder[0] <= 'z' ? builder.ToString() : "s-" + builder;
    }

    private static string Fold(char c)
    {
        if (c >= 'A' && c <= 'Z')
        {
            return ((char)(c + ('a' - 'A'))).ToString();
        }

        if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))
        {
            return c.ToString();
        }

        return c >= FoldStart && c < FoldStart + Folds.Length ? Folds[c - FoldStart] : string.Empty;
    }

    /// <summary>The PascalCase C# name of an id or key (<c>inf-treaty</c> → <c>InfTreaty</c>).</summary>
    public static string ToPascalCase(string id)
    {
        var builder = new StringBuilder(id.Length);
        var upper = true;
        foreach (var c in id)
        {
            if (c == '-')
            {
                upper = true;
                continue;
            }

            builder.Append(upper ? char.ToUpperInvariant(c) : c);
            upper = false;
        }

        return builder.ToString();
    }
}
