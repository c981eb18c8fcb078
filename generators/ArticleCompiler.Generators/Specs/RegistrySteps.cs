using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using ArticleCompiler.Generators.Models;
using ArticleCompiler.Generators.Naming;
using ArticleCompiler.Model;
using ArticleCompiler.Parsing;
using ArticleCompiler.Registry;
using ArticleCompiler.Validation;

namespace ArticleCompiler.Generators.Specs;

/// <summary>The pure functions behind the registry steps: read one <c>speakers.yaml</c>, and turn the corpus's registries into the <c>Speakers</c> class.</summary>
internal static class RegistrySteps
{
    /// <summary>Reads one registry file; unreadable text is an ARTC010 finding on it.</summary>
    public static SpeakerRegistryFile Read(string path, string? text, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        if (text is null)
        {
            return new SpeakerRegistryFile(path, EquatableArray<Speaker>.Empty, new EquatableArray<Finding>(new[] { FileFindings.Unreadable() }));
        }

        try
        {
            return SpeakerRegistryFile.Read(path, text);
        }
        catch (Exception exception)
        {
            return new SpeakerRegistryFile(path, EquatableArray<Speaker>.Empty, new EquatableArray<Finding>(new[] { FileFindings.Failure(exception) }));
        }
    }

    /// <summary>The <c>Speakers</c> class of <paramref name="registry"/> (none without a registry file), and the registries' findings.</summary>
    public static RegistryOutput Build(SpeakerRegistry registry, GeneratorOptions options)
    {
        var diagnostics = registry.Findings().ToList();
        if (registry.IsEmpty)
        {
            return new RegistryOutput(null, new EquatableArray<FileFinding>(diagnostics.ToArray()));
        }

        var files = registry.Files.Select(file => SpecSteps.RelativePath(file.Path, options.ProjectDirectory)).ToArray();
        var fileIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < registry.Files.Count; i++)
        {
            fileIndex[registry.Files[i].Path] = i;
        }

        // The class's own name and its members (All, and the private Data) are taken.
        var names = new NameAllocator(NameAllocator.ObjectMembers.Concat(new[] { "All", "Data", GeneratedNames.SpeakersClass }));
        var speakers = new List<RegistrySpeakerSpec>();
        foreach (var speaker in registry.Entries())
        {
            // A malformed key is an error already (ARTC103); it gets no member.
            if (!SyntaxRules.IsKey(speaker.Key))
            {
                continue;
            }

            var wanted = CSharpNames.FromId(speaker.Key);
            var name = names.Allocate(wanted, out var collided);
            if (collided)
            {
                diagnostics.Add(new FileFinding(speaker.RegistryPath!, Finding.Create(DiagnosticDescriptors.NameCollision, speaker.Span, "speaker key", speaker.Key, wanted, name)));
            }

            speakers.Add(new RegistrySpeakerSpec(speaker.Key, name, speaker.Name, speaker.Role, speaker.Aliases, speaker.Kind, fileIndex[speaker.RegistryPath!], speaker.Span.Line, speaker.Span.Column));
        }

        var spec = new RegistrySpec(options.Namespace, new EquatableArray<string>(files), new EquatableArray<RegistrySpeakerSpec>(speakers.ToArray()));
        return new RegistryOutput(spec, new EquatableArray<FileFinding>(diagnostics.ToArray()));
    }
}
