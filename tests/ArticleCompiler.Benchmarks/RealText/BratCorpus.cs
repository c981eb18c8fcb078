using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace ArticleCompiler.Benchmarks.RealText;

/// <summary>The front-matter fields PolNeAR's metadata.tsv gives an article ("None" and empty read as absent).</summary>
public sealed record BratMetadata(string? Publisher, string? Published, string? Author, string? Title);

/// <summary>One PolNeAR article: its raw text, one annotator's attributions (if any) and its metadata.</summary>
public sealed record BratArticle(string Name, string TextPath, string? AnnotationPath, BratMetadata Metadata);

/// <summary>
/// A local checkout of PolNeAR (github.com/networkdynamics/PolNeAR, <c>data/</c>): the articles of
/// train, dev and test, each with the first annotator's file in name order (a fixed choice, so runs
/// compare). The texts are read from the given path and never copied into the repository.
/// </summary>
public static class BratCorpus
{
    public static readonly string[] Compartments = { "train", "dev", "test" };

    public static IReadOnlyList<BratArticle> Load(string dataPath)
    {
        var metadata = ReadMetadata(Path.Combine(dataPath, "metadata.tsv"));
        var articles = new List<BratArticle>();
        foreach (var compartment in Compartments)
        {
            var textFolder = Path.Combine(dataPath, compartment, "text");
            if (!Directory.Exists(textFolder))
            {
                continue;
            }

            var annotationFolder = Path.Combine(dataPath, compartment, "attributions");
            var annotations = Directory.Exists(annotationFolder)
                ? Directory.GetFiles(annotationFolder, "*.ann").OrderBy(p => p, StringComparer.Ordinal).ToList()
                : new List<string>();
            foreach (var textPath in Directory.GetFiles(textFolder, "*.txt").OrderBy(p => p, StringComparer.Ordinal))
            {
                var name = Path.GetFileNameWithoutExtension(textPath);
                var annotation = annotations.FirstOrDefault(p => Path.GetFileName(p).StartsWith(name + "_", StringComparison.Ordinal));
                metadata.TryGetValue(name, out var fields);
                articles.Add(new BratArticle(name, textPath, annotation, fields ?? new BratMetadata(null, null, null, null)));
            }
        }

        return articles;
    }

    private static Dictionary<string, BratMetadata> ReadMetadata(string path)
    {
        var result = new Dictionary<string, BratMetadata>(StringComparer.Ordinal);
        if (!File.Exists(path))
        {
            return result;
        }

        var lines = File.ReadAllLines(path);
        var header = lines[0].Split('\t');
        int Column(string name) => Array.IndexOf(header, name);
        var (file, publisher, date, author, title) = (Column("filename"), Column("publisher"), Column("publication_date"), Column("author"), Column("title"));
        foreach (var line in lines.Skip(1))
        {
            var fields = line.Split('\t');
            string? Field(int index) =>
                index >= 0 && index < fields.Length && fields[index].Trim() is { Length: > 0 } value && value != "None" ? value : null;
            if (Field(file) is { } name)
            {
                result[name] = new BratMetadata(Field(publisher), Field(date), Field(author), Field(title));
            }
        }

        return result;
    }
}
