using System.Collections;
using System.Collections.Generic;

namespace ArticleCompiler;

/// <summary>
/// An article's speakers in document order. Generated code derives a type per article with a
/// property per speaker key (<c>article.Speakers.Antonov</c>).
/// </summary>
public class SpeakerSet : IReadOnlyList<Speaker>
{
    private readonly Speaker[] _speakers;

    /// <summary>Creates the set; generated code calls this.</summary>
    public SpeakerSet(params Speaker[] speakers) => _speakers = speakers;

    /// <inheritdoc />
    public int Count => _speakers.Length;

    /// <inheritdoc />
    public Speaker this[int index] => _speakers[index];

    /// <summary>The speaker with <paramref name="key"/>, or null.</summary>
    public Speaker? Find(string key)
    {
        foreach (var speaker in _speakers)
        {
            if (speaker.Key == key)
            {
                return speaker;
            }
        }

        return null;
    }

    /// <inheritdoc />
    public IEnumerator<Speaker> GetEnumerator() => ((IEnumerable<Speaker>)_speakers).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
