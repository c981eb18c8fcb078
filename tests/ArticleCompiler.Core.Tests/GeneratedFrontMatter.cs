using System;
using System.Text;

namespace ArticleCompiler.Core.Tests;

/// <summary>
/// Random front matters (seeded, so a failure repeats) near the edge of what the front matter's
/// scanner takes: format v1's keys and shapes, with scalars that hold YAML's special characters,
/// comments, odd indentation, CRLF, empty values, duplicates and a few shapes only YamlDotNet reads.
/// </summary>
internal static class GeneratedFrontMatter
{
    private static readonly string[] Keys =
    {
        "id", "title", "category", "source", "dateline", "published", "revision", "url", "authors",
        "language", "tags", "speakers", "meta", "mood", "Title", "x.y", "a-b", "_c", "2018",
    };

    private static readonly string[] Atoms =
    {
        "a", "russia-us-syria", "Russia Ready to Increase Cooperation", "2018-01-12", "2018-01-12T09:30:00Z",
        "2018-13-45", "1", "-3", "0", "007", "~", "null", "NULL", "Null", "true", "x: y", "a #b", "a#b", "it's",
        "Q&A", "50%", "[x]", "{y}", "*star", "&amp", "!bang", "|pipe", ">gt", "@at", "`tick", "Café", "“q”",
        "https://example.com/x?y=1#z", "http://user:pw@host/", "ftp://x", "en", "pt-BR", "e n", "organization",
        "person", "robot", "a:b", "trailing:", "?q", ", c", "a,b", "a ]", "]", "-", "- x", "#", "x  y", "é ü — …",
        "\\", "\"", "'", "''", "tab\tx", "a\u00A0b", "%p", ":", "a: ", "x,", "[", "a [b] c",
    };

    // Scalars a v1 front matter holds, which the scanner takes.
    private static readonly string[] PlainAtoms =
    {
        "a", "russia-us-syria", "Russia Ready to Increase Cooperation", "2018-01-12", "2018-01-12T09:30:00Z",
        "1", "0", "~", "null", "it's", "Q&A", "50%", "Café", "“q”", "https://example.com/x?y=1#z", "en", "pt-BR",
        "organization", "person", "a:b", "a#b", "a [b] c", "x  y",
    };

    // Half the front matters are clean (v1 shapes only); the others wander off them anywhere.
    [ThreadStatic]
    private static bool _clean;

    public static string Next(Random random)
    {
        _clean = random.Next(2) == 0;
        var builder = new StringBuilder();
        var count = random.Next(0, 9);
        var used = new System.Collections.Generic.HashSet<string>();
        for (var i = 0; i < count; i++)
        {
            if (random.Next(8) == 0)
            {
                builder.Append(random.Next(2) == 0 ? "\n" : "# a comment: [x]\n");
            }

            var key = i == 0 && random.Next(3) > 0 ? "id" : Keys[random.Next(Keys.Length)];
            if (_clean && !used.Add(key))
            {
                continue;
            }

            builder.Append(key).Append(':');
            AppendValue(builder, random, key, indent: 0);
        }

        var text = builder.ToString();
        if (_clean && text.Length == 0)
        {
            text = "id: a\n";
        }

        return random.Next(10) == 0 ? text.Replace("\n", "\r\n") : text;
    }

    private static void AppendValue(StringBuilder builder, Random random, string key, int indent)
    {
        var shape = key == "speakers" ? 7 + random.Next(3) : key == "meta" ? 6 + random.Next(4) : random.Next(10);
        if (_clean && shape == 6)
        {
            shape = 0;
        }

        switch (shape)
        {
            case 0:
            case 1:
            case 2:
            case 3:
                builder.Append(' ').Append(Scalar(random)).Append(Comment(random)).Append('\n');
                break;
            case 4:
                builder.Append(" [");
                var items = random.Next(0, 4);
                for (var i = 0; i < items; i++)
                {
                    builder.Append(i > 0 ? (random.Next(4) == 0 ? "," : ", ") : string.Empty).Append(Scalar(random));
                }

                builder.Append(']').Append(Comment(random)).Append('\n');
                break;
            case 5:
                builder.Append(Comment(random)).Append('\n');
                var dash = new string(' ', indent + random.Next(0, 3));
                var lines = random.Next(0, 4);
                for (var i = 0; i < lines; i++)
                {
                    builder.Append(dash).Append("- ").Append(Scalar(random)).Append(Comment(random)).Append('\n');
                }

                break;
            case 6:
                builder.Append(random.Next(4) == 0 ? " " : string.Empty).Append('\n');
                break;
            default:
                builder.Append(Comment(random)).Append('\n');
                var inner = indent + 1 + random.Next(4);
                var entries = random.Next(0, 4);
                for (var i = 0; i < entries; i++)
                {
                    var nested = !_clean && random.Next(12) == 0 ? inner + 1 : inner;
                    var entryKey = key == "speakers" ? (!_clean && random.Next(6) == 0 ? "Bad Key" : "s" + (_clean ? i : random.Next(4))) : _clean ? "k" + i : Keys[random.Next(Keys.Length)];
                    builder.Append(' ', nested).Append(entryKey).Append(':');
                    if (key == "speakers" && random.Next(5) > 0)
                    {
                        builder.Append('\n');
                        var fieldIndent = nested + 1 + random.Next(3);
                        var fields = random.Next(_clean ? 1 : 0, 4);
                        for (var f = 0; f < fields; f++)
                        {
                            var field = new[] { "name", "role", "aliases", "kind", "nmae" }[_clean ? f : random.Next(5)];
                            builder.Append(' ', fieldIndent).Append(field).Append(':');
                            AppendValue(builder, random, field, fieldIndent);
                        }
                    }
                    else
                    {
                        AppendValue(builder, random, "value", nested);
                    }
                }

                break;
        }
    }

    private static string Scalar(Random random)
    {
        var atom = _clean ? PlainAtoms[random.Next(PlainAtoms.Length)] : Atoms[random.Next(Atoms.Length)];
        switch (random.Next(5))
        {
            case 0:
                return "'" + atom.Replace("'", "''") + "'";
            case 1:
                var escaped = atom.Replace("\\", "\\\\").Replace("\"", "\\\"");
                return "\"" + (random.Next(6) == 0 ? escaped + "\\u00e9\\n" : escaped) + "\"";
            default:
                return atom;
        }
    }

    private static string Comment(Random random) => random.Next(6) == 0 ? "  # note: [x] 'y'" : random.Next(12) == 0 ? " #" : string.Empty;
}
