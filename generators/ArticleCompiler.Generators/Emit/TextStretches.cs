using System;

namespace ArticleCompiler.Generators.Emit;

/// <summary>
/// Finds where a value's characters stand in its article's text, so that generated data can refer
/// to them (<c>ESC s START,LENGTH;</c>) instead of repeating them. Values are mostly read in
/// document order, so the search starts where the last stretch ended; within a value it only
/// looks a little ahead (past markup such as <c>]{@antonov}</c>), which keeps it linear.
/// </summary>
internal sealed class TextStretches
{
    /// <summary>Shorter stretches are written out: a reference would be about as long.</summary>
    public const int MinimumLength = 8;

    // How far past the last stretch the rest of a value is looked for.
    private const int Lookahead = 256;

    // How far from the last stretch a value's start is looked for, ahead and then behind (an
    // aside's text stands among the paragraphs written before it). Values found nowhere, such as
    // section ids made from headings, then cost a bounded search, not two scans of the article.
    private const int ValueLookahead = 4096;
    private const int ValueLookbehind = 8192;

    // A value this long (a paragraph) is worth a search of the whole text when it is not near.
    private const int LongValue = 64;

    private readonly string _text;
    private int _cursor;

    public TextStretches(string text) => _text = text;

    /// <summary>
    /// The longest stretch of the text that equals <paramref name="value"/> from
    /// <paramref name="start"/> on, or a length of 0 when none is long enough.
    /// </summary>
    public (int Start, int Length) Find(string value, int start)
    {
        if (value.Length - start < MinimumLength)
        {
            return (0, 0);
        }

        // A stretch never starts or ends inside a surrogate pair: the halves would be written apart.
        if (char.IsLowSurrogate(value[start]))
        {
            return (0, 0);
        }

        var found = start == 0
            ? Search(value, start, _cursor, Math.Min(_text.Length, _cursor + ValueLookahead)) is var ahead and >= 0 ? ahead
                : Search(value, start, Math.Max(0, _cursor - ValueLookbehind), _cursor) is var behind and >= 0 ? behind
                : value.Length >= LongValue ? Search(value, start, 0, _text.Length) : -1
            : Search(value, start, _cursor, Math.Min(_text.Length, _cursor + Lookahead));
        if (found < 0)
        {
            return (0, 0);
        }

        var length = MinimumLength;
        while (start + length < value.Length && found + length < _text.Length && _text[found + length] == value[start + length])
        {
            length++;
        }

        if (char.IsHighSurrogate(value[start + length - 1]))
        {
            length--;
            if (length < MinimumLength)
            {
                return (0, 0);
            }
        }

        _cursor = found + length;
        return (found, length);
    }

    // The first position in [from, to) where value[start..start+MinimumLength] stands.
    private int Search(string value, int start, int from, int to)
    {
        var last = Math.Min(to, _text.Length - MinimumLength + 1);
        if (from >= last)
        {
            return -1;
        }

        // An ordinal search for the whole prefix: the runtime's is vectorized, where a search for its
        // first character stops at every space.
        var found = _text.AsSpan(from, last - from + MinimumLength - 1).IndexOf(value.AsSpan(start, MinimumLength));
        return found < 0 ? -1 : from + found;
    }
}
