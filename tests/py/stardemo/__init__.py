# stardemo: modules for tests/py/import_star.py
