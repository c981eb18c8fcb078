using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace ArticleCompiler.Parsing;

/// <summary>
/// The WHATWG host parser for http and https URLs, as a check: an IPv6 literal in brackets, or a
/// percent-decoded domain turned to ASCII (IDNA), which must hold no forbidden code point and, when
/// it ends in a number, be an IPv4 address (<c>0x7f.1</c> is 127.0.0.1, as browsers read it).
/// </summary>
internal static class WebHost
{
    /// <summary>Why <paramref name="host"/> (non-empty, as written) is not a valid host, to complete "must ..."; null when it is.</summary>
    public static string? Problem(string host)
    {
        if (host[0] == '[')
        {
            return host[host.Length - 1] == ']' && IsIPv6(host, 1, host.Length - 1)
                ? null
                : $"have a valid IPv6 address in its brackets, not '{host}'";
        }

        var domain = PercentDecode(host);
        if (ToAscii(domain) is not { Length: > 0 } ascii)
        {
            return $"have a valid host name, not '{host}'";
        }

        foreach (var c in ascii)
        {
            if (IsForbiddenInDomain(c))
            {
                return $"have a host without '{(c < ' ' || c == '\u007F' ? "\\u" + ((int)c).ToString("X4", CultureInfo.InvariantCulture) : c.ToString())}' in it, not '{host}'";
            }
        }

        return EndsInANumber(ascii) && !IsIPv4(ascii) ? $"have a valid IPv4 address, not '{host}'" : null;
    }

    // Percent-decoding works on UTF-8 bytes; what does not decode becomes U+FFFD, which no host may hold.
    private static string PercentDecode(string host)
    {
        if (host.IndexOf('%') < 0)
        {
            return host;
        }

        var bytes = new List<byte>(host.Length);
        for (var i = 0; i < host.Length; i++)
        {
            if (host[i] == '%' && i + 2 < host.Length && IsHex(host[i + 1]) && IsHex(host[i + 2]))
            {
                bytes.Add((byte)((HexValue(host[i + 1]) << 4) | HexValue(host[i + 2])));
                i += 2;
            }
            else
            {
                var length = char.IsHighSurrogate(host[i]) && i + 1 < host.Length && char.IsLowSurrogate(host[i + 1]) ? 2 : 1;
                bytes.AddRange(Encoding.UTF8.GetBytes(host.Substring(i, length)));
                i += length - 1;
            }
        }

        return new UTF8Encoding(false, false).GetString(bytes.ToArray());
    }

    // Domain to ASCII, enough to know whether it fails and what ASCII it keeps. A simplified UTS 46
    // that needs no platform data, so that the build (in the compiler's process) and artc (with
    // invariant globalization) agree: full-width forms fold to ASCII, the ideographic full stops
    // separate labels, ASCII folds case, the characters it ignores (soft hyphen, zero-width space) go; a non-ASCII label fails on what UTS 46 disallows (controls,
    // format characters, spaces, private use, unassigned code points, U+FFFD), and an "xn--" label
    // must decode as Punycode to such characters. A non-ASCII label becomes "xn--" and its ASCII
    // characters (Punycode copies them), which is all the later checks read. Null on failure.
    private static string? ToAscii(string domain)
    {
        var folded = new StringBuilder(domain.Length);
        foreach (var c in domain)
        {
            if (IsIgnored(c))
            {
                continue;
            }

            folded.Append(c switch
            {
                >= '\uFF01' and <= '\uFF5E' => (char)(c - 0xFEE0),
                '\u3000' => ' ',
                '\u3002' or '\uFF61' => '.',
                _ => c,
            });
        }

        var labels = folded.ToString().ToLowerInvariant().Split('.');
        for (var i = 0; i < labels.Length; i++)
        {
            var label = labels[i];
            if (IsAscii(label))
            {
                if (label.StartsWith("xn--", StringComparison.Ordinal) && (Punycode.Decode(label.Substring(4)) is not { Length: > 0 } decoded || !IsAllowedUnicode(decoded)))
                {
                    return null;
                }

                continue;
            }

            if (!IsAllowedUnicode(label))
            {
                return null;
            }

            var ascii = new StringBuilder("xn--");
            foreach (var c in label)
            {
                if (c < 0x80)
                {
                    ascii.Append(c);
                }
            }

            labels[i] = ascii.ToString();
        }

        return string.Join(".", labels);
    }

    // What UTS 46 maps to nothing: the soft hyphen, zero-width space, word joiner, byte-order mark,
    // the grapheme joiner and variation selectors.
    private static bool IsIgnored(char c) =>
        c is '\u00AD' or '\u200B' or '\u2060' or '\uFEFF' or '\u034F' or (>= '\u180B' and <= '\u180D') or '\u180F' or (>= '\uFE00' and <= '\uFE0F');

    private static bool IsAllowedUnicode(string label)
    {
        for (var i = 0; i < label.Length; i++)
        {
            if (label[i] < 0x80)
            {
                continue;
            }

            if (char.IsSurrogate(label[i]) && !char.IsSurrogatePair(label, i))
            {
                return false;
            }

            var category = CharUnicodeInfo.GetUnicodeCategory(label, i);
            if (label[i] == '\uFFFD' || category is UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.PrivateUse
                or UnicodeCategory.OtherNotAssigned or UnicodeCategory.SpaceSeparator or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator)
            {
                return false;
            }

            if (char.IsHighSurrogate(label[i]))
            {
                i++;
            }
        }

        return true;
    }

    private static bool IsForbiddenInDomain(char c) =>
        c <= '\u0020' || c == '\u007F' || c is '#' or '%' or '/' or ':' or '<' or '>' or '?' or '@' or '[' or '\\' or ']' or '^' or '|';

    // The last label (after one trailing dot) is all digits, or parses as an IPv4 number (0x1f, 017).
    private static bool EndsInANumber(string domain)
    {
        var parts = domain.Split('.');
        var count = parts.Length;
        if (parts[count - 1].Length == 0)
        {
            if (count == 1)
            {
                return false;
            }

            count--;
        }

        var last = parts[count - 1];
        if (last.Length > 0 && IsDigits(last))
        {
            return true;
        }

        return Ipv4Number(last) is not null;
    }

    private static bool IsIPv4(string domain)
    {
        var parts = new List<string>(domain.Split('.'));
        if (parts[parts.Count - 1].Length == 0 && parts.Count > 1)
        {
            parts.RemoveAt(parts.Count - 1);
        }

        if (parts.Count > 4)
        {
            return false;
        }

        for (var i = 0; i < parts.Count; i++)
        {
            if (Ipv4Number(parts[i]) is not { } number)
            {
                return false;
            }

            var isLast = i == parts.Count - 1;
            if (!isLast && number > 255)
            {
                return false;
            }

            if (isLast && number >= 1UL << (8 * (5 - parts.Count)))
            {
                return false;
            }
        }

        return true;
    }

    // A decimal, 0x-hexadecimal or 0-octal number ("0x" alone is 0); null when it is none. Values
    // past 2^40 are capped: they fail the caller's range check anyway.
    private static ulong? Ipv4Number(string part)
    {
        if (part.Length == 0)
        {
            return null;
        }

        var radix = 10;
        var start = 0;
        if (part.Length >= 2 && part[0] == '0' && part[1] is 'x' or 'X')
        {
            radix = 16;
            start = 2;
        }
        else if (part.Length >= 2 && part[0] == '0')
        {
            radix = 8;
            start = 1;
        }

        ulong value = 0;
        for (var i = start; i < part.Length; i++)
        {
            var digit = IsHex(part[i]) ? HexValue(part[i]) : 99;
            if (digit >= radix)
            {
                return null;
            }

            value = Math.Min((value * (ulong)radix) + (ulong)digit, 1UL << 40);
        }

        return value;
    }

    // The WHATWG IPv6 parser, for the text between the brackets; only whether it succeeds.
    private static bool IsIPv6(string s, int start, int end)
    {
        var pieceIndex = 0;
        var compress = -1;
        var p = start;
        if (p < end && s[p] == ':')
        {
            if (p + 1 >= end || s[p + 1] != ':')
            {
                return false;
            }

            p += 2;
            pieceIndex++;
            compress = pieceIndex;
        }

        while (p < end)
        {
            if (pieceIndex == 8)
            {
                return false;
            }

            if (s[p] == ':')
            {
                if (compress >= 0)
                {
                    return false;
                }

                p++;
                pieceIndex++;
                compress = pieceIndex;
                continue;
            }

            var length = 0;
            while (length < 4 && p < end && IsHex(s[p]))
            {
                p++;
                length++;
            }

            if (p < end && s[p] == '.')
            {
                return length > 0 && pieceIndex <= 6 && IsEmbeddedIPv4(s, p - length, end) && (compress >= 0 || pieceIndex + 2 == 8);
            }

            if (p < end && s[p] == ':')
            {
                p++;
                if (p >= end)
                {
                    return false;
                }
            }
            else if (p < end)
            {
                return false;
            }

            pieceIndex++;
        }

        return compress >= 0 || pieceIndex == 8;
    }

    // Four decimal numbers 0 to 255 without leading zeros, separated by dots, up to the end.
    private static bool IsEmbeddedIPv4(string s, int p, int end)
    {
        var numbersSeen = 0;
        while (p < end)
        {
            if (numbersSeen > 0)
            {
                if (s[p] != '.' || numbersSeen >= 4)
                {
                    return false;
                }

                p++;
            }

            if (p >= end || s[p] is < '0' or > '9')
            {
                return false;
            }

            var piece = -1;
            while (p < end && s[p] is >= '0' and <= '9')
            {
                var digit = s[p] - '0';
                if (piece == 0)
                {
                    return false;
                }

                piece = piece < 0 ? digit : (piece * 10) + digit;
                if (piece > 255)
                {
                    return false;
                }

                p++;
            }

            numbersSeen++;
        }

        return numbersSeen == 4;
    }

    private static bool IsAscii(string s)
    {
        foreach (var c in s)
        {
            if (c >= 0x80)
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsDigits(string s)
    {
        foreach (var c in s)
        {
            if (c is < '0' or > '9')
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsHex(char c) => c is (>= '0' and <= '9') or (>= 'a' and <= 'f') or (>= 'A' and <= 'F');

    private static int HexValue(char c) => c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10;
}
