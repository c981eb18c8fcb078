using System;
using System.Text;

namespace ArticleCompiler.Parsing;

/// <summary>
/// What the WHATWG URL parser (the one browsers use) makes of a front-matter URL, as far as the
/// format's check needs it: whether it is an absolute http or https URL with a host, and where its
/// credentials (user name and password) stand. Only the parser's failures count: what a browser
/// opens (backslashes for slashes, <c>http:example.com</c>, an IDN or IPv6 host, a user name with
/// an <c>@</c> in it) is valid. Paths, queries and fragments never make an http(s) URL fail.
/// </summary>
/// <param name="Problem">Why it is not a valid http(s) URL (to complete "must be ..."); null when it is.</param>
/// <param name="CredentialsStart">Where the credentials start in the value (before the last '@' of the authority); -1 without any.</param>
/// <param name="CredentialsLength">How many characters of the value the credentials span.</param>
/// <param name="HasUserName">The URL carries a non-empty user name.</param>
/// <param name="HasPassword">The URL carries a non-empty password.</param>
internal readonly record struct WebUrl(string? Problem, int CredentialsStart, int CredentialsLength, bool HasUserName, bool HasPassword)
{
    /// <summary>The URL is an absolute http or https URL with a host.</summary>
    public bool IsValid => Problem is null;

    /// <summary>The URL carries a user name or a password (which would be published).</summary>
    public bool HasCredentials => HasUserName || HasPassword;

    /// <summary>Parses <paramref name="value"/> as browsers do (no base URL).</summary>
    public static WebUrl Parse(string value)
    {
        // Leading and trailing C0 controls and spaces are stripped, tabs and line breaks anywhere
        // removed; 'positions' maps what is left back to the value, for the credentials' span.
        var first = 0;
        var last = value.Length;
        while (first < last && value[first] <= ' ')
        {
            first++;
        }

        while (last > first && value[last - 1] <= ' ')
        {
            last--;
        }

        var text = new StringBuilder(last - first);
        var positions = new int[last - first];
        for (var i = first; i < last; i++)
        {
            if (value[i] is not ('\t' or '\n' or '\r'))
            {
                positions[text.Length] = i;
                text.Append(value[i]);
            }
        }

        var s = text.ToString();
        var schemeEnd = SchemeEnd(s);
        if (schemeEnd < 0)
        {
            return Fail("be an absolute URL with a scheme, such as https://example.com/article");
        }

        var scheme = s.Substring(0, schemeEnd).ToLowerInvariant();
        if (scheme is not ("http" or "https"))
        {
            return Fail($"be an http or https URL, not '{s.Substring(0, schemeEnd)}:'");
        }

        // Special schemes skip any slashes and backslashes before the authority ("https:\\x" is "https://x").
        var authorityStart = schemeEnd + 1;
        while (authorityStart < s.Length && s[authorityStart] is '/' or '\\')
        {
            authorityStart++;
        }

        var authorityEnd = authorityStart;
        while (authorityEnd < s.Length && s[authorityEnd] is not ('/' or '\\' or '?' or '#'))
        {
            authorityEnd++;
        }

        // The last '@' of the authority ends the credentials; earlier ones belong to the user name.
        var at = authorityEnd > authorityStart ? s.LastIndexOf('@', authorityEnd - 1, authorityEnd - authorityStart) : -1;
        var hostStart = at >= 0 ? at + 1 : authorityStart;
        var (hostEnd, portStart) = SplitPort(s, hostStart, authorityEnd);
        if (hostEnd == hostStart)
        {
            return Fail("have a host, such as https://example.com/article");
        }

        if (WebHost.Problem(s.Substring(hostStart, hostEnd - hostStart)) is { } hostProblem)
        {
            return Fail(hostProblem);
        }

        if (portStart >= 0 && !IsPort(s, portStart, authorityEnd))
        {
            return Fail($"have a port from 0 to 65535 after the host's ':', not '{s.Substring(portStart, authorityEnd - portStart)}'");
        }

        if (at < 0)
        {
            return new WebUrl(null, -1, 0, false, false);
        }

        var colon = s.IndexOf(':', authorityStart, at - authorityStart);
        var userEnd = colon < 0 ? at : colon;
        var hasUser = userEnd > authorityStart;
        var hasPassword = colon >= 0 && at > colon + 1;
        if (!hasUser && !hasPassword)
        {
            return new WebUrl(null, -1, 0, false, false);
        }

        var start = positions[authorityStart];
        return new WebUrl(null, start, positions[at - 1] + 1 - start, hasUser, hasPassword);
    }

    private static WebUrl Fail(string problem) => new(problem, -1, 0, false, false);

    // The index of the ':' that ends a scheme (a letter, then letters, digits, '+', '-', '.'); -1 when
    // there is none, which makes the URL relative: with no base URL, a failure.
    private static int SchemeEnd(string s)
    {
        if (s.Length == 0 || !IsAsciiLetter(s[0]))
        {
            return -1;
        }

        var i = 1;
        while (i < s.Length && (IsAsciiLetter(s[i]) || s[i] is (>= '0' and <= '9') or '+' or '-' or '.'))
        {
            i++;
        }

        return i < s.Length && s[i] == ':' ? i : -1;
    }

    // Where the host ends and the port starts (-1 without a port): at the first ':' outside brackets.
    private static (int HostEnd, int PortStart) SplitPort(string s, int start, int end)
    {
        var insideBrackets = false;
        for (var i = start; i < end; i++)
        {
            switch (s[i])
            {
                case '[':
                    insideBrackets = true;
                    break;
                case ']':
                    insideBrackets = false;
                    break;
                case ':' when !insideBrackets:
                    return (i, i + 1);
            }
        }

        return (end, -1);
    }

    // ASCII digits (any number of leading zeros) up to 65535, or nothing at all.
    private static bool IsPort(string s, int start, int end)
    {
        var port = 0;
        for (var i = start; i < end; i++)
        {
            if (s[i] is < '0' or > '9')
            {
                return false;
            }

            port = (port * 10) + (s[i] - '0');
            if (port > 65535)
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsAsciiLetter(char c) => c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z');
}
