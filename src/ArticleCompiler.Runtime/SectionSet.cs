namespace ArticleCompiler;

/// <summary>
/// An article's sections in document order. Generated code derives a type per article with a
/// property per section id (<c>article.Sections.InfTreaty</c>).
/// </summary>
public class SectionSet : ItemSet<Section>
{
    /// <summary>Creates the set; generated code calls this.</summary>
    public SectionSet(params Section[] sections)
        : base(sections)
    {
    }

    /// <inheritdoc />
    protected override string KeyOf(Section item) => item.Id;
}
