# gc: the collector interface (minipy has no cycle collector; the calls work and change only their own settings).
import gc
print(gc.get_threshold(), gc.isenabled(), isinstance(gc.collect(), int), isinstance(gc.collect(0), int))
for bad in (5, -1, "a"):
    try:
        gc.collect(bad)
    except Exception as e:
        print(type(e).__name__, e)
gc.disable(); print(gc.isenabled()); gc.enable(); print(gc.isenabled())
gc.set_threshold(100, 5); print(gc.get_threshold())
gc.set_threshold(700); print(gc.get_threshold())
print(gc.get_debug(), gc.DEBUG_LEAK, gc.DEBUG_STATS, gc.garbage, gc.callbacks, gc.get_freeze_count())
gc.freeze(); gc.unfreeze()
