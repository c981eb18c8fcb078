namespace ArticleCompiler.Generators.Naming;

/// <summary>
/// The names of the generated entry classes, which the spec steps reserve (an article or speaker
/// member may not take them) and the emitters declare.
/// </summary>
internal static class GeneratedNames
{
    /// <summary>The class with a property per article.</summary>
    public const string ArticlesClass = "Articles";

    /// <summary>The class with a property per registry speaker.</summary>
    public const string SpeakersClass = "Speakers";
}
