using ArticleCompiler.Checking;

namespace ArticleCompiler.Generators.Models;

/// <summary>
/// One <c>*.article.md</c> as read: its text, compared by value, so that the same text read again
/// (a new file object from the compiler) parses nothing again.
/// </summary>
/// <param name="Path">The file's path.</param>
/// <param name="Text">The file's text; null when it could not be read.</param>
/// <param name="ReadBackAsIs">Whether the compiler read it as UTF-8, as the runtime reads an embedded file back.</param>
internal sealed record ArticleFile(string Path, string? Text, bool ReadBackAsIs);

/// <summary>
/// One <c>*.article.md</c> after parsing (the core's <see cref="ParsedFile"/>), with its text when
/// the runtime could read the same text back from an embedded resource: the output of the per-file
/// step. Whether the build embeds the file is joined later, by path, so that an edit to the build's
/// options parses nothing again.
/// A value: it must stay immutable and equatable (no Roslyn types), or the cache stops working.
/// </summary>
/// <param name="File">The parsed file.</param>
/// <param name="Text">The text the parser read, when it parsed and was read as UTF-8; otherwise null.</param>
internal sealed record ArticleInput(ParsedFile File, string? Text = null);

/// <summary>
/// A parsed file with what the rule on publication dates (ARTC206) needs of the clock: whether the
/// article's date is after the moment of the build. The moment itself stays out, so that the clock
/// ticking validates nothing again; only a date the clock passes does.
/// </summary>
/// <param name="Input">The parsed file.</param>
/// <param name="PublishedInFuture">Whether the file's <c>published</c> date is after the moment of the build.</param>
internal sealed record DatedInput(ArticleInput Input, bool PublishedInFuture);

/// <summary>
/// An article file that the build embeds in the assembly (build/ArticleCompiler.targets does): the
/// generated data then refers to stretches of this text instead of repeating them.
/// </summary>
/// <param name="ResourceName">The manifest resource name the build gives the file.</param>
/// <param name="Text">The text the parser read, which the runtime gets back from the resource.</param>
internal sealed record EmbeddedText(string ResourceName, string Text);

/// <summary>
/// An article file validated against the registry entries that apply to it (the core's
/// <see cref="CheckedArticle"/>, its findings not yet configured: the build configures them in
/// its outputs, so that an .editorconfig edit checks nothing again), with its text.
/// </summary>
/// <param name="Checked">The checked article.</param>
/// <param name="Text">The text the parser read, when the runtime could read it back from a resource; otherwise null.</param>
internal sealed record CheckedInput(CheckedArticle Checked, string? Text);

/// <summary>
/// What one article's spec is built from: the checked file and, of the corpus-wide steps' results,
/// only its own share (its class name, its resource name) and the options. The corpus's titles and
/// the other files' names stay out, so that an edit elsewhere builds no spec again.
/// </summary>
/// <param name="Checked">The checked file.</param>
/// <param name="ClassName">The class the index gives the file; null when it is not generated.</param>
/// <param name="ResourceName">The resource the build embeds the file as; null when it does not.</param>
/// <param name="Options">The MSBuild options.</param>
internal sealed record SpecInput(CheckedInput Checked, string? ClassName, string? ResourceName, GeneratorOptions Options);
