using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using ArticleCompiler.Parsing;
using ArticleCompiler.Tests.Shared;

namespace ArticleCompiler.Benchmarks.Fuzzing;

/// <summary>One generated input: the bytes of a file, as the CLI would read them.</summary>
/// <param name="Index">Its number in the run; with the seed, enough to make it again.</param>
/// <param name="Family">The kind of mutation that made it.</param>
/// <param name="Origin">The corpus file it started from, and what was done.</param>
/// <param name="Bytes">The file's content.</param>
/// <param name="IsRegistry">Read as a <c>speakers.yaml</c>, not as an article.</param>
internal sealed record FuzzInput(int Index, string Family, string Origin, byte[] Bytes, bool IsRegistry = false);

/// <summary>
/// The seeded generator of mutated and adversarial inputs. The corpus is the seed and its
/// revisions, the Wikinews gold set (annotated and raw) and the broken-article collection; input
/// N of seed S is always the same bytes.
/// </summary>
internal sealed class FuzzInputs
{
    /// <summary>The families, in the order inputs cycle through them.</summary>
    public static readonly string[] Families =
    {
        "bytes", "utf8-bom", "line-endings", "truncation", "marks", "nesting", "yaml", "identifiers",
        "code-text", "huge-line", "splice", "raw-text", "registry",
    };

    /// <summary>Inputs of the largest size the CLI reads (16 MiB), made once per run.</summary>
    public const string BigFamily = "16-mib";

    private readonly int _seed;
    private readonly List<(string Name, string Text)> _articles;
    private readonly List<(string Name, string Text)> _raw;
    private readonly string _registry;

    public FuzzInputs(int seed)
    {
        _seed = seed;
        var root = RepositoryPaths.Root;
        _articles = Files(Path.Combine(root, "seeds"), "*.article.md")
            .Concat(Files(RepositoryPaths.Gold, "*.article.md"))
            .Concat(Files(Path.Combine(root, "tests", "ArticleCompiler.Core.Tests", "Broken"), "*.article.md"))
            .ToList();
        _raw = Files(Path.Combine(root, "seeds", "raw"), "*.txt").Concat(Files(RepositoryPaths.Gold, "*.txt")).ToList();
        _registry = File.ReadAllText(RepositoryPaths.SeedRegistry);
        Seed = File.ReadAllText(RepositoryPaths.Seed);
    }

    /// <summary>The annotated seed.</summary>
    public string Seed { get; }

    /// <summary>How many corpus files inputs start from.</summary>
    public int CorpusSize => _articles.Count + _raw.Count + 1;

    private static IEnumerable<(string, string)> Files(string folder, string pattern) =>
        Directory.EnumerateFiles(folder, pattern, SearchOption.AllDirectories)
            .OrderBy(p => p, StringComparer.Ordinal)
            .Select(p => (Path.GetRelativePath(RepositoryPaths.Root, p), File.ReadAllText(p)));

    /// <summary>The random source of input <paramref name="index"/>.</summary>
    public Random RandomFor(int index) => new(unchecked((_seed * 1_000_003) + index));

    /// <summary>Input number <paramref name="index"/>.</summary>
    public FuzzInput Make(int index)
    {
        var random = RandomFor(index);
        var family = Families[index % Families.Length];
        var (name, text) = family == "raw-text" ? Pick(random, _raw) : Pick(random, _articles);
        switch (family)
        {
            case "bytes":
                return new FuzzInput(index, family, name, ByteNoise(random, Encoding.UTF8.GetBytes(text)));
            case "utf8-bom":
                return new FuzzInput(index, family, name, Utf8Damage(random, Encoding.UTF8.GetBytes(text)));
            case "line-endings":
                return Text(index, family, name, LineEndings(random, text));
            case "truncation":
                return new FuzzInput(index, family, name, Truncate(random, text));
            case "marks":
                return Text(index, family, name, Repeat(random, text, Marks));
            case "nesting":
                return Text(index, family, name, InsertAt(random, text, Adversarial.DeepBody(random)));
            case "yaml":
                return Text(index, family, name, "---\n" + Adversarial.YamlFrontMatter(random) + "---\n\n" + Body(text));
            case "identifiers":
                return Text(index, family, name, Identifiers(random, text));
            case "code-text":
                return Text(index, family, name, Repeat(random, text, (r, t) => InsertAt(r, t, Adversarial.CodeBreakers[r.Next(Adversarial.CodeBreakers.Length)])));
            case "huge-line":
                return Text(index, family, name, InsertAt(random, text, "\n" + Adversarial.HugeLine(random, random.Next(4) != 0 ? random.Next(1_000, 64_000) : random.Next(64_000, 1_000_000)) + "\n"));
            case "splice":
                var (other, otherText) = Pick(random, random.Next(2) == 0 ? _articles : _raw);
                return Text(index, family, name + " + " + other, text.Substring(0, random.Next(text.Length + 1)) + otherText.Substring(random.Next(otherText.Length + 1)));
            case "raw-text":
                return Text(index, family, name, Repeat(random, text, RawEdit));
            default:
                return new FuzzInput(index, family, "seeds/speakers.yaml", Encoding.UTF8.GetBytes(Repeat(random, _registry, RegistryEdit)), IsRegistry: true);
        }
    }

    /// <summary>A few 16 MiB inputs (the CLI's default limit, <see cref="ArticleTextDecoder.DefaultMaximumSize"/>) and one a byte over it.</summary>
    public IEnumerable<FuzzInput> Big(int firstIndex, int count)
    {
        for (var i = 0; i < count; i++)
        {
            var random = RandomFor(firstIndex + i);
            var text = Adversarial.Sized(random, Seed, ArticleTextDecoder.DefaultMaximumSize, out var shape);
            yield return Text(firstIndex + i, BigFamily, shape, text);
        }

        var over = new byte[ArticleTextDecoder.DefaultMaximumSize + 1];
        over.AsSpan().Fill((byte)'a');
        yield return new FuzzInput(firstIndex + count, BigFamily, "one byte over the limit", over);
    }

    /// <summary>A light revision of <paramref name="text"/>, as an editor makes one: the other side of a diff.</summary>
    public static string Revise(Random random, string text)
    {
        var lines = text.Split('\n').ToList();
        for (var k = random.Next(1, 4); k > 0 && lines.Count > 1; k--)
        {
            var i = random.Next(lines.Count);
            switch (random.Next(5))
            {
                case 0: lines.RemoveAt(i); break;
                case 1: lines.Insert(random.Next(lines.Count), lines[i]); break;
                case 2: (lines[i], lines[lines.Count - 1 - i]) = (lines[lines.Count - 1 - i], lines[i]); break;
                case 3: lines[i] = lines[i].Replace('"', '\u201C'); break;
                default: lines[i] = string.Join(" ", lines[i].Split(' ').Where(_ => random.Next(8) != 0)); break;
            }
        }

        return string.Join("\n", lines);
    }

    private static FuzzInput Text(int index, string family, string origin, string text) =>
        new(index, family, origin, Encoding.UTF8.GetBytes(text));

    private static (string, string) Pick(Random random, List<(string Name, string Text)> files) => files[random.Next(files.Count)];

    private static string Body(string text)
    {
        var end = text.IndexOf("\n---", 3, StringComparison.Ordinal);
        return end < 0 ? text : text.Substring(Math.Min(text.Length, end + 5));
    }

    private static string Repeat(Random random, string text, Func<Random, string, string> edit)
    {
        for (var k = random.Next(1, 8); k > 0; k--)
        {
            text = edit(random, text);
        }

        return text;
    }

    // Somewhere that matters more often than not: just before or after markup.
    private static int Position(Random random, string text)
    {
        if (text.Length == 0 || random.Next(3) == 0)
        {
            return random.Next(text.Length + 1);
        }

        const string Markup = "\n\"[]{}@#:.-\u201C\u201D";
        for (var tries = 0; tries < 20; tries++)
        {
            var at = random.Next(text.Length);
            if (Markup.IndexOf(text[at]) >= 0)
            {
                return at + random.Next(2);
            }
        }

        return random.Next(text.Length + 1);
    }

    private static string InsertAt(Random random, string text, string piece)
    {
        var at = Position(random, text);
        if (at > 0 && at < text.Length && char.IsLowSurrogate(text[at]))
        {
            at--;
        }

        return text.Insert(at, piece);
    }

    private static string Marks(Random random, string text)
    {
        string[] marks = { "\"", "\u201C", "\u201D", "[", "]", "{", "}", "{@", "{@x}", "{-}", "{#", "::: aside\n", "\n:::\n", ":::", "---\n", "\n## ", "\\", "]{@x}", "\"{@x}", "{ .y }", "{@x .direct .indirect}", "{@x #q #q}" };
        if (random.Next(3) == 0 && text.Length > 0)
        {
            var at = Position(random, text);
            return at < text.Length ? text.Remove(at, 1) : text;
        }

        return InsertAt(random, text, marks[random.Next(marks.Length)]);
    }

    private static string Identifiers(Random random, string text)
    {
        string Id() => Adversarial.Identifiers[random.Next(Adversarial.Identifiers.Length)];
        var id = Id();
        return random.Next(5) switch
        {
            0 => "---\nid: " + id + "\ntitle: T\n---\n\n" + Body(text),
            1 => $"---\nid: a\ntitle: T\nspeakers:\n  {id}:\n    name: N\n  {Id()}:\n    name: M\n---\n\n\"Words here,\"{{@{id}}} he said.\n\n## {Id()}\n\nText.\n\n## {Id()} {{#{Id()}}}\n\n[x]{{@{id} #{Id()}}}\n",
            2 => $"---\nid: {id}\ntitle: T\nspeakers:\n  {id}:\n    name: N\n---\n\n## {id}\n\n\"Words,\"{{@{id} #{id}}} he said.\n",
            3 => text.Replace("{@antonov", "{@" + id, StringComparison.Ordinal).Replace("  antonov:", "  " + id + ":", StringComparison.Ordinal),
            _ => InsertAt(random, text, "\n## " + id + "\n\nText.\n"),
        };
    }

    private static string LineEndings(Random random, string text)
    {
        string[] endings = { "\r", "\r\n", "\u2028", "\u2029", "\u0085", "\n\r", "\r\r\n", "\v", "\f" };
        var ending = endings[random.Next(endings.Length)];
        if (random.Next(2) == 0)
        {
            return text.Replace("\n", ending, StringComparison.Ordinal);
        }

        var result = new StringBuilder(text.Length + 64);
        foreach (var c in text)
        {
            result.Append(c == '\n' ? endings[random.Next(endings.Length)] : c.ToString());
        }

        return result.ToString();
    }

    private static byte[] ByteNoise(Random random, byte[] bytes)
    {
        if (random.Next(10) == 0)
        {
            var noise = new byte[random.Next(0, 20_000)];
            random.NextBytes(noise);
            return noise;
        }

        // Half the time only ASCII bytes (NUL aside), so that most such inputs still decode and reach the parser.
        var ascii = random.Next(2) == 0;
        byte Noise() => ascii ? (byte)random.Next(1, 128) : (byte)random.Next(256);
        var list = bytes.ToList();
        for (var k = random.Next(1, 20); k > 0; k--)
        {
            var at = random.Next(list.Count + 1);
            switch (random.Next(3))
            {
                case 0 when at < list.Count && list[at] < 0x80: list[at] = Noise(); break;
                case 1 when at < list.Count && list[at] < 0x80: list.RemoveAt(at); break;
                default:
                    while (at > 0 && at < list.Count && list[at] >= 0x80 && list[at] < 0xC0)
                    {
                        at--;   // not inside a character
                    }

                    list.Insert(at, Noise());
                    break;
            }
        }

        return list.ToArray();
    }

    private static byte[] Utf8Damage(Random random, byte[] bytes)
    {
        byte[][] pieces =
        {
            new byte[] { 0xEF, 0xBB, 0xBF }, new byte[] { 0xFF, 0xFE }, new byte[] { 0xFE, 0xFF }, new byte[] { 0xC0, 0x80 },
            new byte[] { 0xED, 0xA0, 0x80 }, new byte[] { 0xF4, 0x90, 0x80, 0x80 }, new byte[] { 0xE2, 0x80 }, new byte[] { 0x80 },
            new byte[] { 0xFF }, new byte[] { 0xF0, 0x9F, 0x98 }, new byte[] { 0x00 }, new byte[] { 0xEF, 0xBB, 0xBF, 0xEF, 0xBB, 0xBF },
        };
        var piece = pieces[random.Next(pieces.Length)];
        var at = random.Next(4) == 0 ? 0 : random.Next(bytes.Length + 1);
        if (random.Next(4) == 0)
        {
            // The whole file in UTF-16, as some Windows editors save it.
            var utf16 = random.Next(2) == 0 ? Encoding.Unicode : Encoding.BigEndianUnicode;
            return utf16.GetPreamble().Concat(utf16.GetBytes(Encoding.UTF8.GetString(bytes))).ToArray();
        }

        return bytes.Take(at).Concat(piece).Concat(bytes.Skip(at)).ToArray();
    }

    // Cuts the file just before, inside or after a piece of markup, or inside a multi-byte character.
    private static byte[] Truncate(Random random, string text)
    {
        string[] boundaries = { "---", "\n\n", "{@", "}", "\"", "\u201D", "]", ":::", "speakers:", "\n  ", "\r\n", "## ", "#", ": ", "\\" };
        var boundary = boundaries[random.Next(boundaries.Length)];
        var bytes = Encoding.UTF8.GetBytes(text);
        var occurrences = new List<int>();
        for (var at = text.IndexOf(boundary, StringComparison.Ordinal); at >= 0; at = text.IndexOf(boundary, at + 1, StringComparison.Ordinal))
        {
            occurrences.Add(at);
        }

        if (occurrences.Count == 0 || random.Next(6) == 0)
        {
            // Inside a character of two or more bytes when there is one.
            var multi = Enumerable.Range(0, bytes.Length).Where(i => bytes[i] >= 0xC0).ToList();
            var cut = multi.Count > 0 ? multi[random.Next(multi.Count)] + 1 : random.Next(bytes.Length + 1);
            return bytes.Take(Math.Min(cut, bytes.Length)).ToArray();
        }

        var position = occurrences[random.Next(occurrences.Count)] + random.Next(boundary.Length + 1);
        return Encoding.UTF8.GetBytes(text.Substring(0, position));
    }

    private static string RawEdit(Random random, string text)
    {
        string[] pieces =
        {
            "\"", "\u201C", "\u201D", "\u2018", "\u2019", "'", "said", " he said.", "By Jane Doe, The Associated Press\n", "Story continues below\n",
            "Open this photo in gallery\n", "READ MORE: x\n", "\n\n", " No. 3 ", " U.S. ", " J.K. ", " p.m. ", "...", "\u2026", "---\n", "## ",
            ":::", "{@x}", "[", "]", "\t", " ", "\u00A0", "\n\n\n\n", "WASHINGTON (Sputnik) - ",
        };
        if (random.Next(4) == 0 && text.Length > 0)
        {
            var at = random.Next(text.Length);
            var length = Math.Min(text.Length - at, random.Next(1, 200));
            if (char.IsLowSurrogate(text[at]) || (at + length < text.Length && char.IsLowSurrogate(text[at + length])))
            {
                return text;
            }

            return text.Remove(at, length);
        }

        return InsertAt(random, text, pieces[random.Next(pieces.Length)]);
    }

    private static string RegistryEdit(Random random, string text) =>
        random.Next(4) switch
        {
            0 => Adversarial.YamlFrontMatter(random).Replace("id: ", "k: ", StringComparison.Ordinal),
            1 => InsertAt(random, text, "\n" + Adversarial.Identifiers[random.Next(Adversarial.Identifiers.Length)] + ":\n  name: N\n"),
            2 => Marks(random, text),
            _ => text + "\n" + string.Concat(Enumerable.Range(0, random.Next(1, 2000)).Select(i => "k" + i.ToString(CultureInfo.InvariantCulture) + ":\n  name: N\n  aliases: [A]\n")),
        };
}
