# lib/gc.py — the `gc` module: the interface to the cycle collector, which minipy does not have.
#
# What this step does: CPython frees most objects by reference counting and runs a separate
# cycle collector for groups of objects that refer to each other (a list that contains itself).
# minipy has only reference counting (chapter 5; tests/lsan_cyclic.txt lists the tests that
# leak a cycle on purpose), so there is nothing for this module to drive.  It exists so that
# programs which tune or call the collector (benchmarks call gc.collect() between runs, many
# programs gc.disable() around a hot phase) run unchanged:
#   * collect() finds nothing to free and returns 0, the number of unreachable objects found;
#   * enable()/disable()/isenabled() keep a flag that nothing else reads;
#   * the thresholds and counts are CPython 3.14's defaults, and stay as set.
#
# Comes in: `import gc`.  Goes out: collect, enable, disable, isenabled, get_count,
# get_threshold, set_threshold, freeze, unfreeze, get_freeze_count, garbage, callbacks, the
# DEBUG_* flags, set_debug/get_debug.  Not here: is_tracked, get_objects, get_referrers and
# get_referents, which would need a collector's bookkeeping.
# Read next: threads.cpp (where reference counts reach zero and objects are freed).

DEBUG_STATS = 1
DEBUG_COLLECTABLE = 2
DEBUG_UNCOLLECTABLE = 4
DEBUG_SAVEALL = 32
DEBUG_LEAK = DEBUG_COLLECTABLE | DEBUG_UNCOLLECTABLE | DEBUG_SAVEALL

garbage = []
callbacks = []

_enabled = True
_debug = 0
_threshold = (2000, 10, 0)


def collect(generation=2):
    """Run a collection; minipy has no cycle collector, so this finds nothing and returns 0."""
    if not isinstance(generation, int):
        raise TypeError(f"'{type(generation).__name__}' object cannot be interpreted as an integer")
    if not 0 <= generation <= 2:
        raise ValueError("invalid generation")
    return 0


def enable():
    global _enabled
    _enabled = True


def disable():
    global _enabled
    _enabled = False


def isenabled():
    return _enabled


def get_count():
    return (0, 0, 0)


def get_threshold():
    return _threshold


def set_threshold(threshold0, threshold1=None, threshold2=None):
    global _threshold
    t = list(_threshold)
    t[0] = threshold0
    if threshold1 is not None:
        t[1] = threshold1
    if threshold2 is not None:
        t[2] = threshold2
    _threshold = tuple(t)


def set_debug(flags):
    global _debug
    _debug = flags


def get_debug():
    return _debug


def freeze():
    pass


def unfreeze():
    pass


def get_freeze_count():
    return 0
