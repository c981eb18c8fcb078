using System;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace ArticleCompiler.Configuration;

/// <summary>
/// An .editorconfig section name as a matcher of file paths, with the spec's glob syntax:
/// <c>*</c>, <c>**</c>, <c>?</c>, <c>[abc]</c>, <c>[!abc]</c>, <c>{a,b}</c>, <c>{1..3}</c> and <c>\</c> escapes.
/// A name without <c>/</c> matches a file name in the file's folder or any folder below it.
/// </summary>
public sealed class EditorConfigGlob
{
    private readonly Regex _regex;

    private EditorConfigGlob(Regex regex) => _regex = regex;

    // Matchers are asked for per article, and a corpus has many articles but few sections.
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<(string Directory, string Section), EditorConfigGlob> Cache = new();

    /// <summary>The matcher of <paramref name="sectionName"/> for an .editorconfig in <paramref name="directory"/>.</summary>
    public static EditorConfigGlob Create(string directory, string sectionName) =>
        Cache.GetOrAdd((directory, sectionName), key => Compile(key.Directory, key.Section));

    private static EditorConfigGlob Compile(string directory, string sectionName)
    {
        var folder = Normalize(directory).TrimEnd('/');
        var pattern = new StringBuilder("^");
        pattern.Append(Regex.Escape(folder));
        if (sectionName.IndexOf('/') < 0)
        {
            pattern.Append("/(?:.*/)?");
        }
        else
        {
            pattern.Append('/');
            if (sectionName.StartsWith("/", StringComparison.Ordinal))
            {
                sectionName = sectionName.Substring(1);
            }
        }

        var index = 0;
        Translate(sectionName, ref index, pattern, insideBraces: false);
        pattern.Append('$');
        return new EditorConfigGlob(new Regex(pattern.ToString(), RegexOptions.CultureInvariant | RegexOptions.Singleline));
    }

    /// <summary>Whether <paramref name="path"/> (absolute, either slash) is matched.</summary>
    public bool IsMatch(string path) => _regex.IsMatch(Normalize(path));

    /// <summary>Forward slashes throughout, so Windows and Unix paths compare alike.</summary>
    public static string Normalize(string path) => path.Replace('\\', '/');

    private static void Translate(string glob, ref int i, StringBuilder pattern, bool insideBraces)
    {
        while (i < glob.Length)
        {
            var c = glob[i];
            switch (c)
            {
                case '\\' when i + 1 < glob.Length:
                    pattern.Append(Regex.Escape(glob[i + 1].ToString()));
                    i += 2;
                    break;
                case '*':
                    if (i + 1 < glob.Length && glob[i + 1] == '*')
                    {
                        pattern.Append(".*");
                        i += 2;
                    }
                    else
                    {
                        pattern.Append("[^/]*");
                        i++;
                    }

                    break;
                case '?':
                    pattern.Append("[^/]");
                    i++;
                    break;
                case '[':
                    var close = glob.IndexOf(']', i + 1);
                    if (close < 0)
                    {
                        pattern.Append("\\[");
                        i++;
                        break;
                    }

                    var set = glob.Substring(i + 1, close - i - 1);
                    var negated = set.StartsWith("!", StringComparison.Ordinal);
                    pattern.Append(negated ? "[^" : "[").Append(Regex.Escape(negated ? set.Substring(1) : set).Replace("\\-", "-").Replace("]", "\\]")).Append(']');
                    i = close + 1;
                    break;
                case '{':
                    i = TranslateBraces(glob, i, pattern);
                    break;
                case ',' when insideBraces:
                case '}' when insideBraces:
                    return;
                default:
                    pattern.Append(Regex.Escape(c.ToString()));
                    i++;
                    break;
            }
        }
    }

    private static int TranslateBraces(string glob, int open, StringBuilder pattern)
    {
        var close = FindClosingBrace(glob, open);
        if (close < 0)
        {
            pattern.Append("\\{");
            return open + 1;
        }

        var inner = glob.Substring(open + 1, close - open - 1);
        var range = Regex.Match(inner, "^(-?[0-9]+)\\.\\.(-?[0-9]+)$");
        if (range.Success)
        {
            var from = long.Parse(range.Groups[1].Value, CultureInfo.InvariantCulture);
            var to = long.Parse(range.Groups[2].Value, CultureInfo.InvariantCulture);
            var (low, high) = from <= to ? (from, to) : (to, from);
            if (high - low <= 1000)
            {
                pattern.Append("(?:");
                for (var n = low; n <= high; n++)
                {
                    pattern.Append(n == low ? string.Empty : "|").Append(n.ToString(CultureInfo.InvariantCulture));
                }

                pattern.Append(')');
            }
            else
            {
                pattern.Append("-?[0-9]+");
            }

            return close + 1;
        }

        pattern.Append("(?:");
        var i = open + 1;
        while (i < close)
        {
            Translate(glob, ref i, pattern, insideBraces: true);
            if (i < close && glob[i] == ',')
            {
                pattern.Append('|');
                i++;
            }
        }

        pattern.Append(')');
        return close + 1;
    }

    private static int FindClosingBrace(string glob, int open)
    {
        var depth = 0;
        for (var i = open; i < glob.Length; i++)
        {
            if (glob[i] == '\\')
            {
                i++;
            }
            else if (glob[i] == '{')
            {
                depth++;
            }
            else if (glob[i] == '}' && --depth == 0)
            {
                return i;
            }
        }

        return -1;
    }
}
