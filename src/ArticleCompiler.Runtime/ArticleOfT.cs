namespace ArticleCompiler;

/// <summary>
/// An article whose <see cref="Speakers"/> and <see cref="Sections"/> are the types generated for
/// it, with a field per speaker key and section id (<c>article.Speakers.Antonov</c>).
/// Generated code declares only those two types per article; this record is shared, because a
/// type declared per article costs every build that compiles it.
/// </summary>
/// <typeparam name="TSpeakers">The article's generated speaker set.</typeparam>
/// <typeparam name="TSections">The article's generated section set.</typeparam>
public sealed record Article<TSpeakers, TSections> : Article
    where TSpeakers : SpeakerSet
    where TSections : SectionSet
{
    /// <summary>Creates the article from its decoded parts and its typed sets; generated code calls this.</summary>
    public Article(ArticleParts parts, TSpeakers speakers, TSections sections)
        : base(parts, speakers, sections)
    {
    }

    /// <summary>The speakers, one field per speaker key, enumerable in document order.</summary>
    public new TSpeakers Speakers => (TSpeakers)base.Speakers;

    /// <summary>The sections, one field per section id, enumerable in document order.</summary>
    public new TSections Sections => (TSections)base.Sections;
}
