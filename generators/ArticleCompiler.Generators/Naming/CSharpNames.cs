using ArticleCompiler.Parsing;
using Microsoft.CodeAnalysis.CSharp;

namespace ArticleCompiler.Generators.Naming;

/// <summary>Turns ids and keys into C# names that always compile.</summary>
internal static class CSharpNames
{
    /// <summary>
    /// The PascalCase name of an id or key (<c>inf-treaty</c> → <c>InfTreaty</c>), made a valid
    /// identifier: a leading digit gets <c>_</c>, a keyword gets <c>@</c>, any other character
    /// that cannot stand in a name becomes <c>_</c>.
    /// </summary>
    public static string FromId(string id)
    {
        var pascal = Slug.ToPascalCase(id);
        var builder = new System.Text.StringBuilder(pascal.Length + 1);
        foreach (var c in pascal)
        {
            // C# ignores formatting characters (a soft hyphen, a zero-width joiner) when it compares
            // names, so two keys that differ only by one would meet: they are dropped.
            if (char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.Format)
            {
                continue;
            }

            builder.Append(SyntaxFacts.IsIdentifierPartCharacter(c) ? c : '_');
        }

        if (builder.Length == 0 || !SyntaxFacts.IsIdentifierStartCharacter(builder[0]))
        {
            builder.Insert(0, '_');
        }

        var name = builder.ToString();
        return SyntaxFacts.GetKeywordKind(name) != SyntaxKind.None ? "@" + name : name;
    }

    /// <summary>A namespace made of valid identifiers; empty for the global namespace.</summary>
    public static string Namespace(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return string.Empty;
        }

        var parts = value!.Trim().Split('.');
        for (var i = 0; i < parts.Length; i++)
        {
            var part = parts[i];
            var builder = new System.Text.StringBuilder(part.Length + 1);
            foreach (var c in part)
            {
                builder.Append(SyntaxFacts.IsIdentifierPartCharacter(c) ? c : '_');
            }

            if (builder.Length == 0 || !SyntaxFacts.IsIdentifierStartCharacter(builder[0]))
            {
                builder.Insert(0, '_');
            }

            var name = builder.ToString();
            parts[i] = SyntaxFacts.GetKeywordKind(name) != SyntaxKind.None ? "@" + name : name;
        }

        return string.Join(".", parts);
    }
}
