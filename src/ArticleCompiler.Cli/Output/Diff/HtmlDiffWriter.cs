using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net;
using ArticleCompiler.Diffing;
using ArticleCompiler.Model;

namespace ArticleCompiler.Cli.Output.Diff;

/// <summary>
/// The diff as one self-contained HTML page for a person checking a revision: the editorial
/// changes at the top, the serious ones first, then the article section by section with deleted
/// and inserted words marked (<see cref="HtmlArticleBody"/>). No script, no file from elsewhere;
/// every text from the articles is HTML-encoded, so an article cannot add markup to the page.
/// </summary>
internal static class HtmlDiffWriter
{
    public static void Write(TextWriter output, DiffSides sides, ArticleDiff diff)
    {
        var names = SpeakerNames(diff);
        var title = diff.Metadata.FirstOrDefault(f => f.Field == "title") is { } changed ? changed.New ?? changed.Old : null;
        title ??= sides.NewPath;

        output.Write("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
        output.Write("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        output.Write($"<title>Changes: {E(title)}</title>\n<style>\n{HtmlDiffStyle.Css}</style>\n</head>\n<body>\n<header>\n");
        output.Write($"<h1>{E(title)}</h1>\n");
        output.Write($"<p class=\"files\">Changes from <code>{E(sides.OldPath)}</code>{Revision(sides.OldRevision)} to <code>{E(sides.NewPath)}</code>{Revision(sides.NewRevision)}</p>\n</header>\n");

        output.Write("<main>\n<h2 id=\"changes\">Editorial changes</h2>\n");
        if (!diff.HasDifferences)
        {
            output.Write("<p>No differences.</p>\n");
        }
        else
        {
            var serious = diff.Quotes.Count(q => q.Serious);
            if (serious > 0)
            {
                output.Write($"<p class=\"alert\" role=\"note\">The words of {serious} quote{(serious == 1 ? string.Empty : "s")} changed.</p>\n");
            }

            output.Write("<ol class=\"summary\">\n");
            foreach (var item in Summary(diff, names))
            {
                output.Write(item);
            }

            output.Write("</ol>\n");
        }

        output.Write($"<h2 id=\"article\">The article{Revisions(sides)}</h2>\n");
        new HtmlArticleBody(output, diff, names).Write();
        output.Write("</main>\n<footer class=\"legend\">\n<p>Deleted words are <del>struck through</del>, inserted words <ins>underlined</ins>; ");
        output.Write("a quote is <span class=\"quote\">underlined with dots</span> and followed by its speaker <span class=\"speaker\">Name</span>. ");
        output.Write("Written by <code>artc diff --format html</code>.</p>\n</footer>\n</body>\n</html>\n");
    }

    /// <summary>HTML-encodes text from the articles or the command line.</summary>
    public static string E(string text) => WebUtility.HtmlEncode(text);

    /// <summary>A speaker as the page names it: the name the articles give, else the key.</summary>
    public static string Speaker(IReadOnlyDictionary<string, string> names, string key) =>
        names.TryGetValue(key, out var name) && name.Length > 0 ? E(name) : "@" + E(key);

    /// <summary>Words of a word diff, deleted in &lt;del&gt; and inserted in &lt;ins&gt;.</summary>
    public static string Words(IReadOnlyList<WordChange> words) => string.Join(" ", words.Select(w => w.Operation switch
    {
        WordOperation.Deleted => "<del>" + E(w.Text) + "</del>",
        WordOperation.Inserted => "<ins>" + E(w.Text) + "</ins>",
        _ => E(w.Text),
    }));

    /// <summary>The anchor of a section of the new side (<c>n</c>) or the old (<c>o</c>).</summary>
    public static string SectionAnchor(char side, int index) => $"section-{side}{index}";

    // The names of the speakers the quotes and speaker changes mention; the new revision's name wins.
    private static Dictionary<string, string> SpeakerNames(ArticleDiff diff)
    {
        var names = new Dictionary<string, string>(System.StringComparer.Ordinal);
        foreach (var sentence in diff.Sentences)
        {
            foreach (var mark in (sentence.Old?.Quotes ?? []).Concat(sentence.New?.Quotes ?? []))
            {
                if (mark.SpeakerName is { Length: > 0 } name)
                {
                    names[mark.SpeakerKey] = name;
                }
            }
        }

        foreach (var speaker in diff.Speakers)
        {
            foreach (var side in new[] { speaker.Old, speaker.New })
            {
                if (side is { Name.Length: > 0 })
                {
                    names[side.Key] = side.Name;
                }
            }
        }

        return names;
    }

    // Serious first (quoted words changed, then quotes given to another speaker), then the title and
    // the rest of the front matter, sections, speakers, the other quote changes and the sentences.
    private static IEnumerable<string> Summary(ArticleDiff diff, IReadOnlyDictionary<string, string> names)
    {
        foreach (var quote in diff.Quotes.Where(q => q.Serious))
        {
            yield return Item("serious", "Quoted words changed", $"{Kind(quote.New!.Kind)} quote of {Speaker(names, quote.New.SpeakerKey)}{Where(diff, quote.New)}: <span class=\"quoted\">“{Words(quote.Words)}”</span>");
        }

        foreach (var quote in diff.Quotes.Where(q => q.Change == QuoteChangeKind.Reattributed))
        {
            yield return Item("serious", "Quote re-attributed", $"from <del>{Speaker(names, quote.Old!.SpeakerKey)}</del> to <ins>{Speaker(names, quote.New!.SpeakerKey)}</ins>{Where(diff, quote.New)}: <span class=\"quoted\">“{E(quote.New.Text)}”</span>");
        }

        foreach (var field in diff.Metadata.OrderBy(f => f.Field == "title" ? 0 : 1))
        {
            var label = field.Field == "title" ? "Title changed" : $"<code>{E(field.Field)}</code> changed";
            yield return Item(null, label, $"{Value(field.Old, "del")} → {Value(field.New, "ins")}");
        }

        foreach (var section in diff.Sections)
        {
            var link = section.NewIndex is int j ? $"<a href=\"#{SectionAnchor('n', j)}\">{Heading(section.NewHeading)}</a>" : Heading(section.OldHeading);
            yield return section.Change switch
            {
                SectionChangeKind.Moved => Item(null, "Section moved", $"{link}: section {section.OldIndex + 1} → {section.NewIndex + 1} (<a href=\"#{SectionAnchor('o', section.OldIndex!.Value)}\">where it was</a>)"),
                SectionChangeKind.Renamed => Item(null, "Section renamed", $"<del>{Heading(section.OldHeading)}</del> → <a href=\"#{SectionAnchor('n', section.NewIndex!.Value)}\"><ins>{Heading(section.NewHeading)}</ins></a>"),
                SectionChangeKind.Added => Item(null, "Section added", link),
                _ => Item(null, "Section removed", $"<del>{link}</del>"),
            };
        }

        foreach (var speaker in diff.Speakers)
        {
            yield return speaker.Change switch
            {
                SpeakerChangeKind.Added => Item(null, "Speaker added", $"<code>@{E(speaker.Key)}</code>: <ins>{E(speaker.New!.Name)}{Role(speaker.New.Role)}</ins>"),
                SpeakerChangeKind.Removed => Item(null, "Speaker removed", $"<code>@{E(speaker.Key)}</code>: <del>{E(speaker.Old!.Name)}{Role(speaker.Old.Role)}</del>"),
                _ => Item(null, "Speaker changed", $"<code>@{E(speaker.Key)}</code>: " + string.Join("; ", speaker.Fields.Select(f => $"{E(f.Field)} {Value(f.Old, "del")} → {Value(f.New, "ins")}"))),
            };
        }

        foreach (var quote in diff.Quotes.Where(q => !q.Serious && q.Change != QuoteChangeKind.Reattributed))
        {
            var shown = (quote.New ?? quote.Old)!;
            var who = Speaker(names, shown.SpeakerKey);
            yield return quote.Change switch
            {
                QuoteChangeKind.Added => Item(null, "Quote added", $"{Kind(shown.Kind)} quote of {who}{Where(diff, quote.New)}: <ins>“{E(shown.Text)}”</ins>"),
                QuoteChangeKind.Removed => Item(null, "Quote removed", $"{Kind(shown.Kind)} quote of {who} (was in {E(shown.SectionId)}): <del>“{E(shown.Text)}”</del>"),
                QuoteChangeKind.Edited => Item(null, "Quote edited", $"{Kind(shown.Kind)} quote of {who}{Where(diff, quote.New)}: <span class=\"quoted\">“{Words(quote.Words)}”</span>"),
                QuoteChangeKind.KindChanged => Item(null, "Quote changed kind", $"quote of {who}, <del>{Kind(quote.Old!.Kind)}</del> → <ins>{Kind(quote.New!.Kind)}</ins>{Where(diff, quote.New)}: “{E(shown.Text)}”"),
                _ => Item(null, "Quote moved", $"quote of {who} from {E(quote.Old!.SectionId)}{Where(diff, quote.New)}: “{E(shown.Text)}”"),
            };
        }

        var counts = diff.Sentences.GroupBy(s => s.Operation).ToDictionary(g => g.Key, g => g.Count());
        string Count(SentenceOperation operation) => $"{(counts.TryGetValue(operation, out var n) ? n : 0)} {DiffNames.Of(operation)}";
        yield return Item(null, "Sentences", string.Join(", ", new[] { SentenceOperation.Edited, SentenceOperation.Moved, SentenceOperation.Added, SentenceOperation.Removed, SentenceOperation.Unchanged }.Select(Count)));
    }

    private static string Item(string? kind, string label, string body) =>
        $"<li{(kind is null ? string.Empty : $" class=\"{kind}\"")}><span class=\"label\">{label}</span>: {body}</li>\n";

    // " (in Heading)" with a link to the section of the new side that holds the quote.
    private static string Where(ArticleDiff diff, Quote? quote)
    {
        if (quote is null)
        {
            return string.Empty;
        }

        var index = -1;
        for (var i = 0; i < diff.NewSections.Count && index < 0; i++)
        {
            index = diff.NewSections[i].Id == quote.SectionId ? i : -1;
        }

        return index < 0
            ? $" (in {E(quote.SectionId)})"
            : $" (in <a href=\"#{SectionAnchor('n', index)}\">{Heading(diff.NewSections[index].Heading)}</a>, line {quote.Span.Line})";
    }

    /// <summary>A section heading as the page shows it; the lead has none.</summary>
    public static string Heading(string? heading) => heading is null ? "the lead" : "“" + E(heading) + "”";

    private static string Kind(QuoteKind kind) => DiffNames.Of(kind) switch { var name => char.ToUpperInvariant(name[0]) + name.Substring(1) };

    private static string Value(string? value, string element) => value is null ? "<i>(none)</i>" : $"<{element}>“{E(value)}”</{element}>";

    private static string Role(string? role) => role is null ? string.Empty : ", " + E(role);

    private static string Revision(int? revision) => revision is int r ? $" (revision {r})" : string.Empty;

    private static string Revisions(DiffSides sides) =>
        sides.OldRevision is int a && sides.NewRevision is int b ? $", revision {a} → {b}" : string.Empty;
}
