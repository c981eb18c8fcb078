using ArticleCompiler.Diffing;
using ArticleCompiler.Model;

namespace ArticleCompiler.Cli.Output.Diff;

/// <summary>The stable names every format uses for kinds of change (the JSON schema's values).</summary>
internal static class DiffNames
{
    public static string Of(SpeakerChangeKind change) => change switch
    {
        SpeakerChangeKind.Added => "added",
        SpeakerChangeKind.Removed => "removed",
        _ => "changed",
    };

    public static string Of(SectionChangeKind change) => change switch
    {
        SectionChangeKind.Added => "added",
        SectionChangeKind.Removed => "removed",
        SectionChangeKind.Renamed => "renamed",
        _ => "moved",
    };

    public static string Of(QuoteChangeKind change) => change switch
    {
        QuoteChangeKind.Added => "added",
        QuoteChangeKind.Removed => "removed",
        QuoteChangeKind.Edited => "edited",
        QuoteChangeKind.Reattributed => "reattributed",
        QuoteChangeKind.KindChanged => "kind-changed",
        _ => "moved",
    };

    public static string Of(SentenceOperation operation) => operation switch
    {
        SentenceOperation.Unchanged => "unchanged",
        SentenceOperation.Added => "added",
        SentenceOperation.Removed => "removed",
        SentenceOperation.Edited => "edited",
        _ => "moved",
    };

    public static string Of(QuoteKind kind) => kind switch
    {
        QuoteKind.Direct => "direct",
        QuoteKind.Partial => "partial",
        _ => "indirect",
    };

    public static string Of(WordOperation operation) => operation switch
    {
        WordOperation.Equal => "equal",
        WordOperation.Deleted => "deleted",
        _ => "inserted",
    };
}
