using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using ArticleCompiler.Parsing;
using ArticleCompiler.Configuration;
using ArticleCompiler.Model;
using ArticleCompiler.Validation;

namespace ArticleCompiler.Cli.Input;

/// <summary>
/// Rule severities for article files from the .editorconfig files above them, read as the build
/// reads them (the core's <see cref="SeverityConfiguration"/>): the same corpus gives the same
/// result in the IDE, the build and <c>artc validate</c>. Each folder's file is read once.
/// </summary>
internal sealed class EditorConfigLookup
{
    private readonly ConcurrentDictionary<string, EditorConfigFile?> _byFolder = new(StringComparer.Ordinal);

    /// <summary>
    /// The findings of <paramref name="articlePath"/> (ordered by position) as they are reported
    /// (<see cref="SeverityConfiguration.Report"/>) under the .editorconfig files above it.
    /// </summary>
    public IReadOnlyList<ArticleDiagnostic> Apply(string articlePath, IReadOnlyList<ArticleDiagnostic> findings, ParsedArticle? parsed = null)
    {
        var fullPath = Path.GetFullPath(articlePath);
        var configuration = new SeverityConfiguration(new EquatableArray<EditorConfigFile>(FilesAbove(fullPath).ToArray()));
        return configuration.Report(fullPath, findings, parsed);
    }

    // From the article's folder up to the first root = true (or the file-system root).
    private List<EditorConfigFile> FilesAbove(string articlePath)
    {
        var files = new List<EditorConfigFile>();
        for (var folder = Path.GetDirectoryName(articlePath); folder is not null; folder = Path.GetDirectoryName(folder))
        {
            var file = _byFolder.GetOrAdd(folder, Read);
            if (file is not null)
            {
                files.Add(file);
                if (file.IsRoot)
                {
                    break;
                }
            }
        }

        return files;
    }

    private static EditorConfigFile? Read(string folder)
    {
        var path = Path.Combine(folder, ".editorconfig");
        try
        {
            // Only a regular file: a FIFO named .editorconfig would block the read forever.
            return FileKinds.Of(path) == FileKind.Regular ? EditorConfigFile.Parse(path, File.ReadAllText(path)) : null;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return null;   // an unreadable .editorconfig configures nothing, as in the build
        }
    }
}
