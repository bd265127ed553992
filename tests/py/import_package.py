# Packages: `import a.b` binds a, `import a.b as c` binds the submodule, `from a import b`
# imports a submodule, relative imports inside the package, sys.modules caching, and the errors.
import sys
import pkgdemo.shapes
print(pkgdemo.shapes.describe(3, 4))
print(pkgdemo.sub.geometry.area(2, 5))
import pkgdemo.sub.geometry as geo
print(geo.__name__, geo is sys.modules["pkgdemo.sub.geometry"])
from pkgdemo import shapes
print(shapes is pkgdemo.shapes)
from pkgdemo.sub import geometry
print(geometry.area(6, 7))
import pkgdemo
print(pkgdemo.VERSION, "pkgdemo.sub" in sys.modules)
print(__import__("pkgdemo.sub").__name__, __import__("pkgdemo.sub", fromlist=["x"]).__name__)
try:
    import pkgdemo.missing
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)
try:
    import pkgdemo.shapes.deeper
except ModuleNotFoundError as e:
    print(e)
try:
    from pkgdemo import nothing_here
except ImportError as e:
    print(type(e).__name__, str(e).split(" (")[0])
try:
    from . import anything
except ImportError as e:
    print(e)
