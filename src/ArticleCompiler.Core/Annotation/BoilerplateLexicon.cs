using System;
using System.Collections.Generic;
using System.Linq;

namespace ArticleCompiler.Annotation;

/// <summary>What a line of feed boilerplate is.</summary>
internal enum BoilerplateKind
{
    /// <summary>"By Jane Doe", "Jane Doe, The Associated Press": its names become <c>authors</c>.</summary>
    Byline,

    /// <summary>A photo credit or caption, gallery furniture ("Open this photo in gallery", "1 of 12").</summary>
    Caption,

    /// <summary>"Read more:", "Related:": a pointer to another story.</summary>
    Related,

    /// <summary>"Advertisement", "Story continues below", newsletter and social prompts.</summary>
    Aside,

    /// <summary>"Copyright ...", "All rights reserved".</summary>
    Footer,
}

/// <summary>A line recognised as boilerplate, with the names and agency of a byline.</summary>
internal sealed record Boilerplate(BoilerplateKind Kind, IReadOnlyList<string> Authors, string? Agency);

/// <summary>
/// The lines news feeds put around an article's text (bylines, credits, captions, gallery and
/// advertising furniture, prompts, copyright lines), as a table of literal patterns: a line
/// matches by its whole text, its start, its end or a fragment, compared without regard to case.
/// No regular expressions: every check is linear in the line.
/// </summary>
internal static class BoilerplateLexicon
{
    private enum Match
    {
        Whole,
        Start,
        End,
        Contains,
    }

    // Longer than this, a line is text, whatever it starts with.
    private const int MaxLength = 160;

    private static readonly (Match Match, string Text, BoilerplateKind Kind)[] Patterns =
    {
        (Match.Whole, "Advertisement", BoilerplateKind.Aside),
        (Match.Whole, "Story continues below", BoilerplateKind.Aside),
        (Match.Whole, "Story continues below advertisement", BoilerplateKind.Aside),
        (Match.Whole, "Continue reading", BoilerplateKind.Aside),
        (Match.Whole, "Continue reading below", BoilerplateKind.Aside),
        (Match.Whole, "Article continues below", BoilerplateKind.Aside),
        (Match.Whole, "Skip advertisement", BoilerplateKind.Aside),
        (Match.Whole, "Sponsored content", BoilerplateKind.Aside),
        (Match.Start, "Sign up for ", BoilerplateKind.Aside),
        (Match.Start, "Sign up to ", BoilerplateKind.Aside),
        (Match.Start, "Subscribe to ", BoilerplateKind.Aside),
        (Match.Start, "Follow us on ", BoilerplateKind.Aside),
        (Match.Start, "Like us on Facebook", BoilerplateKind.Aside),
        (Match.Start, "Click here ", BoilerplateKind.Aside),
        (Match.Start, "Download our app", BoilerplateKind.Aside),
        (Match.Start, "Get our newsletter", BoilerplateKind.Aside),
        (Match.Start, "Share this article", BoilerplateKind.Aside),
        (Match.Start, "Share on ", BoilerplateKind.Aside),
        (Match.Start, "Open this photo in gallery", BoilerplateKind.Caption),
        (Match.Start, "View this photo", BoilerplateKind.Caption),
        (Match.Start, "Enlarge this image", BoilerplateKind.Caption),
        (Match.Start, "Photo:", BoilerplateKind.Caption),
        (Match.Start, "Photos:", BoilerplateKind.Caption),
        (Match.Start, "Photo by ", BoilerplateKind.Caption),
        (Match.Start, "Photograph:", BoilerplateKind.Caption),
        (Match.Start, "Image:", BoilerplateKind.Caption),
        (Match.Start, "Picture:", BoilerplateKind.Caption),
        (Match.Start, "Credit:", BoilerplateKind.Caption),
        (Match.Start, "(Photo", BoilerplateKind.Caption),
        (Match.Start, "\u00A9", BoilerplateKind.Caption),
        (Match.Contains, "(AP Photo", BoilerplateKind.Caption),
        (Match.Contains, "(Reuters/", BoilerplateKind.Caption),
        (Match.Contains, "(AFP/", BoilerplateKind.Caption),
        (Match.End, "Getty Images", BoilerplateKind.Caption),
        (Match.End, "/ AFP", BoilerplateKind.Caption),
        (Match.End, "/AP", BoilerplateKind.Caption),
        (Match.Start, "Photo credit", BoilerplateKind.Caption),
        (Match.Start, "Read more", BoilerplateKind.Related),
        (Match.Start, "READ ALSO", BoilerplateKind.Related),
        (Match.Start, "Also read:", BoilerplateKind.Related),
        (Match.Start, "See also:", BoilerplateKind.Related),
        (Match.Start, "Related:", BoilerplateKind.Related),
        (Match.Start, "More:", BoilerplateKind.Related),
        (Match.Start, "Copyright ", BoilerplateKind.Footer),
        (Match.Start, "Copyright\u00A0", BoilerplateKind.Footer),
        (Match.Contains, "All rights reserved", BoilerplateKind.Footer),
    };

    // News agencies and wire services: alone on a line, or after a name in a byline.
    private static readonly HashSet<string> AgencySet = new(StringComparer.OrdinalIgnoreCase)
    {
        "Associated Press", "The Associated Press", "AP", "Reuters", "Thomson Reuters", "AFP", "Agence France-Presse",
        "UPI", "United Press International", "Bloomberg", "Bloomberg News", "CNN", "BBC", "BBC News", "PA", "PA Media",
        "Press Association", "The Canadian Press", "Canadian Press", "AAP", "dpa", "DPA", "Xinhua", "EFE", "ANSA",
        "Kyodo", "Kyodo News", "Sputnik", "TASS", "Tribune News Service", "McClatchy", "Staff", "Staff Writer",
        "Staff Reporter", "Wire reports",
    };

    private static readonly string[] ByPrefixes = { "By ", "BY ", "BYLINE: ", "Byline: ", "Written by ", "Co-authored by ", "Reporting by ", "Story by " };

    // The last word of a station or outlet credit: "Channel 9 News", "WKYC TV".
    private static readonly HashSet<string> OutletWordSet = new(StringComparer.OrdinalIgnoreCase)
    {
        "News", "TV", "Television", "Radio", "Wire", "Network", "Newswire", "Press",
    };

    // Words that may stand lower-case inside a person's name ("Ursula von der Leyen").
    private static readonly HashSet<string> NameParticleSet = new(StringComparer.Ordinal)
    {
        "de", "da", "del", "der", "di", "du", "la", "le", "van", "von", "bin", "al", "el", "ten", "ter",
    };

    /// <summary>The boilerplate <paramref name="line"/> is, or null when it is text.</summary>
    public static Boilerplate? Classify(string line)
    {
        var text = line.Trim();
        if (text.Length == 0 || text.Length > MaxLength)
        {
            return null;
        }

        var bare = text.TrimEnd('.', '!', ')', ' ');
        foreach (var (match, pattern, kind) in Patterns)
        {
            var found = match switch
            {
                Match.Whole => string.Equals(bare, pattern, StringComparison.OrdinalIgnoreCase),
                Match.Start => text.StartsWith(pattern, StringComparison.OrdinalIgnoreCase),
                Match.End => bare.EndsWith(pattern, StringComparison.OrdinalIgnoreCase),
                _ => text.IndexOf(pattern, StringComparison.OrdinalIgnoreCase) >= 0,
            };
            // A prompt's opening words also start sentences ("Sign up for health coverage ends on
            // Dec. 15, Smith said."; "More: 40 people were hurt, police said."): a finished sentence
            // with a reporting verb is text.
            if (found && match == Match.Start && kind is BoilerplateKind.Aside or BoilerplateKind.Related && IsReportedSentence(text))
            {
                continue;
            }

            if (found)
            {
                return new Boilerplate(kind, Array.Empty<string>(), null);
            }
        }

        if (IsTimestamp(text))
        {
            return new Boilerplate(BoilerplateKind.Aside, Array.Empty<string>(), null);
        }

        if (IsGalleryCounter(text.TrimEnd('.', ' ')))
        {
            return new Boilerplate(BoilerplateKind.Caption, Array.Empty<string>(), null);
        }

        if (StartsWithBy(text) > 0)
        {
            return Byline(text.TrimEnd('.'));   // "Co-authored by Hasmik Piliposyan."
        }

        return EndsSentence(text) ? null : Byline(text) ?? Credit(text);
    }

    private static readonly string[] TimestampPrefixes = { "Published", "Updated", "Last updated", "Posted", "First published" };

    private static readonly HashSet<string> DateWordSet = new(StringComparer.OrdinalIgnoreCase)
    {
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
        "Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun",
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
        "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
        "AM", "PM", "a.m", "p.m", "EDT", "EST", "CDT", "CST", "PDT", "PST", "GMT", "UTC", "BST", "ago", "today", "yesterday",
    };

    // "Published Monday, June 3, 2019 10:21AM EDT", "Updated: 2019-06-03 10:21": a page's time stamp,
    // never a headline. A prefix, then nothing but dates, times and their punctuation.
    private static bool IsTimestamp(string text)
    {
        foreach (var prefix in TimestampPrefixes)
        {
            if (text.StartsWith(prefix + " ", StringComparison.OrdinalIgnoreCase) || text.StartsWith(prefix + ":", StringComparison.OrdinalIgnoreCase))
            {
                var words = text.Substring(prefix.Length).Split(new[] { ' ', ',', ':', '\u00A0', '\t', '|' }, StringSplitOptions.RemoveEmptyEntries);
                var digits = false;
                foreach (var word in words)
                {
                    var bare = word.TrimEnd('.');
                    var numeric = bare.Length > 0 && char.IsDigit(bare[0]) && bare.All(c => char.IsLetterOrDigit(c) || c is '/' or '-' or '.');
                    digits |= numeric;
                    if (!numeric && !DateWordSet.Contains(bare) && !(bare is "on" or "at" or "-" or "\u2014" or "\u2013"))
                    {
                        return false;
                    }
                }

                return digits;
            }
        }

        return false;
    }

    // A line that ends as a sentence and has a reporting verb ("..., police said.").
    private static bool IsReportedSentence(string text)
    {
        var last = text[text.Length - 1];
        if (!(last is '.' or '?' or '"' or '\u201D'))
        {
            return false;
        }

        var words = text.Split(new[] { ' ', ',', ';', ':', '.', '"', '\u201C', '\u201D' }, StringSplitOptions.RemoveEmptyEntries);
        return words.Skip(1).Any(EnglishLexicon.IsReportingVerb);
    }

    /// <summary>Whether <paramref name="text"/> names a news agency ("The Associated Press", "Reuters").</summary>
    public static bool IsAgency(string text) => AgencySet.Contains(text.Trim());

    // "1 of 12", "3/12": the counter of a photo gallery.
    private static bool IsGalleryCounter(string text)
    {
        var parts = text.Split(' ');
        if (parts.Length == 3 && parts[1] == "of")
        {
            return IsNumber(parts[0]) && IsNumber(parts[2]);
        }

        var slash = text.IndexOf('/');
        return slash > 0 && !text.Contains(' ') && IsNumber(text.Substring(0, slash)) && IsNumber(text.Substring(slash + 1));
    }

    private static bool IsNumber(string text) => text.Length is > 0 and <= 4 && text.All(c => c is >= '0' and <= '9');

    // "By Jane Doe", "By Jane Doe and John Roe", "Jane Doe, The Associated Press", "Jane Doe | Reuters",
    // "Associated Press": names (and an agency) only, nothing that reads as a sentence.
    private static Boilerplate? Byline(string text)
    {
        if (IsAgency(text))
        {
            return new Boilerplate(BoilerplateKind.Byline, Array.Empty<string>(), AgencyName(text));
        }

        var by = StartsWithBy(text);
        var hasBy = by > 0;
        var rest = text.Substring(by).Trim();
        string? agency = null;
        foreach (var separator in new[] { " | ", ", ", " - ", " \u2014 ", " \u2013 ", " / " })
        {
            var at = rest.LastIndexOf(separator, StringComparison.Ordinal);
            if (at > 0 && IsAgency(rest.Substring(at + separator.Length)))
            {
                agency = AgencyName(rest.Substring(at + separator.Length));
                rest = rest.Substring(0, at).Trim();
                break;
            }
        }

        if (!hasBy && agency is null)
        {
            return null;   // "Jane Doe" alone could be a heading or a caption; a byline says so
        }

        var names = rest.Replace(" and ", ", ").Replace(" & ", ", ").Split(new[] { ", " }, StringSplitOptions.RemoveEmptyEntries)
            .Select(n => n.Trim()).Where(n => n.Length > 0).ToList();
        return names.Count is > 0 and <= 6 && names.All(IsPersonName)
            ? new Boilerplate(BoilerplateKind.Byline, names, agency)
            : null;
    }

    // The length of a byline's "By ", "Written by " ... at the start of text, or 0.
    private static int StartsWithBy(string text)
    {
        foreach (var prefix in ByPrefixes)
        {
            if (text.StartsWith(prefix, StringComparison.Ordinal))
            {
                return prefix.Length;
            }
        }

        return 0;
    }

    private static string AgencyName(string text)
    {
        var trimmed = text.Trim();
        return trimmed.StartsWith("The ", StringComparison.Ordinal) ? trimmed.Substring(4) : trimmed;
    }

    // "Channel 9 News", "WKYC TV": a short credit of a station or outlet, every word capitalised.
    private static Boilerplate? Credit(string text)
    {
        var words = text.Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries);
        return words.Length is >= 2 and <= 4 && OutletWordSet.Contains(words[words.Length - 1])
            && words.All(w => char.IsUpper(w[0]) || char.IsDigit(w[0]))
            ? new Boilerplate(BoilerplateKind.Caption, Array.Empty<string>(), null)
            : null;
    }

    // Two to four words, each capitalised, an initial ("J.K.") or a particle ("de", "van").
    private static bool IsPersonName(string name)
    {
        var words = name.Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries);
        if (words.Length is < 2 or > 4)
        {
            return false;
        }

        foreach (var word in words)
        {
            if (NameParticleSet.Contains(word))
            {
                continue;
            }

            if (!char.IsUpper(word[0]) || EnglishLexicon.IsTitleCaseMinorWord(word) || word.Any(char.IsDigit)
                || !word.All(c => char.IsLetter(c) || c is '.' or '-' or '\'' or '\u2019'))
            {
                return false;
            }
        }

        return true;
    }

    private static bool EndsSentence(string text) => text[text.Length - 1] is '.' or '!' or '?' or ':' or ';' or '"' or '\u201D';
}
