using System;
using ArticleCompiler.Text;
using ArticleCompiler.Validation;

namespace ArticleCompiler.Parsing;

/// <summary>The front matter's <c>url</c>: checked as browsers read it, its credentials located in the source.</summary>
internal sealed partial class FrontMatterReader
{
    // As browsers read it (WHATWG): what they open is valid; credentials in it are published with it.
    private void CheckUrl(string key, string url, FrontMatterNode value)
    {
        var parsed = WebUrl.Parse(url);
        if (!parsed.IsValid)
        {
            Report(DiagnosticDescriptors.InvalidValue, value, key, "must " + parsed.Problem);
        }
        else if (parsed.HasCredentials)
        {
            var what = parsed.HasUserName && parsed.HasPassword ? "a user name and password" : parsed.HasUserName ? "a user name" : "a password";
            _findings.Add(Finding.Create(DiagnosticDescriptors.UrlWithCredentials, ValueSpan(value, url, parsed.CredentialsStart, parsed.CredentialsLength), key, what));
        }
    }

    // The span of value[start, start + length) in the source: exact where the scalar is written as
    // its value (plain, or quoted without escapes); else found in the scalar's text, else the scalar.
    private SourceSpan ValueSpan(FrontMatterNode node, string value, int start, int length)
    {
        var nodeStart = node.Start;
        var nodeEnd = Math.Max(nodeStart, node.ScalarEnd);
        var written = _text.Substring(nodeStart, nodeEnd - nodeStart);
        var part = value.Substring(start, length);
        var at = written.Length >= start + length && string.CompareOrdinal(written, start, part, 0, length) == 0 ? start
            : written.Length >= start + 1 + length && written[0] is '"' or '\'' && string.CompareOrdinal(written, start + 1, part, 0, length) == 0 ? start + 1
            : written.IndexOf(part, StringComparison.Ordinal);
        return at < 0 ? SpanOf(node) : _lines.Span(nodeStart + at, length);
    }
}
