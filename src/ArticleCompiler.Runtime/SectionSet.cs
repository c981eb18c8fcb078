using System.Collections;
using System.Collections.Generic;

namespace ArticleCompiler;

/// <summary>
/// An article's sections in document order. Generated code derives a type per article with a
/// property per section id (<c>article.Sections.InfTreaty</c>).
/// </summary>
public class SectionSet : IReadOnlyList<Section>
{
    private readonly Section[] _sections;

    /// <summary>Creates the set; generated code calls this.</summary>
    public SectionSet(params Section[] sections) => _sections = sections;

    /// <inheritdoc />
    public int Count => _sections.Length;

    /// <inheritdoc />
    public Section this[int index] => _sections[index];

    /// <summary>The section with <paramref name="id"/>, or null.</summary>
    public Section? Find(string id)
    {
        foreach (var section in _sections)
        {
            if (section.Id == id)
            {
                return section;
            }
        }

        return null;
    }

    /// <inheritdoc />
    public IEnumerator<Section> GetEnumerator() => ((IEnumerable<Section>)_sections).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
