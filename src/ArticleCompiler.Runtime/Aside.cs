namespace ArticleCompiler;

/// <summary>The kind of an aside.</summary>
public enum AsideKind
{
    /// <summary>Read-more links and embedded related headlines.</summary>
    Related,

    /// <summary>Photo credits and captions.</summary>
    Caption,

    /// <summary>A box or side note.</summary>
    Aside,

    /// <summary>Trailers such as "Discuss".</summary>
    Footer,
}

/// <summary>Text kept beside the body of a section.</summary>
/// <param name="Kind">What kind of aside it is.</param>
/// <param name="Text">Its text.</param>
/// <param name="Location">Its fence in the article file.</param>
public sealed record Aside(AsideKind Kind, string Text, SourceLocation Location);
