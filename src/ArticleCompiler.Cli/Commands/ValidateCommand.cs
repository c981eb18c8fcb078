using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
using ArticleCompiler.Cli.Input;
using ArticleCompiler.Cli.Output;
using ArticleCompiler.Parsing;
using ArticleCompiler.Validation;

namespace ArticleCompiler.Cli.Commands;

/// <summary><c>artc validate</c>: checks articles and reports every finding, for people and for CI.</summary>
internal static class ValidateCommand
{
    /// <summary>The formats <c>artc validate</c> writes.</summary>
    public enum Format
    {
        /// <summary>Compiler-style lines with the source line and a caret, and a summary.</summary>
        Text,

        /// <summary><c>file(line,col): error CODE: message</c>, which CI systems turn into annotations.</summary>
        MsBuild,

        /// <summary>One JSON document.</summary>
        Json,

        /// <summary>SARIF 2.1.0, for code scanning.</summary>
        Sarif,
    }

    /// <summary>Builds the command.</summary>
    public static Command Create(TextWriter output, TextWriter error)
    {
        var paths = CommonOptions.Paths();
        var format = new Option<string>("--format", "-f")
        {
            Description = "Output format: text (default), msbuild, json or sarif.",
            DefaultValueFactory = _ => "text",
        };
        format.AcceptOnlyFromAmong("text", "msbuild", "json", "sarif");
        var warnAsError = new Option<bool>("--warnaserror")
        {
            Description = "Treat warnings as errors (they then fail validation).",
        };
        var maxFileSize = CommonOptions.MaxFileSize();
        var cache = CommonOptions.Cache();
        var cacheLocation = CommonOptions.CacheLocation();

        var command = new Command("validate", "Check articles against the format and report every finding with its file, line and column.")
        {
            paths, format, warnAsError, maxFileSize, cache, cacheLocation,
        };
        command.SetAction(parseResult => Run(
            new Request(
                parseResult.GetValue(paths) ?? Array.Empty<string>(),
                ParseFormat(parseResult.GetValue(format)),
                parseResult.GetValue(warnAsError),
                parseResult.GetValue(maxFileSize),
                ConsoleColour.IsWanted(output))
            {
                Cache = parseResult.GetValue(cache) ? parseResult.GetValue(cacheLocation) ?? string.Empty : null,
            },
            output,
            error));
        return command;
    }

    private static Format ParseFormat(string? name) => name switch
    {
        "msbuild" => Format.MsBuild,
        "json" => Format.Json,
        "sarif" => Format.Sarif,
        _ => Format.Text,
    };

    /// <summary>Everything one validation run is asked to do.</summary>
    public sealed record Request(IReadOnlyList<string> Paths, Format Format, bool WarnAsError, long MaxFileSize, bool UseColour)
    {
        /// <summary>With <c>--cache</c>: where its file is (<see cref="CheckCache.Locate"/>; empty: the default); null without it.</summary>
        public string? Cache { get; init; }

        /// <summary>The artc a cache is written by and for; null: this one (<see cref="CheckCache.ArtcVersion"/>; tests play another).</summary>
        public string? ArtcVersion { get; init; }
    }

    /// <summary>Validates the files of <paramref name="request"/>; returns the exit code.</summary>
    public static int Run(Request request, TextWriter output, TextWriter error)
    {
        var cacheFile = request.Cache is null ? null : CheckCache.Preload(request.Cache);
        var files = ArticleFileFinder.FindOrReport(request.Paths, error, withRegistries: true);
        if (files is null)
        {
            return ExitCodes.UsageOrInputProblem;
        }

        var options = new ValidationOptions(DateTimeOffset.UtcNow);
        var writer = ValidationWriter.For(request.Format, output, request.UseColour);
        var corpus = new CorpusValidator();
        var configuration = new EditorConfigLookup();
        var registries = RegistryLoader.LoadAndReport(files, request.MaxFileSize, error);
        var report = new ValidationReport();
        var readFailures = registries.ReadFailures.Count;
        var internalFailures = 0;
        var progress = Progress.For(error, registries.Articles.Count, "checked");
        var cache = cacheFile is null ? null : CheckCache.Open(cacheFile, request.ArtcVersion ?? CheckCache.ArtcVersion, request.MaxFileSize, registries, options.Now, error);

        // Files are read and checked in parallel but reported in order; only each file's findings
        // (not its text) outlive the file, so memory stays flat however many files there are.
        var results = registries.Articles
            .AsParallel()
            .AsOrdered()
            .WithDegreeOfParallelism(Math.Max(1, Environment.ProcessorCount))
            .Select(path => cache is null
                ? ValidateFile(path, request.MaxFileSize, options, configuration, registries)
                : cache.Check(path, cached => FileResult.FromCache(path, cached), () => ValidateFile(path, request.MaxFileSize, options, configuration, registries, forCache: true), result => result.ForCache));
        foreach (var result in results)
        {
            if (result.InternalError is not null || result.ReadError is not null || result.Findings.Count > 0)
            {
                progress.Clear();
            }

            progress.Advance();
            if (result.InternalError is not null)
            {
                error.WriteLine($"artc: internal error on '{result.Path}': {result.InternalError} (please report this)");
                internalFailures++;
                continue;
            }

            if (result.ReadError is not null)
            {
                error.WriteLine($"artc: error: cannot read '{result.Path}': {result.ReadError}");
                readFailures++;
                continue;
            }

            report.Files++;

            if (result.Identity is { } identity)
            {
                corpus.Add(result.Path, identity.Id, identity.Revision, identity.IdSpan);
            }

            foreach (var finding in result.Findings)
            {
                writer.Write(report.Add(finding, request.WarnAsError));
            }
        }

        // The registries' own findings and keys defined twice, then the corpus rule on article ids.
        progress.Clear();
        report.Files += registries.FileCount;
        foreach (var file in registries.Findings().Concat(corpus.Finish()).GroupBy(f => f.Path))
        {
            foreach (var configured in configuration.Apply(file.Key, file.Select(f => f.Finding).ToList()))
            {
                var lineText = cache?.IdLine(file.Key, configured.Span.Line) ?? SourceLines.Read(file.Key, configured.Span.Line, request.MaxFileSize);
                writer.Write(report.Add(new FileDiagnostic(file.Key, configured, lineText), request.WarnAsError));
            }
        }

        writer.Complete(report);
        output.Flush();
        cache?.Save(error);

        if (internalFailures > 0)
        {
            return ExitCodes.InternalError;
        }

        if (readFailures > 0)
        {
            return ExitCodes.UsageOrInputProblem;
        }

        return report.Errors > 0 ? ExitCodes.FindingsAtErrorLevel : ExitCodes.Success;
    }

    // What outlives a file: its findings and what the corpus rule needs (never the text or the model).
    private sealed record FileResult(string Path, ArticleIdentity? Identity, IReadOnlyList<FileDiagnostic> Findings, string? ReadError, string? InternalError = null)
    {
        /// <summary>What <see cref="CheckCache"/> keeps of a file checked (with --cache only).</summary>
        public CachedFile? ForCache { get; init; }

        public static FileResult FromCache(string path, CachedFile cached) =>
            new(path, cached.Identity is { } id ? new ArticleIdentity(id.Id, id.Revision, id.IdSpan) : null, cached.FindingsIn(path), null);
    }

    private sealed record ArticleIdentity(string Id, int? Revision, Text.SourceSpan IdSpan);

    // One file's failure never costs the other files their findings: everything that goes wrong
    // here becomes part of this file's result.
    private static FileResult ValidateFile(string path, long maxFileSize, ValidationOptions options, EditorConfigLookup configuration, RegistryLoader registries, bool forCache = false)
    {
        try
        {
            return ValidateReadableFile(path, maxFileSize, options, configuration, registries, forCache);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            return new FileResult(path, null, Array.Empty<FileDiagnostic>(), exception.Message);
        }
        catch (Exception exception)
        {
            return new FileResult(path, null, Array.Empty<FileDiagnostic>(), null, $"{exception.GetType().Name}: {exception.Message}");
        }
    }

    private static FileResult ValidateReadableFile(string path, long maxFileSize, ValidationOptions options, EditorConfigLookup configuration, RegistryLoader registries, bool forCache)
    {
        var checkedArticle = CheckedArticle.Check(path, maxFileSize, options, configuration, registries);
        var (text, parsed, _, diagnostics) = checkedArticle;
        var findings = new FileDiagnostic[diagnostics.Count];
        for (var i = 0; i < findings.Length; i++)
        {
            findings[i] = text is null
                ? new FileDiagnostic(path, diagnostics[i], checkedArticle.ProblemLine)
                : FileDiagnostic.InText(path, diagnostics[i], text);
        }

        var forTheCache = forCache ? CachedFile.Of(text, parsed, findings, options.Now) : null;
        if (parsed is null)
        {
            return new FileResult(path, null, findings, null) { ForCache = forTheCache };
        }

        var metadata = parsed.Article.Metadata;
        return new FileResult(path, new ArticleIdentity(metadata.Id, metadata.Revision, CorpusValidator.IdSpan(parsed)), findings, null) { ForCache = forTheCache };
    }
}
