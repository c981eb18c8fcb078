using ArticleCompiler.Configuration;
using ArticleCompiler.Model;
using ArticleCompiler.Registry;

namespace ArticleCompiler.Checking;

/// <summary>
/// Everything outside an article file that its check depends on, which is the same for every file
/// in one folder: the .editorconfig files that apply there (nearest first, up to <c>root = true</c>)
/// and the speaker registry entries in scope. <see cref="CorpusCheck"/> works it out once per
/// folder. A value: a cache keys a file's result by the file and this (with the run's registries,
/// <see cref="CorpusCheck.Registries"/>, whose ARTC109 findings depend on all of them).
/// </summary>
/// <param name="Folder">The folder, absolute.</param>
/// <param name="EditorConfigs">The .editorconfig files that apply, as read (path and text), nearest first.</param>
/// <param name="Configuration">Those files, parsed: the severities and rules they set.</param>
/// <param name="Registry">The speaker registry entries that apply to the folder's articles.</param>
public sealed record FolderContext(string Folder, EquatableArray<InputFile> EditorConfigs, SeverityConfiguration Configuration, RegistryScope Registry);
