# traceback: marker lines for ranges over several lines (one ~~^^ line under each shown line,
# "...<N lines>..." for long ones, anchors found on any line), parenthesized operands, attributes
# split over lines, and the statements whose call gets no markers (x = o.m(...), return f(...)).
import traceback

def boom(*a, **k):
    raise ValueError("boom")

class A:
    def m(self, *a):
        raise KeyError(a)
    b = None
a = A()
a.b = A()

def case(f):
    try:
        f()
    except Exception:
        traceback.print_exc()

def c1():
    r = boom(1,
             2)
case(c1)

def c2():
    return boom(1,
                2)
case(c2)

def c3():
    r = a.m(1,
            2)
case(c3)

def c4():
    x = [boom(1),
         2]
case(c4)

def c5():
    d = {}
    v = d[
        "key"
    ]
case(c5)

def c6():
    v = (1 +
         2 +
         "s")
case(c6)

def c7():
    boom(1,
         2,
         3,
         4,
         5,
         6)
case(c7)

def c8():
    print(1, boom(
        1,
        2,
        3,
    ), 2)
case(c8)

def c9():
    v = (1
         + "s")
case(c9)

def c10():
    v = a.b.m(5)
case(c10)

def c11():
    r = a.m(5)
case(c11)

def c12():
    r, s = boom(5)
case(c12)

def c13():
    a.x = boom(5)
case(c13)

def c14():
    r = s = boom(5)
case(c14)

def c15():
    return a.m(1,
               2)
case(c15)

def c16():
    for x in 1 + 2:
        pass
case(c16)

def c17():
    x = 1
    x += "s"
case(c17)

def c18():
    v = boom(1, # comment (
             2)
case(c18)

def c19():
    v = [1, 2][
        5]
case(c19)

def c20():
    z = "é" + boom(1,
                   2)
case(c20)

def c21():
    v = 1 + \
        "s"
case(c21)

def c22():
    r = (boom
         (1))
case(c22)

def c23():
    r = boom(5) + 1
case(c23)

def c24():
    return boom(5)
case(c24)

def c25():
    return (boom(
        5))
case(c25)

def c26():
    return boom(1, 2
    )
case(c26)

def c27():
    x = [
        1,
        2,
    ][
        9
    ]
case(c27)

def c28():
	return [1][
		5]
case(c28)

def c29():
    assert (1 ==
            2), "msg"
case(c29)

def c30():
    raise ValueError(
        "multi")
case(c30)

def c31():
    x = 1 / (
        0)
case(c31)

def c32():
    x = 1 ** 2 // (
        0)
case(c32)

def g1():
    x = boom(
1,
2,
3,
4,
        5)
case(g1)

def g2():
    x = [1] + boom(
        1,
            2,
                3,
        4,
    )
case(g2)

def g3():
    d = {"a": {"b": 1}}
    return d["a"][
        # a comment
        "c"]
case(g3)

def g4():
    s = "日本語" + (
        boom(1))
case(g4)

def g5():
    x = "héllo" + 1
case(g5)

def g6():
    x = ("héllo" +
         1)
case(g6)

def g7():
    return boom(1,
                2).attr
case(g7)

def g8():
    f = lambda: 1 / 0
    return (f
            ())
case(g8)

def g9():
    y = 1
    x = (y
         .bit_length
         .missing)
case(g9)

def g10():
    x = 1 if boom(
        2) else 3
case(g10)

def g11():
    x: int = boom(1,
                  2)
case(g11)

def g12():
    x = y = boom(1,
                 2)
case(g12)

def g14():
    import math
    r = math.sqrt(-1)
case(g14)

def g15():
    r = (lambda: 1 / 0)()
case(g15)

def g16():
    r = boom(5); q = 1
case(g16)

def h1():
    r = (a
         .m(5))
case(h1)

def h2():
    r = (a
         .m(*[5]))
case(h2)

def h3():
    (a
     .zz) = 1
    (a
     .zz) += 1
case(h3)

def h4():
    a.q = 1
    del (a
         .qq)
case(h4)

def h5():
    a.n = 1
    (a
     .n) += "s"
case(h5)

def h6():
    x = (a
         .m)(1,
             2)
case(h6)

# And one uncaught, printed by the interpreter itself.
total = (1 +
         2 +
         a.m(3,
             4))
