using System.Collections.Generic;
using System.Linq;
using ArticleCompiler.Model;
using ArticleCompiler.Parsing;
using ArticleCompiler.Text;
using ArticleCompiler.Validation;

namespace ArticleCompiler.Registry;

/// <summary>
/// One speaker registry file (<c>speakers.yaml</c>), read: its speakers, each marked with the file
/// it stands in, and the findings about the file itself. Reading the file is the caller's job.
/// </summary>
/// <param name="Path">The file's path, as the caller names it.</param>
/// <param name="Speakers">The entries in file order, malformed keys included (already reported).</param>
/// <param name="Findings">Findings about this file, in order of position.</param>
public sealed record SpeakerRegistryFile(string Path, EquatableArray<Speaker> Speakers, EquatableArray<Finding> Findings)
{
    /// <summary>
    /// What tells files apart: two paths with the same identity are one file reached twice (a
    /// symbolic link), whose keys are not defined twice. The path itself unless the caller says.
    /// </summary>
    public string Identity { get; init; } = Path;

    /// <summary>The file name that makes a file a speaker registry.</summary>
    public const string FileName = "speakers.yaml";

    /// <summary>Whether <paramref name="path"/> names a speaker registry.</summary>
    public static bool IsRegistry(string path)
    {
        var normalized = CorpusPath.Normalize(path);
        var name = normalized.Substring(normalized.LastIndexOf('/') + 1);
        return string.Equals(name, FileName, System.StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Reads the registry <paramref name="text"/> of the file at <paramref name="path"/>.</summary>
    public static SpeakerRegistryFile Read(string path, string text)
    {
        if (ArticleTextDecoder.FindNotText(text) is { } notText)
        {
            return new SpeakerRegistryFile(path, EquatableArray<Speaker>.Empty, new EquatableArray<Finding>(new[] { notText }));
        }

        var diagnostics = new List<Finding>();
        var result = FrontMatterReader.ReadRegistry(text, new LineMap(text), diagnostics);
        foreach (var unknown in result.UnknownKeys)
        {
            diagnostics.Add(Finding.Create(DiagnosticDescriptors.UnknownKey, unknown.Span, "speaker", unknown.Key, Suggestions.DidYouMean(unknown.Key, FrontMatterReader.KnownSpeakerKeys)));
        }

        var speakers = new List<Speaker>(result.Speakers.Count);
        foreach (var speaker in result.Speakers)
        {
            // Unlike an article's entry, a registry entry has nothing to take its name from.
            if (speaker.Name.Length == 0 && !result.SpeakersWithUnreadableName.Contains(speaker.Key))
            {
                diagnostics.Add(Finding.Create(DiagnosticDescriptors.SpeakerWithoutName, speaker.Span, speaker.Key));
            }

            speakers.Add(speaker with { RegistryPath = path });
        }

        diagnostics.Sort(DiagnosticOrder.Instance);
        return new SpeakerRegistryFile(path, speakers.ToEquatableArray(), diagnostics.ToEquatableArray());
    }
}
