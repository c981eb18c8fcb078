namespace ArticleCompiler;

/// <summary>
/// An article's speakers in document order. Generated code derives a type per article with a
/// property per speaker key (<c>article.Speakers.Antonov</c>).
/// </summary>
public class SpeakerSet : ItemSet<Speaker>
{
    /// <summary>Creates the set; generated code calls this.</summary>
    public SpeakerSet(params Speaker[] speakers)
        : base(speakers)
    {
    }

    /// <inheritdoc />
    protected override string KeyOf(Speaker item) => item.Key;
}
