namespace ArticleCompiler;

/// <summary>
/// An article's speakers in document order. Generated code derives a type per article with a
/// field per speaker key (<c>article.Speakers.Antonov</c>).
/// </summary>
public class SpeakerSet : ItemSet<Speaker>
{
    /// <summary>Creates a set of these items, in this order.</summary>
    public SpeakerSet(params Speaker[] speakers)
        : base(speakers)
    {
    }

    /// <summary>Creates an empty set; generated sets are created so and filled by <see cref="ArticleData"/>.</summary>
    protected SpeakerSet()
    {
    }

    /// <inheritdoc />
    protected override string KeyOf(Speaker item) => item.Key;
}
