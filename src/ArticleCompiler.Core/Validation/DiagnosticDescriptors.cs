using System.Collections.Generic;

namespace ArticleCompiler.Validation;

/// <summary>
/// Every diagnostic code ArticleCompiler reports, declared once. Codes are stable and never reused.
/// ARTC0xx: reading and parsing (the file cannot be read as an article as written).
/// ARTC1xx: validation errors. ARTC2xx: validation warnings. ARTC3xx: the source generator's own findings.
/// </summary>
public static class DiagnosticDescriptors
{
    private const string Input = "Input";
    private const string Syntax = "Syntax";
    private const string FrontMatter = "FrontMatter";
    private const string Body = "Body";
    private const string Corpus = "Corpus";
    private const string Generator = "Generator";
    private const string Limits = "Limits";

    /// <summary>The file does not start with a front-matter line <c>---</c>.</summary>
    public static readonly DiagnosticDescriptor MissingFrontMatter = new(
        "ARTC001", "Missing front matter", "the article must start with a front-matter line '---'", FrontMatter, DiagnosticSeverity.Error,
        "An article file starts with a line '---', its YAML front matter, and a closing line '---'.");

    /// <summary>The front matter has no closing <c>---</c>.</summary>
    public static readonly DiagnosticDescriptor UnclosedFrontMatter = new(
        "ARTC002", "Unclosed front matter", "the front matter opened here has no closing line '---'", FrontMatter, DiagnosticSeverity.Error,
        "The front matter ends at the next line that is exactly '---'.");

    /// <summary>The front matter is not well-formed YAML.</summary>
    public static readonly DiagnosticDescriptor InvalidYaml = new(
        "ARTC003", "Malformed YAML", "{0} is not valid YAML: {1}", FrontMatter, DiagnosticSeverity.Error,
        "The front matter and speaker registries are read as YAML 1.2; a syntax error stops them from being read.");

    /// <summary>A front-matter value has the wrong type.</summary>
    public static readonly DiagnosticDescriptor WrongYamlType = new(
        "ARTC004", "Front-matter value of the wrong type", "'{0}' must be {1}", FrontMatter, DiagnosticSeverity.Error,
        "Each front-matter key has a type: a string, a positive integer, a date, a list or a map.");

    /// <summary>An attribute block does not follow the grammar.</summary>
    public static readonly DiagnosticDescriptor MalformedAttributeBlock = new(
        "ARTC005", "Malformed attribute block", "malformed attribute block: {0}", Syntax, DiagnosticSeverity.Error,
        "An attribute block after a closing quote mark or ']' holds '@speaker-key' once, optionally '#quote-id' and the classes .direct, .partial, .indirect; or it is '{-}'.");

    /// <summary>A quote is still open where an attribute block stands.</summary>
    public static readonly DiagnosticDescriptor UnclosedQuote = new(
        "ARTC006", "Unclosed quote", "the quote opened here is not closed before its attribute block", Syntax, DiagnosticSeverity.Error,
        "An attribute block must follow the closing quote mark directly; the quote it belongs to was never closed.");

    /// <summary>A <c>:::</c> fence is never closed.</summary>
    public static readonly DiagnosticDescriptor UnclosedFence = new(
        "ARTC007", "Unclosed aside", "the aside opened here has no closing line ':::'", Syntax, DiagnosticSeverity.Error,
        "An aside opened by '::: KIND' ends at a line ':::'.");

    /// <summary>A fence names a kind v1 does not know.</summary>
    public static readonly DiagnosticDescriptor UnknownAsideKind = new(
        "ARTC008", "Unknown aside kind", "unknown aside kind '{0}'{1}", Syntax, DiagnosticSeverity.Error,
        "An aside is one of: related, caption, aside, footer.");

    /// <summary>A <c>]{...}</c> with no opening bracket in its paragraph.</summary>
    public static readonly DiagnosticDescriptor UnopenedIndirectSpan = new(
        "ARTC009", "Indirect span without '['", "the indirect span ending here has no opening '[' in its paragraph", Syntax, DiagnosticSeverity.Error,
        "An indirect span opens with '[' and closes with the balancing ']' in the same paragraph.");

    /// <summary>The file is not UTF-8 text.</summary>
    public static readonly DiagnosticDescriptor NotText = new(
        "ARTC010", "Not a text file", "the file is not UTF-8 text ({0})", Input, DiagnosticSeverity.Error,
        "Article files are UTF-8 text, with or without a byte-order mark.");

    /// <summary>The file is larger than the limit.</summary>
    public static readonly DiagnosticDescriptor FileTooLarge = new(
        "ARTC011", "File too large", "the file is {0} bytes, larger than the limit of {1} bytes", Input, DiagnosticSeverity.Error,
        "Files over the size limit are not read (the limit can be raised with --max-file-size).");

    /// <summary>An indirect span inside another.</summary>
    public static readonly DiagnosticDescriptor NestedIndirectSpan = new(
        "ARTC012", "Nested indirect span", "an indirect span cannot stand inside another indirect span", Syntax, DiagnosticSeverity.Error,
        "Indirect spans do not nest; a quote may stand inside an indirect span.");

    /// <summary>A closing fence with no open aside.</summary>
    public static readonly DiagnosticDescriptor StrayFence = new(
        "ARTC013", "Closing ':::' without an aside", "this ':::' closes no aside (escape it as '\\:::' to keep it as text)", Syntax, DiagnosticSeverity.Error,
        "A line ':::' closes an aside opened by '::: KIND'.");

    /// <summary>A required front-matter key is missing.</summary>
    public static readonly DiagnosticDescriptor MissingRequiredKey = new(
        "ARTC101", "Missing required key", "the front matter has no '{0}'", FrontMatter, DiagnosticSeverity.Error,
        "Every article has an 'id' and a 'title'.");

    /// <summary>An article id is not of the required shape.</summary>
    public static readonly DiagnosticDescriptor MalformedArticleId = new(
        "ARTC102", "Malformed article id", "article id '{0}' must be lower-case words of letters and digits joined by single hyphens{1}", FrontMatter, DiagnosticSeverity.Error,
        "An article id matches [a-z0-9]+(-[a-z0-9]+)*.");

    /// <summary>A speaker key, section id or quote id is not of the required shape.</summary>
    public static readonly DiagnosticDescriptor MalformedKey = new(
        "ARTC103", "Malformed key", "{0} '{1}' must start with a letter and be lower-case words of letters and digits joined by single hyphens{2}", FrontMatter, DiagnosticSeverity.Error,
        "Speaker keys, section ids and quote ids match [a-z][a-z0-9]*(-[a-z0-9]+)*.");

    /// <summary>A block names a speaker neither the front matter nor a registry above the article defines.</summary>
    public static readonly DiagnosticDescriptor UnknownSpeaker = new(
        "ARTC104", "Unknown speaker", "unknown speaker '{0}'{1}", Body, DiagnosticSeverity.Error,
        "Every speaker key in an attribute block is defined under 'speakers' in the front matter, or in a speakers.yaml in the article's folder or above it.");

    /// <summary>Two sections share an id.</summary>
    public static readonly DiagnosticDescriptor DuplicateSectionId = new(
        "ARTC105", "Duplicate section id", "section id '{0}' is already used at line {1}", Body, DiagnosticSeverity.Error,
        "Section ids are unique within an article; give one of the headings an explicit {#id}.");

    /// <summary>Two quotes share an id.</summary>
    public static readonly DiagnosticDescriptor DuplicateQuoteId = new(
        "ARTC106", "Duplicate quote id", "quote id '{0}' is already used at line {1}", Body, DiagnosticSeverity.Error,
        "Quote ids are unique within an article.");

    /// <summary>A quote with no words.</summary>
    public static readonly DiagnosticDescriptor EmptyQuote = new(
        "ARTC107", "Empty quote", "the quote attributed to '{0}' has no text", Body, DiagnosticSeverity.Error,
        "A quote has words between its marks or brackets.");

    /// <summary>Two files of a corpus share an article id without being distinct revisions.</summary>
    public static readonly DiagnosticDescriptor DuplicateArticleId = new(
        "ARTC108", "Duplicate article id", "article id '{0}' is also used by {1}{2}", Corpus, DiagnosticSeverity.Error,
        "An article id is unique in a corpus, unless every file that carries it has a distinct 'revision' number.");

    /// <summary>A speaker key is defined in two registries of a corpus.</summary>
    public static readonly DiagnosticDescriptor DuplicateRegistrySpeaker = new(
        "ARTC109", "Speaker defined twice in registries", "speaker '{0}' is already defined at {1}", Corpus, DiagnosticSeverity.Error,
        "A key names one speaker across a corpus: it is defined in one speakers.yaml only (articles override its fields locally).");

    /// <summary>A speaker has no name.</summary>
    public static readonly DiagnosticDescriptor SpeakerWithoutName = new(
        "ARTC110", "Speaker without a name", "speaker '{0}' has no 'name'", FrontMatter, DiagnosticSeverity.Error,
        "Every speaker has a 'name'.");

    /// <summary>A front-matter value of the right type but not an allowed value.</summary>
    public static readonly DiagnosticDescriptor InvalidValue = new(
        "ARTC111", "Invalid front-matter value", "'{0}' {1}", FrontMatter, DiagnosticSeverity.Error,
        "Values are checked beyond their type: a positive revision, an absolute URL, a BCP 47 language tag, a known speaker kind.");

    /// <summary>An article's entry names a registry key's speaker differently.</summary>
    public static readonly DiagnosticDescriptor RegistryNameConflict = new(
        "ARTC114", "Speaker name conflicts with the registry", "speaker '{0}' is named '{1}' here but '{2}' at {3}", FrontMatter, DiagnosticSeverity.Error,
        "An article may override a registry speaker's role, aliases or kind, but not the name: a different name is a different speaker, which needs its own key.");

    /// <summary>A key that .editorconfig requires (artc_required_keys) is missing.</summary>
    public static readonly DiagnosticDescriptor ConfiguredKeyMissing = new(
        "ARTC112", "Key required by configuration", "the front matter has no '{0}', which .editorconfig requires (artc_required_keys)", FrontMatter, DiagnosticSeverity.Error,
        "artc_required_keys in .editorconfig lists front-matter keys every article of the section must have.");

    /// <summary>A category that .editorconfig does not allow (artc_allowed_categories).</summary>
    public static readonly DiagnosticDescriptor CategoryNotAllowed = new(
        "ARTC113", "Category not allowed by configuration", "category '{0}' is not one of {1} (artc_allowed_categories in .editorconfig)", FrontMatter, DiagnosticSeverity.Error,
        "artc_allowed_categories in .editorconfig lists the categories articles of the section may have.");

    /// <summary>More findings in one file than are reported (<see cref="FindingLimit"/>).</summary>
    public static readonly DiagnosticDescriptor TooManyFindings = new(
        "ARTC115", "Too many findings", "{0} more findings in this file are not shown ({1}): only the first {2} of a file are reported; the next one is here", Limits, DiagnosticSeverity.Error,
        "After 100 findings in one file, the rest are counted, not reported, as compilers stop after so many errors. The summary is an error when an error was left out, else a warning; fix the findings shown and validate again.");

    /// <summary>A key the format does not know.</summary>
    public static readonly DiagnosticDescriptor UnknownKey = new(
        "ARTC201", "Unknown key", "unknown {0} key '{1}'{2}", FrontMatter, DiagnosticSeverity.Warning,
        "The front matter and speaker entries have a fixed set of keys; free metadata goes under 'meta'.");

    /// <summary>A speaker that no block quotes.</summary>
    public static readonly DiagnosticDescriptor UnquotedSpeaker = new(
        "ARTC202", "Speaker never quoted", "speaker '{0}' is defined but never quoted", FrontMatter, DiagnosticSeverity.Warning,
        "Every speaker in the front matter is quoted at least once.");

    /// <summary>Words in double quotes that no block attributes.</summary>
    public static readonly DiagnosticDescriptor UnattributedQuote = new(
        "ARTC203", "Unattributed quote", "a quote of {0} words has no attribute block (add {{@speaker}}, or {{-}} if it is not a quote)", Body, DiagnosticSeverity.Warning,
        "A double-quoted span of four or more words is almost always a quote; attribute it or mark it {-}.");

    /// <summary>A heading of a level other than two.</summary>
    public static readonly DiagnosticDescriptor HeadingLevel = new(
        "ARTC204", "Heading level", "a level-{0} heading is kept as text; sections start with '## ' (format v1 has one level of sections)", Body, DiagnosticSeverity.Warning,
        "Sections start with a level-2 heading '## '.");

    /// <summary>A headed section with nothing in it.</summary>
    public static readonly DiagnosticDescriptor EmptySection = new(
        "ARTC205", "Empty section", "section '{0}' has no paragraphs", Body, DiagnosticSeverity.Warning,
        "A heading is followed by at least one paragraph or aside before the next heading.");

    /// <summary>A publication date after now.</summary>
    public static readonly DiagnosticDescriptor PublishedInFuture = new(
        "ARTC206", "Published in the future", "'published' is {0}, which is in the future", FrontMatter, DiagnosticSeverity.Warning,
        "An article's publication date is not after the time it is validated.");

    /// <summary>A URL that carries a user name or password, which would be published with the article.</summary>
    public static readonly DiagnosticDescriptor UrlWithCredentials = new(
        "ARTC207", "URL with credentials", "'{0}' holds {1}, which will be published with the article (remove them from the URL)", FrontMatter, DiagnosticSeverity.Warning,
        "A URL such as https://user:password@example.com/ is valid, as browsers read it, but its user name and password are published with the article: in exports and in the assembly the build generates.");

    /// <summary>The source generator failed on a file (a bug in ArticleCompiler, reported instead of breaking the build).</summary>
    public static readonly DiagnosticDescriptor GeneratorFailure = new(
        "ARTC300", "Generator failure", "ArticleCompiler could not compile this article ({0}: {1}); please report it", Generator, DiagnosticSeverity.Warning,
        "The generator met an unexpected failure on this file and skipped it rather than break the build.");

    /// <summary>Two ids or keys that become the same C# name (reported by the source generator).</summary>
    public static readonly DiagnosticDescriptor NameCollision = new(
        "ARTC301", "C# name collision", "{0} '{1}' becomes the C# name '{2}', which is already taken; the member is generated as '{3}'", Generator, DiagnosticSeverity.Warning,
        "Ids and keys become PascalCase C# names ('inf-treaty' is InfTreaty); two that give the same name, or a name the generated type already uses, get a suffix.");

    /// <summary>Every descriptor, in code order.</summary>
    public static IReadOnlyList<DiagnosticDescriptor> All { get; } = new[]
    {
        MissingFrontMatter, UnclosedFrontMatter, InvalidYaml, WrongYamlType, MalformedAttributeBlock, UnclosedQuote,
        UnclosedFence, UnknownAsideKind, UnopenedIndirectSpan, NotText, FileTooLarge, NestedIndirectSpan, StrayFence,
        MissingRequiredKey, MalformedArticleId, MalformedKey, UnknownSpeaker, DuplicateSectionId, DuplicateQuoteId,
        EmptyQuote, DuplicateArticleId, DuplicateRegistrySpeaker, SpeakerWithoutName, InvalidValue, ConfiguredKeyMissing, CategoryNotAllowed, RegistryNameConflict, TooManyFindings,
        UnknownKey, UnquotedSpeaker, UnattributedQuote, HeadingLevel, EmptySection, PublishedInFuture, UrlWithCredentials,
        GeneratorFailure, NameCollision,
    };
}
