using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using ArticleCompiler.Model;
using ArticleCompiler.Parsing;

namespace ArticleCompiler.Annotation;

/// <summary>The draft's front matter: its id, title and the other keys the raw article gives, and the speakers it quotes.</summary>
internal static partial class DraftWriter
{
    private static string FrontMatter(RawArticle article, string id, IReadOnlyList<QuoteAnnotation> quotes, SpeakerKeys speakerKeys)
    {
        var keys = speakerKeys.Keys;
        var yaml = new StringBuilder();
        yaml.Append(IdLine(id));
        yaml.Append("title: ").Append(Quoted(article.Title)).Append('\n');
        if (article.Category is { } category)
        {
            yaml.Append("category: ").Append(Scalar(category)).Append('\n');
        }

        if (article.Source is { } source)
        {
            yaml.Append("source: ").Append(Scalar(source)).Append('\n');
        }

        if (article.Dateline is { } dateline)
        {
            yaml.Append("dateline: ").Append(Scalar(dateline)).Append('\n');
        }

        if (article.Authors.Count > 0)
        {
            yaml.Append("authors: [").Append(string.Join(", ", article.Authors.Select(Scalar))).Append("]\n");
        }

        yaml.Append("language: en\n");
        // A registry speaker is quoted, not defined: the registry's entry (its role too) stands.
        var speakers = quotes
            .Where(q => q.Speaker is not null && keys.TryGetValue(q.Speaker, out var key) && !speakerKeys.RegistryKeys.Contains(key))
            .Select(q => q.Speaker!).Distinct().OrderBy(e => e.Order).ToList();
        if (speakers.Count > 0)
        {
            yaml.Append("speakers:\n");
            var written = new HashSet<string>(StringComparer.Ordinal);
            foreach (var speaker in speakers)
            {
                var key = keys[speaker];
                if (!written.Add(key))
                {
                    continue;   // two mentions the registry knows as one person
                }

                if (speakerKeys.Copied.TryGetValue(key, out var entry))
                {
                    WriteSpeaker(yaml, key, entry.Name, entry.Role, entry.Aliases.ToList(), entry.Kind == SpeakerKind.Organization);
                    continue;
                }

                var aliases = speaker.Aliases.ToList();
                if (speaker.Acronym is { } acronym && !aliases.Contains(acronym))
                {
                    aliases.Insert(0, acronym);
                }

                WriteSpeaker(yaml, key, speaker.Name, speaker.Role, aliases, speaker.IsOrganisation);
            }
        }

        return yaml.ToString();
    }

    private static void WriteSpeaker(StringBuilder yaml, string key, string name, string? role, IReadOnlyList<string> aliases, bool isOrganisation)
    {
        yaml.Append("  ").Append(key).Append(":\n");
        yaml.Append("    name: ").Append(Scalar(name)).Append('\n');
        if (role is not null)
        {
            yaml.Append("    role: ").Append(Scalar(role)).Append('\n');
        }

        if (aliases.Count > 0)
        {
            yaml.Append("    aliases: [").Append(string.Join(", ", aliases.Select(Scalar))).Append("]\n");
        }

        if (isOrganisation)
        {
            yaml.Append("    kind: organization\n");
        }
    }

    /// <summary>
    /// The front-matter line of the article id <paramref name="id"/>: quoted when YAML would read it
    /// as something else (<c>null</c>, <c>yes</c>, <c>2016</c>), as a draft must not lose its id.
    /// </summary>
    public static string IdLine(string id) => "id: " + Scalar(id) + "\n";

    /// <summary>The longest article id a draft gets.</summary>
    public const int MaxIdLength = 64;

    /// <summary>
    /// The slug of <paramref name="text"/> (a title or a file name; an article id may start with a
    /// digit, so no "s-" prefix), cut at a hyphen to at most <see cref="MaxIdLength"/> characters.
    /// </summary>
    public static string ArticleId(string text)
    {
        var slug = Slug.FromHeading(text);
        var firstCharacter = text.FirstOrDefault(char.IsLetterOrDigit);
        if (slug.StartsWith("s-", StringComparison.Ordinal) && char.IsDigit(firstCharacter))
        {
            slug = slug.Substring(2);   // the prefix a section id needs; an article id may start with a digit
        }

        slug = CutId(slug, MaxIdLength);
        return SyntaxRules.IsArticleId(slug) && slug != "section" ? slug : "article";
    }

    /// <summary><paramref name="id"/> cut at a hyphen to at most <paramref name="max"/> characters (at a character when one word is longer).</summary>
    public static string CutId(string id, int max)
    {
        if (id.Length <= max)
        {
            return id;
        }

        var hyphen = id.LastIndexOf('-', max);
        return hyphen > 0 ? id.Substring(0, hyphen) : id.Substring(0, max);
    }

    private static string Scalar(string value)
    {
        var plain = value.Length > 0 && char.IsLetter(value[0]) && value.Trim() == value
            && value.All(c => char.IsLetterOrDigit(c) || c is ' ' or '.' or '\'' or '\u2019' or '-' or '(' or ')' or '&' or '/');
        return plain && !IsYamlKeyword(value) ? value : Quoted(value);
    }

    private static bool IsYamlKeyword(string value) =>
        value.ToLowerInvariant() is "yes" or "no" or "true" or "false" or "on" or "off" or "null" or "y" or "n";

    private static string Quoted(string value)
    {
        var output = new StringBuilder(value.Length + 2).Append('"');
        foreach (var c in value)
        {
            switch (c)
            {
                case '"': output.Append("\\\""); break;
                case '\\': output.Append("\\\\"); break;
                default:
                    if (char.IsControl(c) || char.GetUnicodeCategory(c) is UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator)
                    {
                        output.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        output.Append(c);
                    }

                    break;
            }
        }

        return output.Append('"').ToString();
    }
}
