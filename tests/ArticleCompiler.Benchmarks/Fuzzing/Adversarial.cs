using System;
using System.Globalization;
using System.Linq;
using System.Text;

namespace ArticleCompiler.Benchmarks.Fuzzing;

/// <summary>
/// Hand-made hostile pieces of articles: what a careless editor, a broken export or an attacker
/// puts in a file. Each builder takes the run's random source so an input can be made again from
/// its number.
/// </summary>
internal static class Adversarial
{
    /// <summary>Names the generator turns into C# identifiers: keywords, digits, underscores, its own members.</summary>
    public static readonly string[] Identifiers =
    {
        "class", "namespace", "global", "static", "void", "int", "string", "object", "null", "true",
        "false", "this", "base", "new", "event", "operator", "default", "value", "var", "async",
        "await", "record", "1abc", "2018", "0", "__", "_", "a_b", "a--b", "-a", "a-", "A", "ABC",
        "all", "count", "sections", "speakers", "quotes", "lead", "section", "articles", "equals",
        "get-hash-code", "to-string", "get-type", "item", "system", "microsoft", "article",
        "speaker", "quote", "x1", "x-1", "données", "дума", "東京", "a\u0301", "e\u200Bx",
        new string('a', 600), string.Join("-", Enumerable.Repeat("ab", 200)),
    };

    /// <summary>Text that breaks generated code or documentation if emitted unescaped.</summary>
    public static readonly string[] CodeBreakers =
    {
        "*/", "/*", "</summary>", "<summary>", "#endregion", "#region x", "#if DEBUG", "#error x",
        "\"\"\"", "{{", "}}", "{0}", "\\", "\\u0041", "\\\"", "<![CDATA[", "]]>", "&amp;", "&", "<",
        "// comment", "@\"", "$\"{x}\"", "\u202E", "\u200B", "\uFEFF", "\u0001", "\u007F", "\t",
        "\u2028", "\u2029", "\u0085", "😀", "\U0001F468\u200D\U0001F469", "nameof(x)", "''", "'",
    };

    /// <summary>Front matter that a YAML reader can be made to spend memory or time on, or to run code for.</summary>
    public static string YamlFrontMatter(Random random)
    {
        switch (random.Next(14))
        {
            case 0:
                return BillionLaughs(random.Next(3, 12), random.Next(2, 12));
            case 1:
                return "id: a\ntitle: !!binary aGVsbG8=\n";
            case 2:
                return "id: !custom a\ntitle: !<tag:example.com,2000:x> T\nspeakers: !!map {}\n";
            case 3:
                return "id: a\ntitle: !!python/object/apply:os.system [\"echo pwned\"]\nsource: !!python/object:__main__.X {a: 1}\n";
            case 4:
                return "id: a\ntitle: T\nspeakers:\n  base: &b {name: B, role: R}\n  x:\n    <<: *b\n    name: X\n";
            case 5:
                return "id: a\nid: b\ntitle: T\ntitle: U\n";
            case 6:
                return "%YAML 1.2\n%TAG ! tag:example.com,2000:\nid: a\ntitle: T\n";
            case 7:
                return "? [complex, key]\n: v\n? {a: b}\n: w\nid: a\ntitle: T\n";
            case 8:
                return "id: &x a\ntitle: *x\nspeakers: *undefined\n";
            case 9:
                return "id: a\ntitle: T\nspeakers:\n  x: &loop\n    name: X\n    aliases: [*loop, *loop]\n";
            case 10:
                // Quotes and '#' that a character scan takes for strings and comments, which YAML does not.
                var first = new[] { "[it's, ", "[a\"b, ", "[a#b, ", "[\"a\\\"\", " }[random.Next(4)];
                var depth = random.Next(10, 50_000);
                return "id: a\ntitle: T\nmeta: " + first + new string('[', depth) + new string(']', depth) + "]\n";
            case 11:
                // Compact nesting on one line: each indicator opens a level.
                return "id: a\ntitle: T\nmeta:\n  " + string.Concat(Enumerable.Repeat(random.Next(2) == 0 ? "- " : "? ", random.Next(10, 50_000))) + "a\n";
            case 12:
                // Brackets and escaped quotes inside quoted strings open nothing.
                return "id: a\ntitle: \"" + string.Concat(Enumerable.Repeat("[\\\"", random.Next(10, 500))) + "\"\nsource: \"first\n  " + new string('[', random.Next(10, 500)) + "\"\n";
            default:
                return "id: a\ntitle: T\nspeakers: " + Nested(random.Next(10, 5000), "{a: ", "}") + "\n";
        }
    }

    /// <summary>"Billion laughs": each level a list of <paramref name="width"/> aliases of the level before.</summary>
    public static string BillionLaughs(int levels, int width)
    {
        var text = new StringBuilder("id: bomb\ntitle: &l0 \"lol\"\n");
        for (var level = 1; level <= levels; level++)
        {
            text.Append(CultureInfo.InvariantCulture, $"x{level}: &l{level} [");
            text.Append(string.Join(", ", Enumerable.Repeat($"*l{level - 1}", width)));
            text.Append("]\n");
        }

        text.Append(CultureInfo.InvariantCulture, $"authors: *l{levels}\nspeakers:\n  a:\n    name: *l0\n    aliases: *l{levels}\n");
        return text.ToString();
    }

    /// <summary><paramref name="depth"/> openers, then as many closers.</summary>
    public static string Nested(int depth, string open, string close) =>
        new StringBuilder(depth * (open.Length + close.Length) + 1).Insert(0, open, depth).Append('x').Insert(depth * open.Length + 1, close, depth).ToString();

    /// <summary>A body piece nested deeply, closed or not.</summary>
    public static string DeepBody(Random random)
    {
        var depth = random.Next(1, 4) switch { 1 => random.Next(10, 100), 2 => random.Next(100, 5000), _ => random.Next(5000, 100_000) };
        var (open, close) = random.Next(9) switch
        {
            0 => ("[", "]"),
            1 => ("{", "}"),
            2 => ("\"", "\""),
            3 => ("\u201C", "\u201D"),
            4 => ("[", "]{@x}"),
            5 => ("\"", "\"{@x}"),
            6 => ("::: aside\n", "\n:::\n"),
            7 => ("{@", "}"),
            _ => ("[\"", "\"{@x}]{@x}"),
        };
        var nested = Nested(depth, open, close);
        return random.Next(3) == 0 ? nested.Substring(0, random.Next(nested.Length)) : nested;
    }

    /// <summary>One line of <paramref name="length"/> characters or so, of a shape chosen by <paramref name="random"/>.</summary>
    public static string HugeLine(Random random, int length)
    {
        var unit = random.Next(10) switch
        {
            0 => "word ",
            1 => "\"Quoted words,\"{@x} he said. ",
            2 => "[reported]{@x} ",
            3 => "\"a\"{@x #q} ",                 // duplicate quote ids on one line (known slow)
            4 => "\"x\"{ .y .y .y .y .y .y .y .y .y .y }",     // bad attribute classes (known slow)
            5 => "\"unclosed ",
            6 => "{@",
            7 => "\\",
            8 => "é😀",
            _ => "a",
        };
        var text = new StringBuilder(length + unit.Length);
        while (text.Length < length)
        {
            text.Append(unit);
        }

        return text.ToString();
    }

    /// <summary>A valid article of about <paramref name="bytes"/> UTF-8 bytes, in one of several shapes.</summary>
    public static string Sized(Random random, string seed, long bytes, out string shape)
    {
        var header = "---\nid: big\ntitle: Big\nspeakers:\n  x:\n    name: X\n---\n\n";
        var body = new StringBuilder(header, (int)Math.Min(int.MaxValue / 2, bytes + 1024));
        string unit;
        switch (random.Next(4))
        {
            case 0:
                shape = "seed body repeated";
                var start = seed.IndexOf("\n---\n", 4, StringComparison.Ordinal) + 5;
                header = seed.Substring(0, start);
                body.Clear().Append(header);
                unit = seed.Substring(start).Replace("## ", "Heading ", StringComparison.Ordinal) + "\n";
                break;
            case 1:
                shape = "one line";
                unit = "Words of one endless paragraph, \"with a quote\"{@x} and [reported speech]{@x}. ";
                break;
            case 2:
                shape = "many quotes";
                unit = "\"Quoted words,\"{@x} he said.\n\n";
                break;
            default:
                shape = "many sections";
                unit = "## Heading\n\nText.\n\n";
                break;
        }

        // Byte counts, not characters: the limit the CLI applies is in bytes.
        var size = (long)Encoding.UTF8.GetByteCount(body.ToString());
        for (var counter = 0; ; counter++)
        {
            var piece = shape == "many sections" ? unit.Replace("Heading", "Heading " + counter.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal) : unit;
            var pieceBytes = Encoding.UTF8.GetByteCount(piece);
            if (size + pieceBytes > bytes)
            {
                break;
            }

            body.Append(piece);
            size += pieceBytes;
        }

        return body.ToString();
    }
}
