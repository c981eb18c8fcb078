using System.Globalization;
using System.Text;

namespace ArticleCompiler.Parsing;

/// <summary>Turns a heading into a section id.</summary>
public static class Slug
{
    /// <summary>
    /// Lower-cases, folds accents to ASCII, drops apostrophes, turns every other run of characters
    /// that are not ASCII letters or digits into one hyphen, trims hyphens, and prefixes <c>s-</c>
    /// when the result does not start with a letter (<c>On Russia-US Relations</c> →
    /// <c>on-russia-us-relations</c>).
    /// </summary>
    public static string FromHeading(string heading)
    {
        var decomposed = heading.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        var pendingHyphen = false;
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark || c is '\'' or '\u2019' or '\u2018')
            {
                continue;
            }

            var lower = char.ToLowerInvariant(c);
            if ((lower >= 'a' && lower <= 'z') || (lower >= '0' && lower <= '9'))
            {
                if (pendingHyphen && builder.Length > 0)
                {
                    builder.Append('-');
                }

                pendingHyphen = false;
                builder.Append(lower);
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
