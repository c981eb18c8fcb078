using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using ArticleCompiler.Diffing;

namespace ArticleCompiler.Cli.Output.Diff;

/// <summary>
/// The diff for a terminal: one block per part of the article, changed words marked like
/// <c>git diff --word-diff</c> (<c>[-old-]{+new+}</c>, or red and green on a colour terminal).
/// </summary>
internal sealed class TextDiffWriter
{
    private readonly TextWriter _output;
    private readonly bool _useColour;

    public TextDiffWriter(TextWriter output, bool useColour)
    {
        _output = output;
        _useColour = useColour;
    }

    public void Write(DiffSides sides, ArticleDiff diff)
    {
        _output.WriteLine($"{C(ConsoleColour.Bold)}--- {sides.OldPath}{Revision(sides.OldRevision)}{C(ConsoleColour.Reset)}");
        _output.WriteLine($"{C(ConsoleColour.Bold)}+++ {sides.NewPath}{Revision(sides.NewRevision)}{C(ConsoleColour.Reset)}");

        Block("Metadata", diff.Metadata.Select(f => $"  ~ {f.Field}: {Value(f.Old)} -> {Value(f.New)}"));
        Block("Speakers", diff.Speakers.Select(s => s.Change switch
        {
            SpeakerChangeKind.Added => $"  {Plus()} @{s.Key} added: {s.New!.Name}{Role(s.New.Role)}",
            SpeakerChangeKind.Removed => $"  {Minus()} @{s.Key} removed: {s.Old!.Name}{Role(s.Old.Role)}",
            _ => $"  ~ @{s.Key}: " + string.Join("; ", s.Fields.Select(f => $"{f.Field} {Value(f.Old)} -> {Value(f.New)}")),
        }));
        Block("Sections", diff.Sections.Select(s => s.Change switch
        {
            SectionChangeKind.Added => $"  {Plus()} {Section(s.NewId, s.NewHeading)} added (section {s.NewIndex + 1})",
            SectionChangeKind.Removed => $"  {Minus()} {Section(s.OldId, s.OldHeading)} removed (was section {s.OldIndex + 1})",
            SectionChangeKind.Renamed => $"  ~ {s.NewId} renamed: {Value(s.OldHeading)} -> {Value(s.NewHeading)}",
            _ => $"  ~ {Section(s.NewId, s.NewHeading)} moved: section {s.OldIndex + 1} -> {s.NewIndex + 1}",
        }));
        Block("Quotes", diff.Quotes.Select(Quote));

        var counts = diff.Sentences.GroupBy(s => s.Operation).ToDictionary(g => g.Key, g => g.Count());
        var changed = diff.Sentences.Where(s => s.Operation != SentenceOperation.Unchanged).ToList();
        Block(
            "Sentences (" + string.Join(", ", new[] { SentenceOperation.Unchanged, SentenceOperation.Edited, SentenceOperation.Moved, SentenceOperation.Added, SentenceOperation.Removed }
                .Select(o => $"{(counts.TryGetValue(o, out var n) ? n : 0)} {DiffNames.Of(o)}")) + ")",
            changed.Select(Sentence));

        _output.WriteLine(diff.HasDifferences
            ? $"{diff.Metadata.Count} metadata, {diff.Speakers.Count} speaker, {diff.Sections.Count} section, {diff.Quotes.Count} quote and {changed.Count} sentence changes"
                + (diff.Quotes.Any(q => q.Serious) ? $"; {C(ConsoleColour.Red)}quoted words changed{C(ConsoleColour.Reset)}." : ".")
            : "No differences.");
    }

    private string Quote(QuoteChange change)
    {
        var quote = (change.New ?? change.Old)!;
        var where = change.New is { } n ? $"{n.SectionId}, line {n.Span.Line}" : $"{change.Old!.SectionId}, line {change.Old.Span.Line}";
        var kind = DiffNames.Of((change.Change == QuoteChangeKind.Added ? change.New : change.Old)!.Kind);
        return change.Change switch
        {
            QuoteChangeKind.Added => $"  {Plus()} {kind} quote of @{quote.SpeakerKey} added ({where}): {Value(quote.Text)}",
            QuoteChangeKind.Removed => $"  {Minus()} {kind} quote of @{quote.SpeakerKey} removed ({where}): {Value(quote.Text)}",
            QuoteChangeKind.Edited => $"  {(change.Serious ? C(ConsoleColour.Red) + "!" + C(ConsoleColour.Reset) : "~")} {kind} quote of @{quote.SpeakerKey} edited ({where}){(change.Serious ? ", quoted words changed" : string.Empty)}: \"{Words(change.Words)}\"",
            QuoteChangeKind.Reattributed => $"  ~ quote re-attributed @{change.Old!.SpeakerKey} -> @{change.New!.SpeakerKey} ({where}): {Value(quote.Text)}",
            QuoteChangeKind.KindChanged => $"  ~ quote of @{quote.SpeakerKey} changed {DiffNames.Of(change.Old!.Kind)} -> {DiffNames.Of(change.New!.Kind)} ({where}): {Value(quote.Text)}",
            _ => $"  ~ quote of @{quote.SpeakerKey} moved {change.Old!.SectionId} -> {change.New!.SectionId} ({where}): {Value(quote.Text)}",
        };
    }

    private string Sentence(SentenceChange change) => change.Operation switch
    {
        SentenceOperation.Added => $"  {Plus()} [{change.New!.Index}] {change.New.Text}",
        SentenceOperation.Removed => $"  {Minus()} [{change.Old!.Index}] {change.Old.Text}",
        SentenceOperation.Moved when change.Words.Count == 0 => $"  ~ [{change.Old!.Index} -> {change.New!.Index}] moved: {change.New.Text}",
        SentenceOperation.Moved => $"  ~ [{change.Old!.Index} -> {change.New!.Index}] moved and edited: {Words(change.Words)}",
        _ => $"  ~ [{change.Old!.Index} -> {change.New!.Index}]{Split(change)} {Words(change.Words)}",
    };

    private static string Split(SentenceChange change) =>
        change.New!.Count > 1 ? " split:" : change.Old!.Count > 1 ? " merged:" : string.Empty;

    private void Block(string title, IEnumerable<string> lines)
    {
        var list = lines.ToList();
        if (list.Count == 0 && !title.StartsWith("Sentences", System.StringComparison.Ordinal))
        {
            return;
        }

        _output.WriteLine();
        _output.WriteLine($"{C(ConsoleColour.Bold)}{title}{C(ConsoleColour.Reset)}");
        foreach (var line in list)
        {
            _output.WriteLine(line);
        }
    }

    private string Words(IReadOnlyList<WordChange> words)
    {
        var text = new StringBuilder();
        foreach (var word in words)
        {
            if (text.Length > 0)
            {
                text.Append(' ');
            }

            text.Append(word.Operation switch
            {
                WordOperation.Deleted => _useColour ? ConsoleColour.Red + word.Text + ConsoleColour.Reset : "[-" + word.Text + "-]",
                WordOperation.Inserted => _useColour ? ConsoleColour.Green + word.Text + ConsoleColour.Reset : "{+" + word.Text + "+}",
                _ => word.Text,
            });
        }

        return text.ToString();
    }

    private string Plus() => C(ConsoleColour.Green) + "+" + C(ConsoleColour.Reset);

    private string Minus() => C(ConsoleColour.Red) + "-" + C(ConsoleColour.Reset);

    private string C(string code) => _useColour ? code : string.Empty;

    private static string Revision(int? revision) => revision is int r ? $" (revision {r})" : string.Empty;

    private static string Role(string? role) => role is null ? string.Empty : ", " + role;

    private static string Section(string? id, string? heading) => heading is null ? id ?? "lead" : $"{id} \"{heading}\"";

    private static string Value(string? value) => value is null ? "(none)" : "\"" + value + "\"";
}
