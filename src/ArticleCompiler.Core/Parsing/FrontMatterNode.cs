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
    private static readonly List<FrontMatterNode> NoItems = new();
    private static readonly List<KeyValuePair<FrontMatterNode, FrontMatterNode>> NoEntries = new();

    private FrontMatterNode(FrontMatterNodeKind kind, int start)
    {
        Kind = kind;
        Start = start;
    }

    public FrontMatterNodeKind Kind { get; }

    /// <summary>Where the node starts: its first character, or its opening quote or bracket.</summary>
    public int Start { get; }

    /// <summary>Where a scalar ends (after its closing quote); collections end where their last child does.</summary>
    public int ScalarEnd { get; private set; }

    /// <summary>A scalar's value; null for a collection.</summary>
    public string? Value { get; private set; }

    /// <summary>Whether a scalar is plain (unquoted), so that <c>~</c> or <c>null</c> mean nothing.</summary>
    public bool IsPlain { get; private set; }

    public List<FrontMatterNode> Items { get; private set; } = NoItems;

    public List<KeyValuePair<FrontMatterNode, FrontMatterNode>> Entries { get; private set; } = NoEntries;

    public bool IsNull => Kind == FrontMatterNodeKind.Scalar && IsPlain && Value is null or "" or "~" or "null" or "Null" or "NULL";

    public static FrontMatterNode Scalar(int start, int end, string? value, bool isPlain) =>
        new(FrontMatterNodeKind.Scalar, start) { ScalarEnd = end, Value = value, IsPlain = isPlain };

    public static FrontMatterNode Sequence(int start) =>
        new(FrontMatterNodeKind.Sequence, start) { Items = new List<FrontMatterNode>() };

    public static FrontMatterNode Mapping(int start) =>
        new(FrontMatterNodeKind.Mapping, start) { Entries = new List<KeyValuePair<FrontMatterNode, FrontMatterNode>>() };
}
