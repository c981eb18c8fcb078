using System.Collections.Generic;
using System.IO;
using ArticleCompiler.Checking;
using ArticleCompiler.Parsing;

namespace ArticleCompiler.Core.Tests.Checking;

/// <summary>A corpus in memory under <c>/c</c>, counting what the check asks of it.</summary>
internal sealed class MemoryCorpusFiles : ICorpusFiles
{
    private readonly Dictionary<string, string> _files = new();

    public MemoryCorpusFiles(IEnumerable<KeyValuePair<string, string>> files)
    {
        foreach (var (path, text) in files)
        {
            _files[FullPath(path)] = text;
        }
    }

    /// <summary>How many times each path was read (inputs and .editorconfig files alike).</summary>
    public Dictionary<string, int> Reads { get; } = new();

    public InputFile Read(string path)
    {
        var full = FullPath(path);
        Count(full);
        return _files.TryGetValue(full, out var text) ? new InputFile(path, text, ArticleTextDecoder.FindNotText(text)) : throw new FileNotFoundException($"Could not find file '{full}'.");
    }

    public bool IsFile(string path) => _files.ContainsKey(FullPath(path));

    public string? ReadConfiguration(string path)
    {
        Count(path);
        return _files.TryGetValue(path, out var text) ? text : null;
    }

    public string FullPath(string path) => path.StartsWith('/') ? path : "/c/" + path;

    public string RealPath(string fullPath) => fullPath;

    public string DisplayPath(string fullPath) => fullPath.StartsWith("/c/") ? fullPath["/c/".Length..] : fullPath;

    private void Count(string path)
    {
        lock (Reads)
        {
            Reads[path] = Reads.GetValueOrDefault(path) + 1;
        }
    }
}
