using ArticleCompiler.Validation;
using ArticleCompiler.Model;

namespace ArticleCompiler.Generators.Models;

/// <summary>What the emitter writes for a corpus's speaker registries: the <c>Speakers</c> class.</summary>
/// <param name="Namespace">The namespace of the generated code.</param>
/// <param name="Files">The registry files, relative to the project folder.</param>
/// <param name="Speakers">One entry per registry key, in registry order.</param>
internal sealed record RegistrySpec(string Namespace, EquatableArray<string> Files, EquatableArray<RegistrySpeakerSpec> Speakers);

/// <summary>A registry speaker and the property of <c>Speakers</c> it becomes.</summary>
internal sealed record RegistrySpeakerSpec(
    string Key,
    string MemberName,
    string Name,
    string? Role,
    EquatableArray<string> Aliases,
    SpeakerKind Kind,
    int FileIndex,
    int Line,
    int Column);

/// <summary>The output of the registry step: the class to emit (none without a registry file) and the registries' findings.</summary>
internal sealed record RegistryOutput(RegistrySpec? Spec, EquatableArray<FileFinding> Findings);
