# An exception inside an inlined comprehension (PEP 709): the traceback shows no <listcomp>
# frame, only the function running it, with the caret under the failing sub-expression.
def check(rows):
    return [[10 // v for v in row] for row in rows]
def run():
    x = "saved"
    try:
        check([[1, 2], [5, 0]])
    except ZeroDivisionError:
        print("caught; x is still", x)
    return check([[1], [0]])
print(run())
