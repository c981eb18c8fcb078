using System;
using System.Collections.Generic;
using System.IO.Hashing;
using System.Runtime.InteropServices;
using ArticleCompiler.Cli.Output;
using ArticleCompiler.Parsing;
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
    /// <summary>The result of checking <paramref name="text"/> (null when the file had none) into <paramref name="parsed"/> with <paramref name="findings"/>, at <paramref name="now"/>.</summary>
    public static CachedFile Of(string? text, ParsedArticle? parsed, IReadOnlyList<FileDiagnostic> findings, DateTimeOffset now)
    {
        var kept = new CachedFinding[findings.Count];
        for (var i = 0; i < kept.Length; i++)
        {
            kept[i] = new CachedFinding(findings[i].Diagnostic, findings[i].Excerpt);
        }

        CachedIdentity? identity = null;
        var validUntil = long.MaxValue;
        if (parsed is not null && text is not null)
        {
            var metadata = parsed.Article.Metadata;
            var span = CorpusValidator.IdSpan(parsed);
            identity = new CachedIdentity(metadata.Id, metadata.Revision, span, SourceLines.LineAt(text, span.Start));

            // ArticleValidator reports a publication date later than "now": that finding goes stale.
            if (metadata.PublishedDate is { } published && published > now)
            {
                validUntil = published.UtcTicks;
            }
        }

        return new CachedFile(text is null ? null : HashOf(text), kept, identity, validUntil);
    }

    /// <summary>The hash <see cref="ContentHash"/> holds for <paramref name="text"/>.</summary>
    public static UInt128 HashOf(string text) => XxHash128.HashToUInt128(MemoryMarshal.AsBytes(text.AsSpan()));

    /// <summary>The findings as findings in the file named <paramref name="path"/>.</summary>
    public FileDiagnostic[] FindingsIn(string path)
    {
        if (Findings.Count == 0)
        {
            return Array.Empty<FileDiagnostic>();
        }

        var findings = new FileDiagnostic[Findings.Count];
        for (var i = 0; i < findings.Length; i++)
        {
            findings[i] = new FileDiagnostic(path, Findings[i].Finding, Findings[i].Excerpt);
        }

        return findings;
    }
}

/// <summary>A configured finding and the excerpt of its line that the text format shows.</summary>
internal readonly record struct CachedFinding(ArticleDiagnostic Finding, SourceExcerpt Excerpt);

/// <summary>
/// An article's id as the corpus rule (ARTC108) reads it, and the line its id stands on, which a
/// finding of that rule shows under it (so a cached file is not read again to show it).
/// </summary>
internal sealed record CachedIdentity(string Id, int? Revision, SourceSpan IdSpan, string IdLine);
