# tokens_oracle.py — prints the token listings that tests/unit/test_tokenizer.cpp expects.
# Run with CPython 3.14 (../shared/tools/py314 tests/unit/tokens_oracle.py).
import tokenize, io, sys
cases = [
 'if x:\n    y = (1 +\n         2)\nz = f"a{b!r:>{w}}c"\n',
 'def f(a, *b, **c):\n    return [a,\n            b]  # comment\n\n\nx = 0x1F + 1_000 + 3.5e-2 + .5\n',
 "s = r'\\n' + b'x' + '''tri\nple''' + \"q\\\"\"\nclass A:\n    pass\n  # odd comment\nfor i in x:\n    if i:\n        break\n",
 'a = 1; b = 2 \\\n  + 3\nprint(a**=2, a//b, a->b, a := 1, ...)\n',
]
for src in cases:
    print("CASE", repr(src))
    for t in tokenize.generate_tokens(io.StringIO(src).readline):
        name = tokenize.tok_name[t.type]
        if name in ("NL", "COMMENT"): continue
        if name == "FSTRING_MIDDLE" and t.string == "": continue
        text = t.string if name not in ("NEWLINE", "INDENT", "DEDENT", "ENDMARKER") else ""
        print(f"{name} {text!r} {t.start[0]}:{t.start[1]}-{t.end[0]}:{t.end[1]}")
