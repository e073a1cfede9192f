using System.Collections;

namespace SpareSim.Core.Collections;

/// <summary>
/// A first-in first-out list in a circular array: adding at the end and removing at the front
/// are O(1) and allocate nothing once the array has grown (a <see cref="List{T}"/> shifts every
/// element on each removal at the front, a <see cref="LinkedList{T}"/> allocates a node per item).
/// Insertion and removal in the middle shift the elements after the index.
/// </summary>
internal sealed class RingQueue<T> : IReadOnlyList<T>
{
    private T[] _items = new T[8];
    private int _head;
    private int _count;

    public int Count => _count;

    public T this[int index]
    {
        get
        {
            if ((uint)index >= (uint)_count) throw new ArgumentOutOfRangeException(nameof(index));
            return _items[Slot(index)];
        }
    }

    public T First => _items[_head];

    public void Add(T item)
    {
        if (_count == _items.Length) Grow();
        _items[Slot(_count)] = item;
        _count++;
    }

    public T RemoveFirst()
    {
        var item = _items[_head];
        _items[_head] = default!;
        _head = _head + 1 == _items.Length ? 0 : _head + 1;
        _count--;
        return item;
    }

    public void Insert(int index, T item)
    {
        if ((uint)index > (uint)_count) throw new ArgumentOutOfRangeException(nameof(index));
        if (_count == _items.Length) Grow();
        for (int i = _count; i > index; i--) _items[Slot(i)] = _items[Slot(i - 1)];
        _items[Slot(index)] = item;
        _count++;
    }

    public void RemoveAt(int index)
    {
        if ((uint)index >= (uint)_count) throw new ArgumentOutOfRangeException(nameof(index));
        if (index == 0)
        {
            RemoveFirst();
            return;
        }
        for (int i = index; i < _count - 1; i++) _items[Slot(i)] = _items[Slot(i + 1)];
        _items[Slot(_count - 1)] = default!;
        _count--;
    }

    public bool Remove(T item)
    {
        var comparer = EqualityComparer<T>.Default;
        for (int i = 0; i < _count; i++)
        {
            if (comparer.Equals(_items[Slot(i)], item))
            {
                RemoveAt(i);
                return true;
            }
        }
        return false;
    }

    public IEnumerator<T> GetEnumerator()
    {
        for (int i = 0; i < _count; i++) yield return _items[Slot(i)];
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private int Slot(int index)
    {
        int slot = _head + index;
        return slot >= _items.Length ? slot - _items.Length : slot;
    }

    private void Grow()
    {
        var larger = new T[_items.Length * 2];
        for (int i = 0; i < _count; i++) larger[i] = _items[Slot(i)];
        _items = larger;
        _head = 0;
    }
}
