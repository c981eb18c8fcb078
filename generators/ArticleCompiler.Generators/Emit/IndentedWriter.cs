using System.Text;
using Microsoft.CodeAnalysis.Text;

namespace ArticleCompiler.Generators.Emit;

/// <summary>
/// A string builder that indents lines by the depth of the open blocks. A line is written whole
/// (<see cref="Line"/>) or in pieces (<see cref="Start"/>, then <see cref="Text(string)"/>,
/// <see cref="Doc"/>, <see cref="Literal"/>, and <see cref="End"/>), so that the values in it go
/// straight into the buffer rather than into strings of their own first.
/// </summary>
internal sealed class IndentedWriter
{
    private const string Indent = "    ";
    private StringBuilder _builder;
    private int _depth;

    /// <summary>A writer whose buffer has room for <paramref name="capacity"/> characters (the thread's own buffer when it is free).</summary>
    public IndentedWriter(int capacity = 1024) => _builder = BuilderCache.Acquire(capacity);

    /// <summary>Writes one indented line (an empty line has no indentation).</summary>
    public IndentedWriter Line(string text = "")
    {
        if (text.Length > 0)
        {
            AppendIndent();
            _builder.Append(text);
        }

        _builder.Append('\n');
        return this;
    }

    /// <summary>Starts an indented line, which <see cref="End"/> ends; it must not be empty.</summary>
    public IndentedWriter Start()
    {
        AppendIndent();
        return this;
    }

    /// <summary>Appends <paramref name="text"/> as it is.</summary>
    public IndentedWriter Text(string text)
    {
        _builder.Append(text);
        return this;
    }

    /// <summary>Appends <paramref name="value"/> as an <c>int</c> literal.</summary>
    public IndentedWriter Text(int value)
    {
        _builder.AppendInvariant(value);
        return this;
    }

    /// <summary>Appends <paramref name="value"/> as documentation text (<see cref="CSharpLiterals.DocText"/>).</summary>
    public IndentedWriter Doc(string? value)
    {
        CSharpLiterals.AppendDocText(_builder, value);
        return this;
    }

    /// <summary>Appends <paramref name="value"/> as a C# string literal (<see cref="CSharpLiterals.String"/>).</summary>
    public IndentedWriter Literal(string? value)
    {
        CSharpLiterals.AppendString(_builder, value);
        return this;
    }

    /// <summary>Appends <paramref name="value"/> as its characters stand inside a C# string literal (<see cref="CSharpLiterals.String"/>), without the quotes.</summary>
    public IndentedWriter Escaped(string value)
    {
        foreach (var c in value)
        {
            CSharpLiterals.AppendEscaped(_builder, c, keepUnicode: false);
        }

        return this;
    }

    /// <summary>Appends <paramref name="data"/> as the literal <see cref="ArticleDataEncoder.WriteLiteral"/> writes.</summary>
    public IndentedWriter Data(string data, bool utf8)
    {
        ArticleDataEncoder.WriteLiteral(_builder, data, utf8);
        return this;
    }

    /// <summary>Ends the line <see cref="Start"/> started.</summary>
    public IndentedWriter End()
    {
        _builder.Append('\n');
        return this;
    }

    /// <summary>Writes <paramref name="header"/> and <c>{</c>, and indents what follows.</summary>
    public IndentedWriter Open(string header)
    {
        Line(header);
        return Open();
    }

    /// <summary>Writes <c>{</c> under the line just written, and indents what follows.</summary>
    public IndentedWriter Open()
    {
        Line("{");
        _depth++;
        return this;
    }

    /// <summary>Closes the innermost block with <c>}</c> (and <paramref name="suffix"/>, such as <c>;</c>).</summary>
    public IndentedWriter Close(string suffix = "")
    {
        _depth--;
        AppendIndent();
        _builder.Append('}').Append(suffix).Append('\n');
        return this;
    }

    /// <summary>A <c>/// &lt;summary&gt;</c> comment with already-escaped text.</summary>
    public IndentedWriter Summary(string escapedText) => Start().Text("/// <summary>").Text(escapedText).Text("</summary>").End();

    /// <summary>The text written, as the compiler takes it; the writer must not be used after.</summary>
    public SourceText ToSourceText()
    {
        var text = SourceText.From(ToString(), Encoding.UTF8);
        BuilderCache.Release(_builder);
        _builder = null!;
        return text;
    }

    /// <inheritdoc />
    public override string ToString() => _builder.ToString();

    private void AppendIndent()
    {
        for (var i = 0; i < _depth; i++)
        {
            _builder.Append(Indent);
        }
    }
}
