using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using ArticleCompiler.Checking;
using ArticleCompiler.Annotation;
using ArticleCompiler.Cli.Input;
using ArticleCompiler.Cli.Output;
using ArticleCompiler.Model;
using ArticleCompiler.Registry;
using ArticleCompiler.Validation;

namespace ArticleCompiler.Cli.Commands;

/// <summary>
/// The speaker registries <c>artc annotate</c> quotes from: those named with <c>--registry</c>, and
/// the <c>speakers.yaml</c> files in the drafts' folder and above it, found as <c>artc validate</c>
/// finds those above an article. Read, reported and scoped by the core's <see cref="CorpusCheck"/>.
/// </summary>
internal static class AnnotateRegistry
{
    /// <summary>
    /// Options with the registry entries the drafts at <paramref name="targets"/> (null: standard
    /// output) may quote: those that apply there, and those of registries that do not (copied
    /// into the drafts); or null when a registry cannot be used (what is wrong is written to
    /// <paramref name="error"/>; <paramref name="exitCode"/> says how the run ends).
    /// </summary>
    public static AnnotatorOptions? Load(IReadOnlyList<string> named, IReadOnlyList<string?> targets, long maxFileSize, TextWriter error, out int exitCode)
    {
        exitCode = ExitCodes.Success;
        foreach (var path in named)
        {
            // validate and the build find registries by this name only: any other would never
            // apply to the drafts that quote it.
            if (!SpeakerRegistryFile.IsRegistry(path))
            {
                error.WriteLine($"artc: error: --registry '{path}': a speaker registry is a file named {SpeakerRegistryFile.FileName}");
                exitCode = ExitCodes.UsageOrInputProblem;
            }
            else if (!File.Exists(path))
            {
                error.WriteLine(Directory.Exists(path) ? $"artc: error: --registry '{path}' is a folder" : $"artc: error: --registry '{path}' does not exist");
                exitCode = ExitCodes.UsageOrInputProblem;
            }
        }

        if (exitCode != ExitCodes.Success)
        {
            return null;
        }

        var drafts = targets.OfType<string>().ToList();

        // The registry part of the corpus check: no article is checked, the drafts are not written yet.
        var check = new CorpusCheck(new DiskCorpusFiles(maxFileSize), named.Concat(drafts).ToList(), new ValidationOptions(DateTimeOffset.UtcNow));
        foreach (var failure in check.ReadFailures)
        {
            error.WriteLine("artc: error: cannot read " + failure);
        }

        if (check.ReadFailures.Count > 0)
        {
            exitCode = ExitCodes.UsageOrInputProblem;
            return null;
        }

        // A registry's own findings are reported as validate reports them; with an error in one,
        // no draft is written, since the drafts would quote keys that do not resolve.
        var errors = 0;
        var reported = new MsBuildValidationWriter(error);
        foreach (var finding in check.RegistryFindings())
        {
            reported.Write(finding);
            errors += finding.Finding.Severity == DiagnosticSeverity.Error ? 1 : 0;
        }

        if (errors > 0)
        {
            error.WriteLine($"artc: error: the speaker {(check.RegistryFileCount == 1 ? "registry has" : "registries have")} errors; no drafts written");
            exitCode = ExitCodes.FindingsAtErrorLevel;
            return null;
        }

        // The drafts go into one folder (or to standard output): a registry applies to all or to
        // none of them, as validate and the build scope it. One that does not is copied into them.
        var applies = drafts.Count == 0 ? RegistryScope.Empty : check.ContextOf(drafts[0]).Registry;
        var elsewhere = check.Registry.Entries().Where(entry => applies.Find(entry.Key) is null).ToArray();
        return new AnnotatorOptions { Registry = applies, RegistryElsewhere = elsewhere.Length == 0 ? RegistryScope.Empty : new RegistryScope(new EquatableArray<Speaker>(elsewhere)) };
    }
}
