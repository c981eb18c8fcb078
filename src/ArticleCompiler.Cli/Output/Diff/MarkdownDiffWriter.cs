using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using ArticleCompiler.Diffing;

namespace ArticleCompiler.Cli.Output.Diff;

/// <summary>The diff as Markdown for a pull-request comment: deleted words struck through, inserted ones bold.</summary>
internal static class MarkdownDiffWriter
{
    public static void Write(TextWriter output, DiffSides sides, ArticleDiff diff)
    {
        output.WriteLine($"### artc diff: `{sides.OldPath}` → `{sides.NewPath}`");
        output.WriteLine();
        if (!diff.HasDifferences)
        {
            output.WriteLine("No differences.");
            return;
        }

        var serious = diff.Quotes.Where(q => q.Serious).ToList();
        if (serious.Count > 0)
        {
            output.WriteLine($"> [!WARNING]\n> The words of {serious.Count} quote{(serious.Count == 1 ? string.Empty : "s")} changed.");
            output.WriteLine();
        }

        Section(output, "Metadata", diff.Metadata.Select(f => $"- `{f.Field}`: {Value(f.Old)} → {Value(f.New)}"));
        Section(output, "Speakers", diff.Speakers.Select(s => s.Change switch
        {
            SpeakerChangeKind.Added => $"- **added** `@{s.Key}`: {Escape(s.New!.Name)}{Role(s.New.Role)}",
            SpeakerChangeKind.Removed => $"- **removed** `@{s.Key}`: {Escape(s.Old!.Name)}{Role(s.Old.Role)}",
            _ => $"- **changed** `@{s.Key}`: " + string.Join("; ", s.Fields.Select(f => $"{f.Field} {Value(f.Old)} → {Value(f.New)}")),
        }));
        Section(output, "Sections", diff.Sections.Select(s => $"- **{DiffNames.Of(s.Change)}** `{s.NewId ?? s.OldId}`" + s.Change switch
        {
            SectionChangeKind.Renamed => $": {Value(s.OldHeading)} → {Value(s.NewHeading)}",
            SectionChangeKind.Moved => $": section {s.OldIndex + 1} → {s.NewIndex + 1}",
            _ => (s.NewHeading ?? s.OldHeading) is { } heading ? $": {Value(heading)}" : string.Empty,
        }));
        Section(output, "Quotes", diff.Quotes.Select(q =>
        {
            var quote = (q.New ?? q.Old)!;
            var head = $"- {(q.Serious ? "⚠️ " : string.Empty)}**{DiffNames.Of(q.Change)}** {DiffNames.Of((q.Old ?? q.New)!.Kind)} quote of `@{quote.SpeakerKey}` ({quote.SectionId})";
            return q.Change switch
            {
                QuoteChangeKind.Edited => head + ": " + Words(q.Words),
                QuoteChangeKind.Reattributed => head + $", was `@{q.Old!.SpeakerKey}`: {Value(quote.Text)}",
                QuoteChangeKind.KindChanged => head + $", was {DiffNames.Of(q.Old!.Kind)}: {Value(quote.Text)}",
                QuoteChangeKind.Moved => head + $", was in {q.Old!.SectionId}: {Value(quote.Text)}",
                _ => head + ": " + Value(quote.Text),
            };
        }));
        Section(output, "Sentences", diff.Sentences.Where(s => s.Operation != SentenceOperation.Unchanged).Select(s => $"- **{DiffNames.Of(s.Operation)}** " + s.Operation switch
        {
            SentenceOperation.Added => $"(new {s.New!.Index}): {Escape(s.New.Text)}",
            SentenceOperation.Removed => $"(old {s.Old!.Index}): {Escape(s.Old.Text)}",
            _ => $"({s.Old!.Index} → {s.New!.Index}){(s.New.Count > 1 ? ", split" : s.Old.Count > 1 ? ", merged" : string.Empty)}: " + (s.Words.Count > 0 ? Words(s.Words) : Escape(s.New.Text)),
        }));
        output.WriteLine($"{diff.Sentences.Count(s => s.Operation == SentenceOperation.Unchanged)} sentences unchanged.");
    }

    private static void Section(TextWriter output, string title, IEnumerable<string> lines)
    {
        var list = lines.ToList();
        if (list.Count == 0)
        {
            return;
        }

        output.WriteLine($"#### {title}");
        output.WriteLine();
        foreach (var line in list)
        {
            output.WriteLine(line);
        }

        output.WriteLine();
    }

    private static string Words(IReadOnlyList<WordChange> words) => string.Join(" ", words.Select(w => w.Operation switch
    {
        WordOperation.Deleted => "~~" + Escape(w.Text) + "~~",
        WordOperation.Inserted => "**" + Escape(w.Text) + "**",
        _ => Escape(w.Text),
    }));

    private static string Role(string? role) => role is null ? string.Empty : ", " + Escape(role);

    private static string Value(string? value) => value is null ? "_(none)_" : "“" + Escape(value) + "”";

    // Markdown's inline specials are escaped so that article text renders as text.
    private static string Escape(string text)
    {
        var escaped = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (c is '\\' or '`' or '*' or '_' or '[' or ']' or '<' or '>' or '#' or '|' or '~')
            {
                escaped.Append('\\');
            }

            escaped.Append(c);
        }

        return escaped.ToString();
    }
}
