# TabError: indentation that mixes tabs and spaces so that its meaning depends on the tab size
# (tokenizer.cpp compares the column at tab size 8 with the count of characters).
sources = [
    "if 1:\n        x = 1\n\ty = 2\n",
    "if 1:\n\tx = 1\n        y = 2\n",
    "if 1:\n  \tx = 1\n\t  y = 2\n",
]
for src in sources:
    try:
        compile(src, "t.py", "exec")
        print("compiled")
    except SyntaxError as e:
        print(type(e).__name__, e.lineno, e.offset, e.msg, isinstance(e, IndentationError))
print([c.__name__ for c in TabError.__mro__])
