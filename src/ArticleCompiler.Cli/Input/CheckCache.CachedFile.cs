using System;
using System.Collections.Generic;
using System.IO.Hashing;
using System.Runtime.InteropServices;
using ArticleCompiler.Checking;
using ArticleCompiler.Model;
using ArticleCompiler.Text;
using ArticleCompiler.Validation;

namespace ArticleCompiler.Cli.Input;

/// <summary>
/// What the check of one article file leaves for <see cref="CheckCache"/>: its findings at their
/// configured severities with their caret excerpts, and what the corpus rule (ARTC108) needs. It
/// names no path: the same file named another way (absolute, relative) gets its findings back under
/// the name it has in the run.
/// </summary>
/// <param name="ContentHash">XxHash128 of the text checked (UTF-16); null when the file had none (not text, too large).</param>
/// <param name="Findings">The configured findings, in order.</param>
/// <param name="Identity">The article's id, or null when it was not parsed.</param>
/// <param name="ValidUntil">UTC ticks after which the result is stale: a publication date still ahead gives a finding only until then.</param>
internal sealed record CachedFile(UInt128? ContentHash, IReadOnlyList<CachedFinding> Findings, CachedIdentity? Identity, long ValidUntil)
{
    /// <summary>The article as the last export that checked it wrote it; null when no export did (or it had no article).</summary>
    public CachedRendering? Rendering { get; init; }

    /// <summary>
    /// What to keep of <paramref name="report"/>, the report of checking <paramref name="file"/> into
    /// <paramref name="checkedArticle"/>, at <paramref name="now"/>.
    /// </summary>
    public static CachedFile Of(InputFile file, CheckedArticle checkedArticle, FileReport report, DateTimeOffset now)
    {
        var kept = new CachedFinding[report.Findings.Count];
        for (var i = 0; i < kept.Length; i++)
        {
            kept[i] = new CachedFinding(report.Findings[i].Finding, report.Findings[i].Excerpt);
        }

        var identity = report.Identity is { } id ? new CachedIdentity(id.Id, id.Revision, id.IdSpan, report.IdExcerpt) : null;

        // ArticleValidator reports a publication date later than "now": that finding goes stale.
        var validUntil = checkedArticle.Parsed?.Article.Metadata.PublishedDate is { } published && published > now ? published.UtcTicks : long.MaxValue;
        return new CachedFile(file.Text is null ? null : HashOf(file.Text), kept, identity, validUntil);
    }

    /// <summary>The hash <see cref="ContentHash"/> holds for <paramref name="text"/>.</summary>
    public static UInt128 HashOf(string text) => XxHash128.HashToUInt128(MemoryMarshal.AsBytes(text.AsSpan()));

    /// <summary>The report of the file named <paramref name="path"/> in this run.</summary>
    public FileReport ToReport(string path)
    {
        var findings = new ReportedFinding[Findings.Count];
        for (var i = 0; i < findings.Length; i++)
        {
            findings[i] = new ReportedFinding(path, Findings[i].Finding, Findings[i].Excerpt);
        }

        return Identity is { } id
            ? new FileReport(path, new EquatableArray<ReportedFinding>(findings), new ArticleIdentity(path, id.Id, id.Revision, id.IdSpan), id.IdExcerpt)
            : new FileReport(path, new EquatableArray<ReportedFinding>(findings), null, SourceExcerpt.None);
    }
}

/// <summary>A configured finding and the excerpt of its line that the text format shows.</summary>
internal readonly record struct CachedFinding(Finding Finding, SourceExcerpt Excerpt);

/// <summary>
/// An article's id as the corpus rule (ARTC108) reads it, and the excerpt of the line its id stands
/// on, which a finding of that rule shows (so a cached file is not read again to show it).
/// </summary>
internal sealed record CachedIdentity(string Id, int? Revision, SourceSpan IdSpan, SourceExcerpt IdExcerpt);

/// <summary>
/// An article's export bytes, kept in the cache file before its index (<see cref="CheckCache"/>):
/// for which export of which file (<paramref name="Key"/>, a hash of the file's name in the run,
/// which the <c>file</c> columns show, and of everything else but the file that the bytes depend
/// on), where the bytes are, one length per output of that export, and their hash, checked each
/// time they are read.
/// </summary>
internal sealed record CachedRendering(UInt128 Key, long Offset, int[] Lengths, ulong Hash)
{
    /// <summary>Written by this run into the cache file it is writing (not into the one it read).</summary>
    public bool Fresh { get; init; }

    /// <summary>The number of bytes.</summary>
    public long Length
    {
        get
        {
            long length = 0;
            foreach (var part in Lengths)
            {
                length += part;
            }

            return length;
        }
    }
}
