using System.Collections;
using System.Collections.Generic;

namespace ArticleCompiler;

/// <summary>
/// An article's speakers or sections in document order, found by key or id. Generated code
/// derives a type per article with a property per item.
/// </summary>
/// <typeparam name="T">Speaker or Section.</typeparam>
public abstract class ItemSet<T> : IReadOnlyList<T>
{
    private readonly T[] _items;

    /// <summary>Creates the set.</summary>
    protected ItemSet(T[] items) => _items = items;

    /// <inheritdoc />
    public int Count => _items.Length;

    /// <inheritdoc />
    public T this[int index] => _items[index];

    /// <summary>The item with <paramref name="key"/> (a speaker key or section id), or null.</summary>
    public T? Find(string key)
    {
        foreach (var item in _items)
        {
            if (KeyOf(item) == key)
            {
                return item;
            }
        }

        return default;
    }

    /// <summary>The key or id of <paramref name="item"/>.</summary>
    protected abstract string KeyOf(T item);

    /// <inheritdoc />
    public IEnumerator<T> GetEnumerator() => ((IEnumerable<T>)_items).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
