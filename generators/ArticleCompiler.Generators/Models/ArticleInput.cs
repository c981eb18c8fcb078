using ArticleCompiler.Checking;

namespace ArticleCompiler.Generators.Models;

/// <summary>
/// One <c>*.article.md</c> after parsing (the core's <see cref="ParsedFile"/>), with its text when
/// the build embeds it: the output of the per-file step.
/// A value: it must stay immutable and equatable (no Roslyn types), or the cache stops working.
/// </summary>
/// <param name="File">The parsed file.</param>
/// <param name="Embedded">The file's text and the resource the build embeds it as; null when it is not embedded.</param>
internal sealed record ArticleInput(ParsedFile File, EmbeddedText? Embedded = null);

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
/// its outputs, so that an .editorconfig edit checks nothing again), with its embedded text.
/// </summary>
/// <param name="Checked">The checked article.</param>
/// <param name="Embedded">The file's text and the resource the build embeds it as; null when it is not embedded.</param>
internal sealed record CheckedInput(CheckedArticle Checked, EmbeddedText? Embedded);
