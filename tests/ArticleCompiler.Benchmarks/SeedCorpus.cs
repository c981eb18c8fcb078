using System;
using System.IO;
using ArticleCompiler.Tests.Shared;

namespace ArticleCompiler.Benchmarks;

/// <summary>The annotated seed and copies of it with distinct ids, as benchmarks need them.</summary>
internal static class SeedCorpus
{
    /// <summary>The annotated seed's text.</summary>
    public static string Seed => File.ReadAllText(Path.Combine(RepositoryRoot, "seeds", "russia-us-syria.article.md"));

    /// <summary>The seed with its id changed to <c>russia-us-syria-N</c>.</summary>
    public static string Copy(string seed, int n) =>
        seed.Replace("id: russia-us-syria\n", $"id: russia-us-syria-{n}\n", StringComparison.Ordinal);

    /// <summary>Writes <paramref name="count"/> copies with distinct ids into <paramref name="folder"/>.</summary>
    public static void Write(string folder, int count)
    {
        Directory.CreateDirectory(folder);
        var seed = Seed;
        for (var i = 0; i < count; i++)
        {
            File.WriteAllText(Path.Combine(folder, $"article-{i:D5}.article.md"), Copy(seed, i));
        }
    }

    /// <summary>The repository root.</summary>
    public static string RepositoryRoot => RepositoryPaths.Root;
}
