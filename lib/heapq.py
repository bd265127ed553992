# lib/heapq.py — the `heapq` module: a binary heap kept in a plain list.
#
# What this step does: a heap is a list where every item is <= its two children, the items at
# 2*k+1 and 2*k+2; so heap[0] is always the smallest.  Two moves keep that true:
#   * _siftdown(heap, start, pos) carries the item at pos *up* towards the root while it is
#     smaller than its parent (used after an append);
#   * _siftup(heap, pos) fills the hole left at pos by walking it *down* to a leaf, always
#     moving the smaller child up, then puts the item there and lets _siftdown move it back up
#     the little way it needs.  That is the "bottom-up" variant CPython uses: most items belong
#     near the leaves, so it does fewer comparisons than stopping at the first smaller child.
# The array after every call is the same as CPython's, because these are CPython's documented
# algorithms step for step (programs print their heaps, so the order matters, not just the
# heap property).  The *_max functions (public in Python 3.14) are the mirror images, for a
# heap whose root is the largest item.
# nsmallest/nlargest keep a heap of the n best items seen so far; merge keeps a heap with the
# current head of each input.
#
# Comes in: `import heapq` (frozen into the binary by lib/freeze.sh).
# Goes out: heappush, heappop, heapify, heapreplace, heappushpop, their _max twins, merge,
# nlargest, nsmallest.
# Read next: lib/queue.py (PriorityQueue, which carries a small copy of heappush/heappop),
# lib/bisect.py (the other way to keep a list ordered).
#
# Differences from CPython: pure Python (CPython's _heapq is C); the C version's check that a
# comparison did not change the list's size is not made.

__all__ = ['heappush', 'heappop', 'heapify', 'heapreplace', 'merge', 'nlargest', 'nsmallest',
           'heappushpop', 'heappush_max', 'heappop_max', 'heapify_max', 'heapreplace_max',
           'heappushpop_max']


def _check_list(heap, func, argument='argument 1'):
    if not isinstance(heap, list):
        raise TypeError('%s() %s must be list, not %s' % (func, argument, type(heap).__name__))


# ───────────────────────────── the min-heap ─────────────────────────────

def heappush(heap, item):
    '''Push item onto heap, maintaining the heap invariant.'''
    _check_list(heap, 'heappush')
    heap.append(item)
    _siftdown(heap, 0, len(heap) - 1)


def heappop(heap):
    '''Pop the smallest item off the heap, maintaining the heap invariant.'''
    _check_list(heap, 'heappop', 'argument')
    if not heap:
        raise IndexError('index out of range')
    lastelt = heap.pop()
    if heap:
        returnitem = heap[0]
        heap[0] = lastelt
        _siftup(heap, 0)
        return returnitem
    return lastelt


def heapreplace(heap, item):
    '''Pop and return the current smallest value, and add the new item.

    More efficient than heappop() followed by heappush(); the value returned may be larger
    than the item added.'''
    _check_list(heap, 'heapreplace')
    if not heap:
        raise IndexError('index out of range')
    returnitem = heap[0]
    heap[0] = item
    _siftup(heap, 0)
    return returnitem


def heappushpop(heap, item):
    '''Fast version of a heappush followed by a heappop.'''
    _check_list(heap, 'heappushpop')
    if heap and heap[0] < item:
        item, heap[0] = heap[0], item
        _siftup(heap, 0)
    return item


def heapify(x):
    '''Transform list into a heap, in-place, in O(len(x)) time.'''
    _check_list(x, 'heapify', 'argument')
    # Sift every parent, the last one first: each then sits on two children that are heaps.
    for i in reversed(range(len(x) // 2)):
        _siftup(x, i)


def _siftdown(heap, startpos, pos):
    # heap[startpos:pos] is a heap except that heap[pos] may be too small: move it up.
    newitem = heap[pos]
    while pos > startpos:
        parentpos = (pos - 1) >> 1
        parent = heap[parentpos]
        if newitem < parent:
            heap[pos] = parent
            pos = parentpos
            continue
        break
    heap[pos] = newitem


def _siftup(heap, pos):
    # The children of pos are heaps; make pos's subtree one.  Bottom-up: walk the hole down
    # to a leaf along the smaller children, then sift the item up from there.
    endpos = len(heap)
    startpos = pos
    newitem = heap[pos]
    childpos = 2 * pos + 1
    while childpos < endpos:
        rightpos = childpos + 1
        if rightpos < endpos and not heap[childpos] < heap[rightpos]:
            childpos = rightpos
        heap[pos] = heap[childpos]
        pos = childpos
        childpos = 2 * pos + 1
    heap[pos] = newitem
    _siftdown(heap, startpos, pos)


# ───────────────────────────── the max-heap (Python 3.14) ─────────────────────────────

def heappush_max(heap, item):
    '''Maxheap variant of heappush.'''
    _check_list(heap, 'heappush_max')
    heap.append(item)
    _siftdown_max(heap, 0, len(heap) - 1)


def heappop_max(heap):
    '''Maxheap variant of heappop.'''
    _check_list(heap, 'heappop_max', 'argument')
    if not heap:
        raise IndexError('index out of range')
    lastelt = heap.pop()
    if heap:
        returnitem = heap[0]
        heap[0] = lastelt
        _siftup_max(heap, 0)
        return returnitem
    return lastelt


def heapreplace_max(heap, item):
    '''Maxheap variant of heapreplace.'''
    _check_list(heap, 'heapreplace_max')
    if not heap:
        raise IndexError('index out of range')
    returnitem = heap[0]
    heap[0] = item
    _siftup_max(heap, 0)
    return returnitem


def heappushpop_max(heap, item):
    '''Maxheap variant of heappushpop.'''
    _check_list(heap, 'heappushpop_max')
    if heap and item < heap[0]:
        item, heap[0] = heap[0], item
        _siftup_max(heap, 0)
    return item


def heapify_max(x):
    '''Transform list into a maxheap, in-place, in O(len(x)) time.'''
    _check_list(x, 'heapify_max', 'argument')
    for i in reversed(range(len(x) // 2)):
        _siftup_max(x, i)


def _siftdown_max(heap, startpos, pos):
    newitem = heap[pos]
    while pos > startpos:
        parentpos = (pos - 1) >> 1
        parent = heap[parentpos]
        if parent < newitem:
            heap[pos] = parent
            pos = parentpos
            continue
        break
    heap[pos] = newitem


def _siftup_max(heap, pos):
    endpos = len(heap)
    startpos = pos
    newitem = heap[pos]
    childpos = 2 * pos + 1
    while childpos < endpos:
        rightpos = childpos + 1
        if rightpos < endpos and not heap[rightpos] < heap[childpos]:
            childpos = rightpos
        heap[pos] = heap[childpos]
        pos = childpos
        childpos = 2 * pos + 1
    heap[pos] = newitem
    _siftdown_max(heap, startpos, pos)


# The names CPython 3.13 and older used for the max-heap helpers.
_heappop_max = heappop_max
_heapreplace_max = heapreplace_max
_heapify_max = heapify_max
_heappush_max = heappush_max
_heappushpop_max = heappushpop_max


# ───────────────────────────── merge ─────────────────────────────

def merge(*iterables, key=None, reverse=False):
    '''Merge multiple sorted inputs into a single sorted output.

    Like sorted(itertools.chain(*iterables)) but lazy: it holds only the current head of each
    input.  Equal items come out in the order of their inputs (the merge is stable).

    >>> list(merge([1,3,5,7], [0,2,4,8], [5,10,15,20], [], [25]))
    [0, 1, 2, 3, 4, 5, 5, 7, 8, 10, 15, 20, 25]
    '''
    if reverse:
        _heapify_, _heappop_, _heapreplace_ = heapify_max, heappop_max, heapreplace_max
        direction = -1
    else:
        _heapify_, _heappop_, _heapreplace_ = heapify, heappop, heapreplace
        direction = 1
    # Each heap entry is [sort key, input number, value, iterator]: the input number breaks
    # ties (so equal keys leave in input order) and keeps values themselves from ever being
    # compared.  `direction` makes the tie-break favour the earlier input in a max-heap too.
    h = []
    for order, it in enumerate(map(iter, iterables)):
        for value in it:
            k = value if key is None else key(value)
            h.append([k, order * direction, value, it])
            break
    _heapify_(h)
    while len(h) > 1:
        while True:
            entry = h[0]
            yield entry[2]
            for value in entry[3]:
                entry[0] = value if key is None else key(value)
                entry[2] = value
                _heapreplace_(h, entry)     # the same entry, re-sorted with its next value
                break
            else:
                _heappop_(h)                # that input is exhausted
                break
    if h:
        entry = h[0]
        yield entry[2]      # only one input left: the rest of it needs no heap
        yield from entry[3]


# ───────────────────────────── nsmallest / nlargest ─────────────────────────────
#
# Both return the same list as sorted(iterable, key=key)[:n] (reverse=True for nlargest): the
# tie-breaking counter in each entry makes them stable.  A max-heap of the n smallest so far
# has the worst of them at the root, so each new item is compared with just that one.

def nsmallest(n, iterable, key=None):
    '''Find the n smallest elements in a dataset.

    Equivalent to:  sorted(iterable, key=key)[:n]'''
    if n == 1:
        it = iter(iterable)
        sentinel = object()
        if key is None:
            result = min(it, default=sentinel)
        else:
            result = min(it, default=sentinel, key=key)
        return [] if result is sentinel else [result]
    try:
        size = len(iterable)
    except (TypeError, AttributeError):
        pass
    else:
        if n >= size:
            return sorted(iterable, key=key)[:n]
    if key is None:
        it = iter(iterable)
        result = [(elem, i) for i, elem in zip(range(n), it)]
        if not result:
            return result
        heapify_max(result)
        top = result[0][0]
        order = n
        for elem in it:
            if elem < top:
                heapreplace_max(result, (elem, order))
                top = result[0][0]
                order += 1
        result.sort()
        return [elem for (elem, order) in result]
    it = iter(iterable)
    result = [(key(elem), i, elem) for i, elem in zip(range(n), it)]
    if not result:
        return result
    heapify_max(result)
    top = result[0][0]
    order = n
    for elem in it:
        k = key(elem)
        if k < top:
            heapreplace_max(result, (k, order, elem))
            top = result[0][0]
            order += 1
    result.sort()
    return [elem for (k, order, elem) in result]


def nlargest(n, iterable, key=None):
    '''Find the n largest elements in a dataset.

    Equivalent to:  sorted(iterable, key=key, reverse=True)[:n]'''
    if n == 1:
        it = iter(iterable)
        sentinel = object()
        if key is None:
            result = max(it, default=sentinel)
        else:
            result = max(it, default=sentinel, key=key)
        return [] if result is sentinel else [result]
    try:
        size = len(iterable)
    except (TypeError, AttributeError):
        pass
    else:
        if n >= size:
            return sorted(iterable, key=key, reverse=True)[:n]
    # A min-heap of the n largest so far; the counter runs downwards so that, of two equal
    # items, the earlier one counts as larger and survives.
    if key is None:
        it = iter(iterable)
        result = [(elem, i) for i, elem in zip(range(0, -n, -1), it)]
        if not result:
            return result
        heapify(result)
        top = result[0][0]
        order = -n
        for elem in it:
            if top < elem:
                heapreplace(result, (elem, order))
                top = result[0][0]
                order -= 1
        result.sort(reverse=True)
        return [elem for (elem, order) in result]
    it = iter(iterable)
    result = [(key(elem), i, elem) for i, elem in zip(range(0, -n, -1), it)]
    if not result:
        return result
    heapify(result)
    top = result[0][0]
    order = -n
    for elem in it:
        k = key(elem)
        if top < k:
            heapreplace(result, (k, order, elem))
            top = result[0][0]
            order -= 1
    result.sort(reverse=True)
    return [elem for (k, order, elem) in result]
