# A submodule that imports from its own package with relative imports.
from . import VERSION
from .sub.geometry import area
print("pkgdemo.shapes runs:", __name__, __package__)


def describe(w, h):
    return "v%s rect %dx%d area %d" % (VERSION, w, h, area(w, h))
