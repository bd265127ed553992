from .. import VERSION as V


def area(w, h):
    return w * h


print("pkgdemo.sub.geometry runs:", __name__, __package__, V)
