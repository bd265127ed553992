# lib/bisect.py — the `bisect` module: binary search in a sorted list, and insertion that
# keeps it sorted.
#
# What this step does: bisect_left(a, x) finds the first position where x could go without
# breaking the order (before any items equal to x); bisect_right (also called bisect) finds
# the last one (after them).  Each halves the range [lo, hi) until it is empty: O(log n)
# comparisons.  insort_left/insort_right (insort) search, then list.insert there — the search
# is O(log n) but the insert still moves the items after it.
# key= (Python 3.10) is applied to the list's items, not to x — except in insort, which is
# given an item and applies key to it first.
#
# Comes in: `import bisect` (frozen into the binary by lib/freeze.sh).
# Goes out: bisect_left, bisect_right, bisect, insort_left, insort_right, insort.
# Read next: lib/heapq.py (a different ordered structure: only the smallest is found fast).
#
# Differences from CPython: pure Python (CPython's _bisect is C).  As in the C version,
# hi=-1 means "the end of the list", like hi=None.

__all__ = ['bisect_left', 'bisect_right', 'bisect', 'insort_left', 'insort_right', 'insort']


def _bounds(a, lo, hi):
    if lo < 0:
        raise ValueError('lo must be non-negative')
    if hi is None or hi == -1:
        hi = len(a)
    return lo, hi


def bisect_left(a, x, lo=0, hi=None, *, key=None):
    '''Return the index where to insert item x in list a, assuming a is sorted.

    All e in a[:i] have e < x, and all e in a[i:] have e >= x.'''
    lo, hi = _bounds(a, lo, hi)
    if key is None:
        while lo < hi:
            mid = (lo + hi) // 2
            if a[mid] < x:
                lo = mid + 1
            else:
                hi = mid
    else:
        while lo < hi:
            mid = (lo + hi) // 2
            if key(a[mid]) < x:
                lo = mid + 1
            else:
                hi = mid
    return lo


def bisect_right(a, x, lo=0, hi=None, *, key=None):
    '''Return the index where to insert item x in list a, assuming a is sorted.

    All e in a[:i] have e <= x, and all e in a[i:] have e > x.'''
    lo, hi = _bounds(a, lo, hi)
    if key is None:
        while lo < hi:
            mid = (lo + hi) // 2
            if x < a[mid]:
                hi = mid
            else:
                lo = mid + 1
    else:
        while lo < hi:
            mid = (lo + hi) // 2
            if x < key(a[mid]):
                hi = mid
            else:
                lo = mid + 1
    return lo


def insort_left(a, x, lo=0, hi=None, *, key=None):
    '''Insert item x in list a, and keep it sorted assuming a is sorted.

    If x is already in a, insert it to the left of the leftmost x.'''
    if key is None:
        lo = bisect_left(a, x, lo, hi)
    else:
        lo = bisect_left(a, key(x), lo, hi, key=key)
    a.insert(lo, x)


def insort_right(a, x, lo=0, hi=None, *, key=None):
    '''Insert item x in list a, and keep it sorted assuming a is sorted.

    If x is already in a, insert it to the right of the rightmost x.'''
    if key is None:
        lo = bisect_right(a, x, lo, hi)
    else:
        lo = bisect_right(a, key(x), lo, hi, key=key)
    a.insert(lo, x)


bisect = bisect_right
insort = insort_right
