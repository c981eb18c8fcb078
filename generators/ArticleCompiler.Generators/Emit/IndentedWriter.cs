using System.Text;

namespace ArticleCompiler.Generators.Emit;

/// <summary>A string builder that indents lines by the depth of the open blocks.</summary>
internal sealed class IndentedWriter
{
    private const string Indent = "    ";
    private readonly StringBuilder _builder;
    private int _depth;

    /// <summary>A writer whose buffer starts with room for <paramref name="capacity"/> characters.</summary>
    public IndentedWriter(int capacity = 1024) => _builder = new StringBuilder(capacity);

    /// <summary>Writes one indented line (an empty line has no indentation).</summary>
    public IndentedWriter Line(string text = "")
    {
        if (text.Length > 0)
        {
            for (var i = 0; i < _depth; i++)
            {
                _builder.Append(Indent);
            }

            _builder.Append(text);
        }

        _builder.Append('\n');
        return this;
    }

    /// <summary>Writes one indented line whose middle <paramref name="write"/> appends straight to the buffer.</summary>
    public IndentedWriter Write(string prefix, System.Action<StringBuilder> write, string suffix)
    {
        for (var i = 0; i < _depth; i++)
        {
            _builder.Append(Indent);
        }

        _builder.Append(prefix);
        write(_builder);
        _builder.Append(suffix).Append('\n');
        return this;
    }

    /// <summary>Writes <paramref name="header"/> and <c>{</c>, and indents what follows.</summary>
    public IndentedWriter Open(string header)
    {
        Line(header);
        Line("{");
        _depth++;
        return this;
    }

    /// <summary>Closes the innermost block with <c>}</c> (and <paramref name="suffix"/>, such as <c>;</c>).</summary>
    public IndentedWriter Close(string suffix = "")
    {
        _depth--;
        return Line("}" + suffix);
    }

    /// <summary>A <c>/// &lt;summary&gt;</c> comment with already-escaped text.</summary>
    public IndentedWriter Summary(string escapedText) => Line("/// <summary>" + escapedText + "</summary>");

    /// <inheritdoc />
    public override string ToString() => _builder.ToString();
}
