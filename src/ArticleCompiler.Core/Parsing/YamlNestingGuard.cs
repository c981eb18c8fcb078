using System;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace ArticleCompiler.Parsing;

/// <summary>
/// The parser YamlDotNet's representation model loads from, with a limit on how deep lists and maps
/// nest: the loader recurses once per level, so a document nested thousands deep would overflow the
/// stack. Counting the parser's events as the loader takes them costs nothing more than the load
/// itself; it replaces a second scan of the whole document before it.
/// </summary>
internal sealed class YamlNestingGuard : IParser
{
    private readonly IParser _inner;
    private readonly int _maximum;
    private int _depth;

    public YamlNestingGuard(IParser inner, int maximum)
    {
        _inner = inner;
        _maximum = maximum;
    }

    /// <inheritdoc />
    public ParsingEvent? Current => _inner.Current;

    /// <inheritdoc />
    public bool MoveNext()
    {
        if (!_inner.MoveNext())
        {
            return false;
        }

        switch (_inner.Current)
        {
            case MappingStart or SequenceStart:
                if (++_depth > _maximum)
                {
                    throw new TooDeepException(_inner.Current.Start);
                }

                break;
            case MappingEnd or SequenceEnd:
                _depth--;
                break;
        }

        return true;
    }

    /// <summary>The document nests deeper than allowed; <see cref="Start"/> is where the level too many opens.</summary>
    internal sealed class TooDeepException : Exception
    {
        public TooDeepException(Mark start) => Start = start;

        public Mark Start { get; }
    }
}
