using System;
using System.Threading;
using ArticleCompiler.Checking;
using ArticleCompiler.Generators.Models;
using ArticleCompiler.Model;
using ArticleCompiler.Registry;
using ArticleCompiler.Validation;

namespace ArticleCompiler.Generators.Specs;

/// <summary>
/// The pure functions behind the per-file steps: parse one file, date it, validate it, and take
/// what the corpus index needs of it. None of them throws: a failure becomes an ARTC300 finding on the file.
/// </summary>
internal static class ArticleSteps
{
    /// <summary>
    /// One file's text. Only text the compiler read as valid UTF-8 may be embedded and referred to:
    /// that is how the runtime reads the resource back. A replacement character means the compiler
    /// met bytes that are not UTF-8.
    /// </summary>
    public static ArticleFile Read(string path, string? text, bool readAsUtf8) =>
        new(path, text, readAsUtf8 && text?.IndexOf('\uFFFD') < 0);

    /// <summary>
    /// Parses one article file. When the compiler read it as UTF-8 the text is kept, so that the
    /// generated data can refer to it if the build embeds the file.
    /// </summary>
    public static ArticleInput Parse(ArticleFile input, CancellationToken cancellationToken)
    {
        var (path, text) = (input.Path, input.Text);
        try
        {
            cancellationToken.ThrowIfCancellationRequested();
            var file = ArticleCheck.Parse(new InputFile(path, text, text is null ? FileFindings.Unreadable() : null));
            return new ArticleInput(file, file.Parsed is null || !input.ReadBackAsIs ? null : text);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            return new ArticleInput(new ParsedFile(path, null, Failure(exception)));
        }
    }

    /// <summary>The file, and whether its publication date is after <paramref name="now"/>.</summary>
    public static DatedInput Date(ArticleInput input, DateTimeOffset now) =>
        new(input, input.File.Parsed?.Article.Metadata.PublishedDate is { } published && published > now);

    /// <summary>
    /// Validates one parsed file with the registry entries that apply to it: the article with its
    /// speakers resolved, and every finding. A separate step from parsing, so that an edit to a
    /// registry validates the articles again without parsing them again.
    /// </summary>
    public static CheckedInput Check(DatedInput dated, SpeakerRegistry registry)
    {
        var input = dated.Input;
        var file = input.File;
        try
        {
            var scope = file.Parsed is null ? RegistryScope.Empty : registry.ScopeFor(file.Path);

            // The validator compares the date with the moment it is given: the earliest or the latest
            // moment there is, on the same side of the date as the build's, gives the same finding.
            var moment = dated.PublishedInFuture ? DateTimeOffset.MinValue : DateTimeOffset.MaxValue;
            return new CheckedInput(ArticleCheck.Check(file, scope, new ValidationOptions(moment)), input.Text);
        }
        catch (Exception exception)
        {
            return new CheckedInput(new CheckedArticle(file.Path, file.Parsed, null, Failure(exception)), input.Text);
        }
    }

    /// <summary>The identity of a file with an id; null without one.</summary>
    public static IndexEntry? ToIndexEntry(ArticleInput input)
    {
        var file = input.File;
        return ArticleIdentity.Of(file.Path, file.Parsed) is { } identity ? new IndexEntry(identity) : null;
    }

    private static EquatableArray<Finding> Failure(Exception exception) =>
        new(new[] { FileFindings.Failure(exception) });
}
