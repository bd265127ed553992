# syntax_errors_oracle.py — prints the SyntaxError table that tests/unit/test_parser.cpp expects.
# Run with CPython 3.14 (../shared/tools/py314 tests/unit/syntax_errors_oracle.py).
srcs = ["x = 'abc\n", "if x:\n        a\n    b\n", "x = (1,\n", "x = 1 +* 2\n", "def f(:\n", "x = )\n", "x = '''abc\n", "a b\n", "f(x for x in y, 1)\n", "x = 08\n", "1 = x\n", "if x\n    pass\n", "print 'x'\n", "x = [1, 2\ny = 3\n", "  x = 1\n", "for x in y:\npass\n", "return 5\n", "def f():\n    nonlocal q\n", "x = 1e\n", "f'{}'\n", "del f()\n", "x += 1, = 2\n", "lambda: (yield)\n"]
for s in srcs:
    try:
        compile(s, "t.py", "exec")
        print(repr(s), "OK")
    except SyntaxError as e:
        print(repr(s), type(e).__name__, repr(e.msg), e.lineno, e.offset, e.end_lineno, e.end_offset)
