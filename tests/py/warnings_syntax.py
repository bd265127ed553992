# The compiler's SyntaxWarnings (CPython's check_caller / check_subscripter / check_index /
# check_compare): literals that are sure to fail when run.  They are given at compile time,
# every time the code is compiled (no once-per-place memory), in source order.  None of the
# functions here is called: the program only prints "compiled".
x = 1
def f():
    x is -1
    x is (1, 2)
    x is ()
    x is "a"
    x is 1.5
    x is ...
    x is None
    x is True
    -1 is x
    x is not 2 is 3
    x == 1 is 2
    x is x is 4
    if x is 5: pass
    if x is 6 is 7: pass
    if x is not 6.5: pass
    while x is "w": pass
    x is (1+2)
    x is f"a"
    x is [1]
    x is not ("a")
def g():
    (-1)()
    (1+2)()
    f"x"()
    f"{x}"()
    {1: 2}()
    {1}()
    (x for x in y)()
    {x for x in y}()
    {x: 1 for x in y}()
    ...()
    True()
    (lambda: 0)()
    [x for x in y]()
    (x, y)()
    "a".upper()
    5 .real()
    None(*a, **k)
    "s"(k=1)
def h():
    5[0]; 1.5[0]; None[0]; ...[0]; True[0]; {1}[0]; {x for x in y}[0]; (x for x in y)[0]; (lambda: 0)[0]
    "s"[0]; (1,)[0]; [1][0]; {1: 2}[0]; f"x"[0]; (-1)[0]; (1+2)[0]
    5[0] = 1
    del 5[0]
    5[0] += 1
    5[1:2]
    frozenset()[0]
def f2():
    x is (-1,)
    x is (1, (2,))
    x is (x,)
    x is (1, x)
    (1, 2)[1.5]; (x,)["a"]; [1]["a"]; "abc"[1.5]; "abc"[x]; "abc"["a"]; "abc"[None]; "abc"[(1, 2)]
    "abc"[True]; "abc"[1:2]; "abc"[-1]; "abc"[f"x"]; "abc"[[1]]; "abc"[(x, y)]; [1][lambda: 0]; f"x"[1.5]
    [x for x in y][1.5]; {1: 2}[1.5]; (-1,)[1.5]; ()[1.5]; "a"[...]; "a"[{1}]; "a"[(x for x in y)]
    f"{x}"[1.5]; "a"[{1:2}]
    (5
     ())
    (5)(
    )
    print(5 if x else
      6 is
      7)
    x is ((1,), 2)
    x is (1, "a", None)
    x is ((),)
    x is ("a" "b")
    x is ("a" f"b")
    x is u"x"
    x is 10**100
    x is (True, False)
def f_3():
    try:
        pass
    finally:
        5()
    for x in y:
        try:
            break
        finally:
            x is 1
    with a:
        return 5[0]
    return [1]["a"]
def g_3():
    for x in y:
        try:
            continue
        finally:
            x is 3
def k_3():
    try:
        return
    finally:
        x is 4
def m_3():
    try:
        return 1
    except E:
        6()
    else:
        7()
    finally:
        8()
        try:
            pass
        finally:
            9()
def dead_code():
    if 0:
        5()
    while False:
        6()
    if 1:
        pass
    else:
        7()
    x = 0 and 8()
    return
    9()
def nested():
    class C:
        def m(self): 10()
    @11()
    def g(a=12(), *, b=13()): pass
    lambda: 15()
    [16() for x in 17()]
    return [5(), 5()]   # the same warning twice on one line: printed twice
print("compiled")
