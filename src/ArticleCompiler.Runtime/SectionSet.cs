namespace ArticleCompiler;

/// <summary>
/// An article's sections in document order. Generated code derives a type per article with a
/// field per section id (<c>article.Sections.InfTreaty</c>).
/// </summary>
public class SectionSet : ItemSet<Section>
{
    /// <summary>Creates a set of these items, in this order.</summary>
    public SectionSet(params Section[] sections)
        : base(sections)
    {
    }

    /// <summary>Creates an empty set; generated sets are created so and filled by <see cref="ArticleData"/>.</summary>
    protected SectionSet()
    {
    }

    /// <inheritdoc />
    protected override string KeyOf(Section item) => item.Id;
}
