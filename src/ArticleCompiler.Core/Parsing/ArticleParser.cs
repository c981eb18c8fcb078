using System.Collections.Generic;
using ArticleCompiler.Model;
using ArticleCompiler.Text;
using ArticleCompiler.Validation;

namespace ArticleCompiler.Parsing;

/// <summary>
/// Parses the text of one <c>*.article.md</c> file: the YAML front matter (<see cref="FrontMatterReader"/>),
/// the body with the hand-written v1 reader. Never throws for any input; problems become findings.
/// </summary>
public static class ArticleParser
{
    private const char ByteOrderMark = '\uFEFF';

    /// <summary>
    /// Parses <paramref name="text"/>. A leading byte-order mark is dropped first, so offsets,
    /// lines and columns never count it.
    /// </summary>
    public static ParsedArticle Parse(string text) => Parse(text, allowScanner: true);

    /// <summary>
    /// Parses <paramref name="text"/>; with <paramref name="allowScanner"/> false the front matter
    /// is always read by YamlDotNet (the tests compare the two readers).
    /// </summary>
    internal static ParsedArticle Parse(string text, bool allowScanner)
    {
        if (text.Length > 0 && text[0] == ByteOrderMark)
        {
            text = text.Substring(1);
        }

        var findings = new List<Finding>();
        var lines = new LineMap(text);
        const int start = 0;

        var firstLineEnd = lines.LineEnd(1);
        FrontMatterReader.Result frontMatter;
        bool readable;
        int bodyStart;
        SourceSpan openingSpan;
        if (IsDelimiter(text, start, firstLineEnd))
        {
            openingSpan = lines.SpanBetween(start, start + 3);
            var yamlStart = NextLine(text, firstLineEnd);

            // Line by line through the map, which has found the line breaks already.
            var closing = yamlStart;
            var closingLine = 2;
            while (closing < text.Length && !IsDelimiter(text, closing, lines.LineEnd(closingLine)))
            {
                closingLine++;
                closing = closingLine <= lines.LineCount ? lines.LineStart(closingLine) : text.Length;
            }

            if (closing < text.Length)
            {
                var errorsBefore = findings.Count;
                frontMatter = FrontMatterReader.Read(text, yamlStart, closing, lines, findings, allowScanner);
                readable = !ContainsCode(findings, errorsBefore, DiagnosticDescriptors.InvalidYaml.Code);
                bodyStart = closingLine < lines.LineCount ? lines.LineStart(closingLine + 1) : text.Length;
            }
            else
            {
                findings.Add(Finding.Create(DiagnosticDescriptors.UnclosedFrontMatter, openingSpan));
                frontMatter = FrontMatterReader.Empty();
                readable = false;
                bodyStart = text.Length;
            }
        }
        else
        {
            openingSpan = lines.SpanBetween(start, firstLineEnd);
            findings.Add(Finding.Create(DiagnosticDescriptors.MissingFrontMatter, openingSpan));
            frontMatter = FrontMatterReader.Empty();
            readable = false;
            bodyStart = start;
        }

        var body = BodyReader.Read(text, bodyStart, lines, findings);
        findings.Sort(DiagnosticOrder.Instance);
        var article = new Article(frontMatter.Metadata, frontMatter.Speakers, body.Sections, body.Quotes);
        return new ParsedArticle(
            article,
            findings.ToEquatableArray(),
            new FrontMatterSyntax(readable, openingSpan, frontMatter.Keys, frontMatter.UnknownKeys, frontMatter.SpeakersWithUnreadableName),
            body.Syntax);
    }

    private static bool ContainsCode(List<Finding> findings, int from, string code)
    {
        for (var i = from; i < findings.Count; i++)
        {
            if (findings[i].Code == code)
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsDelimiter(string text, int start, int end)
    {
        var contentEnd = end;
        while (contentEnd > start && (text[contentEnd - 1] == ' ' || text[contentEnd - 1] == '\t'))
        {
            contentEnd--;
        }

        return contentEnd - start == 3 && text[start] == '-' && text[start + 1] == '-' && text[start + 2] == '-';
    }

    private static int NextLine(string text, int lineEnd)
    {
        if (lineEnd >= text.Length)
        {
            return text.Length;
        }

        return text[lineEnd] == '\r' && lineEnd + 1 < text.Length && text[lineEnd + 1] == '\n' ? lineEnd + 2 : lineEnd + 1;
    }
}
