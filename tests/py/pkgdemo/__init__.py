# A package for tests/py/import_package.py: its __init__ runs once, on the first import.
print("pkgdemo/__init__ runs:", __name__, __package__)
VERSION = "1.0"
