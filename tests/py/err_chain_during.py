# An exception raised while handling another prints both, joined by "During handling...".
def load(d):
    try:
        return d["key"]
    except KeyError:
        raise RuntimeError("could not load")
load({})
