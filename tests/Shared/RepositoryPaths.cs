using System;
using System.IO;

namespace ArticleCompiler.Tests.Shared;

/// <summary>Finds the repository's files from a test or benchmark binary.</summary>
internal static class RepositoryPaths
{
    /// <summary>The repository root: the nearest folder above the binary that holds ArticleCompiler.sln.</summary>
    public static string Root
    {
        get
        {
            var folder = new DirectoryInfo(AppContext.BaseDirectory);
            while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "ArticleCompiler.sln")))
            {
                folder = folder.Parent;
            }

            return folder?.FullName ?? throw new InvalidOperationException("ArticleCompiler.sln not found above " + AppContext.BaseDirectory);
        }
    }

    /// <summary>The annotated seed article.</summary>
    public static string Seed => Path.Combine(Root, "seeds", "russia-us-syria.article.md");

    /// <summary>The seed corpus's speaker registry, which the revisions quote.</summary>
    public static string SeedRegistry => Path.Combine(Root, "seeds", "speakers.yaml");

    /// <summary>The raw text the seed was annotated from.</summary>
    public static string RawSeed => Path.Combine(Root, "seeds", "raw", "000_325cd8fcc397f6ab.txt");

    /// <summary>The hand-annotated articles <c>artc annotate</c> is scored against (tests/Gold).</summary>
    public static string Gold => Path.Combine(Root, "tests", "Gold");
}
