using System;
using System.Collections.Generic;

namespace ArticleCompiler.Parsing;

/// <summary>What a YAML node of the front matter is.</summary>
internal enum FrontMatterNodeKind
{
    Scalar,
    Sequence,
    Mapping,
}

/// <summary>
/// One node of the front matter, as the reader of its keys sees it: made either by
/// <see cref="FrontMatterScanner"/> (the shapes format v1 uses) or from YamlDotNet's representation
/// model (everything else), so that what the front matter means is decided in one place whichever
/// made it. Offsets are in the article text.
/// </summary>
internal sealed class FrontMatterNode
{
    // A front matter's nodes live only while FrontMatterReader reads it, so they are taken from a
    // pool kept per thread and given back by ReleaseAll: new nodes, and their growing lists, were
    // about a tenth of the bytes parsing a seed-sized article allocated. Nodes past the pool's size
    // are plain garbage; lists grown past LargestKeptList are not kept.
    private const int PoolSize = 512;
    private const int LargestKeptList = 256;

    private static readonly List<FrontMatterNode> NoItems = new();
    private static readonly List<KeyValuePair<FrontMatterNode, FrontMatterNode>> NoEntries = new();

    [ThreadStatic]
    private static List<FrontMatterNode>? _pool;

    [ThreadStatic]
    private static int _rented;

    private List<FrontMatterNode>? _items;
    private List<KeyValuePair<FrontMatterNode, FrontMatterNode>>? _entries;

    private FrontMatterNode()
    {
    }

    public FrontMatterNodeKind Kind { get; private set; }

    /// <summary>Where the node starts: its first character, or its opening quote or bracket.</summary>
    public int Start { get; private set; }

    /// <summary>Where a scalar ends (after its closing quote); collections end where their last child does.</summary>
    public int ScalarEnd { get; private set; }

    /// <summary>A scalar's value; null for a collection.</summary>
    public string? Value { get; private set; }

    /// <summary>Whether a scalar is plain (unquoted), so that <c>~</c> or <c>null</c> mean nothing.</summary>
    public bool IsPlain { get; private set; }

    public List<FrontMatterNode> Items => Kind == FrontMatterNodeKind.Sequence ? _items! : NoItems;

    public List<KeyValuePair<FrontMatterNode, FrontMatterNode>> Entries => Kind == FrontMatterNodeKind.Mapping ? _entries! : NoEntries;

    public bool IsNull => Kind == FrontMatterNodeKind.Scalar && IsPlain && Value is null or "" or "~" or "null" or "Null" or "NULL";

    public static FrontMatterNode Scalar(int start, int end, string? value, bool isPlain)
    {
        var node = Take(FrontMatterNodeKind.Scalar, start);
        node.ScalarEnd = end;
        node.Value = value;
        node.IsPlain = isPlain;
        return node;
    }

    public static FrontMatterNode Sequence(int start)
    {
        var node = Take(FrontMatterNodeKind.Sequence, start);
        node._items ??= new List<FrontMatterNode>();
        return node;
    }

    public static FrontMatterNode Mapping(int start)
    {
        var node = Take(FrontMatterNodeKind.Mapping, start);
        node._entries ??= new List<KeyValuePair<FrontMatterNode, FrontMatterNode>>();
        return node;
    }

    /// <summary>Gives every node taken on this thread back to the pool; none of them may be used after.</summary>
    public static void ReleaseAll()
    {
        var pool = _pool;
        if (pool is null)
        {
            return;
        }

        for (var i = 0; i < _rented; i++)
        {
            var node = pool[i];
            node.Value = null;
            node._items = node._items is { Capacity: <= LargestKeptList } items ? Cleared(items) : null;
            node._entries = node._entries is { Capacity: <= LargestKeptList } entries ? Cleared(entries) : null;
        }

        _rented = 0;
    }

    private static List<T> Cleared<T>(List<T> list)
    {
        list.Clear();
        return list;
    }

    private static FrontMatterNode Take(FrontMatterNodeKind kind, int start)
    {
        var pool = _pool ??= new List<FrontMatterNode>();
        FrontMatterNode node;
        if (_rented < pool.Count)
        {
            node = pool[_rented++];
        }
        else
        {
            node = new FrontMatterNode();
            if (pool.Count < PoolSize)
            {
                pool.Add(node);
                _rented++;
            }
        }

        node.Kind = kind;
        node.Start = start;
        node.ScalarEnd = 0;
        node.Value = null;
        node.IsPlain = false;
        return node;
    }
}
