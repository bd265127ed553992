# A tiny Lisp interpreter: tokenizer, reader, environments with lexical closures, special forms
# (quote, if, define, lambda, let, begin, set!, cond, and, or), tail-call trampolining, and a
# standard library of builtins registered by a decorator.  Runs a handful of Lisp programs
# (factorial, fibonacci, map/filter/fold, closures with counters, a tail-recursive loop of
# 20000 iterations, quicksort, the Ackermann function) and reports errors raised inside Lisp.
# Exercises classes with multiple inheritance and mixins, __init_subclass__ registries,
# descriptors, exception chaining (raise ... from), context managers (with), decorators,
# closures, recursion, dict lookups through parent chains, isinstance dispatch, repr/str.


class LispError(Exception):
    pass


class LispNameError(LispError):
    pass


class LispTypeError(LispError):
    pass


class Symbol(str):
    table = {}

    @classmethod
    def intern(cls, name):
        if name not in cls.table:
            cls.table[name] = cls(name)
        return cls.table[name]


QUOTE, IF, DEFINE, LAMBDA, LET, BEGIN, SET, COND, AND, OR, ELSE = map(
    Symbol.intern, "quote if define lambda let begin set! cond and or else".split())


class Nil:
    _instance = None

    def __new__(cls):
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance

    def __repr__(self):
        return "()"

    def __bool__(self):
        return False


def tokenize(text):
    for line in text.splitlines():
        line = line.split(";", 1)[0]
        yield from line.replace("(", " ( ").replace(")", " ) ").replace("'", " ' ").split()


def read(tokens):
    tok = next(tokens)
    if tok == "(":
        items = []
        while True:
            try:
                nxt = read(tokens)
            except StopIteration:
                raise LispError("unexpected end of input") from None
            if nxt is CLOSE:
                return items
            items.append(nxt)
    if tok == ")":
        return CLOSE
    if tok == "'":
        return [QUOTE, read(tokens)]
    return atom(tok)


CLOSE = object()


def atom(tok):
    for conv in (int, float):
        try:
            return conv(tok)
        except ValueError:
            pass
    if tok in ("#t", "#f"):
        return tok == "#t"
    return Symbol.intern(tok)


def read_all(text):
    tokens = tokenize(text)
    forms = []
    while True:
        try:
            forms.append(read(tokens))
        except StopIteration:
            return forms


class Env(dict):
    def __init__(self, names=(), values=(), outer=None):
        super().__init__(zip(names, values))
        self.outer = outer

    def find(self, name):
        env = self
        while env is not None:
            if name in env:
                return env
            env = env.outer
        raise LispNameError(f"unbound symbol: {name}")


class CountedMixin:
    """Counts instances per subclass: __init_subclass__ gives each subclass its own counter."""
    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.created = 0

    def count(self):
        type(self).created += 1


class NamedMixin:
    def describe(self):
        return f"#<{type(self).__name__.lower()} {self.name}>"


class Procedure(CountedMixin, NamedMixin):
    def __init__(self, params, body, env, name="lambda"):
        self.params, self.body, self.env, self.name = params, body, env, name
        self.count()

    def __repr__(self):
        return self.describe()


class Builtin(CountedMixin, NamedMixin):
    def __init__(self, fn, name):
        self.fn, self.name = fn, name
        self.count()

    def __repr__(self):
        return self.describe()


class CallStats:
    """A descriptor that counts how often an attribute is read."""
    def __set_name__(self, owner, name):
        self.name = "_" + name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        setattr(obj, self.name + "_reads", getattr(obj, self.name + "_reads", 0) + 1)
        return getattr(obj, self.name)

    def __set__(self, obj, value):
        setattr(obj, self.name, value)


GLOBAL = Env()


def builtin(name, arity=None):
    def register(fn):
        def checked(*args):
            if arity is not None and len(args) != arity:
                raise LispTypeError(f"{name}: expected {arity} arguments, got {len(args)}")
            try:
                return fn(*args)
            except (TypeError, ZeroDivisionError, IndexError) as exc:
                raise LispTypeError(f"{name}: {exc}") from exc
        GLOBAL[Symbol.intern(name)] = Builtin(checked, name)
        return fn
    return register


def fold(fn, start):
    def run(*args):
        acc = start if not args or start is not None else args[0]
        for a in (args if start is not None else args[1:]):
            acc = fn(acc, a)
        return acc
    return run


builtin("+")(fold(lambda a, b: a + b, 0))
builtin("*")(fold(lambda a, b: a * b, 1))
builtin("-")(lambda a, *rest: -a if not rest else fold(lambda x, y: x - y, None)(a, *rest))
builtin("/", 2)(lambda a, b: a // b if isinstance(a, int) and isinstance(b, int) else a / b)
builtin("mod", 2)(lambda a, b: a % b)
for _name, _op in (("<", lambda a, b: a < b), (">", lambda a, b: a > b), ("=", lambda a, b: a == b),
                   ("<=", lambda a, b: a <= b), (">=", lambda a, b: a >= b)):
    builtin(_name, 2)(_op)
builtin("car", 1)(lambda x: x[0])
builtin("cdr", 1)(lambda x: x[1:])
builtin("cons", 2)(lambda a, b: [a] + list(b))
builtin("list")(lambda *xs: list(xs))
builtin("null?", 1)(lambda x: x == [] or x is Nil())
builtin("length", 1)(len)
builtin("not", 1)(lambda x: x is False)
builtin("append")(lambda *ls: [x for l in ls for x in l])
builtin("display", 1)(lambda x: OUTPUT.append(to_str(x)))


class Interpreter:
    steps = CallStats()

    def __init__(self):
        self.steps = 0
        self.max_depth = 0

    def eval(self, x, env, depth=0):
        self.max_depth = max(self.max_depth, depth)
        while True:
            self.steps += 1
            if isinstance(x, Symbol):
                return env.find(x)[x]
            if not isinstance(x, list):
                return x
            if not x:
                return Nil()
            op, *args = x
            if op is QUOTE:
                return args[0]
            if op is IF:
                test, conseq, *alt = args
                x = conseq if self.eval(test, env, depth + 1) is not False else (alt[0] if alt else Nil())
                continue
            if op is DEFINE:
                target, *body = args
                if isinstance(target, list):
                    name, *params = target
                    env[name] = Procedure(params, [BEGIN] + body, env, name)
                else:
                    env[target] = self.eval(body[0], env, depth + 1)
                return Nil()
            if op is SET:
                name, value = args
                env.find(name)[name] = self.eval(value, env, depth + 1)
                return Nil()
            if op is LAMBDA:
                params, *body = args
                return Procedure(params, [BEGIN] + body, env)
            if op is LET:
                bindings, *body = args
                names = [b[0] for b in bindings]
                values = [self.eval(b[1], env, depth + 1) for b in bindings]
                env = Env(names, values, env)
                x = [BEGIN] + body
                continue
            if op is BEGIN:
                if not args:
                    return Nil()
                for form in args[:-1]:
                    self.eval(form, env, depth + 1)
                x = args[-1]
                continue
            if op is COND:
                for test, *body in args:
                    if test is ELSE or self.eval(test, env, depth + 1) is not False:
                        x = [BEGIN] + body
                        break
                else:
                    return Nil()
                continue
            if op is AND or op is OR:
                result = op is AND
                for form in args:
                    result = self.eval(form, env, depth + 1)
                    if (result is False) == (op is AND):
                        break
                return result
            proc = self.eval(op, env, depth + 1)
            values = [self.eval(a, env, depth + 1) for a in args]
            if isinstance(proc, Builtin):
                return proc.fn(*values)
            if not isinstance(proc, Procedure):
                raise LispTypeError(f"not a procedure: {to_str(proc)}")
            if len(values) != len(proc.params):
                raise LispTypeError(f"{proc.name}: expected {len(proc.params)} arguments, got {len(values)}")
            x, env = proc.body, Env(proc.params, values, proc.env)


def to_str(x):
    if x is True:
        return "#t"
    if x is False:
        return "#f"
    if isinstance(x, list):
        return "(" + " ".join(map(to_str, x)) + ")"
    if isinstance(x, float):
        return repr(round(x, 6))
    return str(x)


class Session:
    def __init__(self, interp):
        self.interp = interp
        self.errors = []

    def __enter__(self):
        OUTPUT.clear()
        return self

    def __exit__(self, kind, exc, tb):
        if kind is not None and issubclass(kind, LispError):
            cause = exc.__cause__
            self.errors.append(f"{kind.__name__}: {exc}" + (f" (caused by {type(cause).__name__})" if cause else ""))
            return True
        return False


OUTPUT = []
PROGRAM = """
(define (fact n) (if (<= n 1) 1 (* n (fact (- n 1)))))
(define (fib n) (if (< n 2) n (+ (fib (- n 1)) (fib (- n 2)))))
(define (map f xs) (if (null? xs) '() (cons (f (car xs)) (map f (cdr xs)))))
(define (filter p xs) (cond ((null? xs) '()) ((p (car xs)) (cons (car xs) (filter p (cdr xs)))) (else (filter p (cdr xs)))))
(define (foldl f acc xs) (if (null? xs) acc (foldl f (f acc (car xs)) (cdr xs))))
(define (range a b) (if (>= a b) '() (cons a (range (+ a 1) b))))
(define (make-counter)
  (let ((n 0))
    (lambda () (set! n (+ n 1)) n)))
(define (loop i acc) (if (= i 0) acc (loop (- i 1) (+ acc i))))
(define (qsort xs)
  (if (null? xs) '()
      (let ((p (car xs)) (rest (cdr xs)))
        (append (qsort (filter (lambda (x) (< x p)) rest))
                (list p)
                (qsort (filter (lambda (x) (>= x p)) rest))))))
(define (ack m n)
  (cond ((= m 0) (+ n 1))
        ((= n 0) (ack (- m 1) 1))
        (else (ack (- m 1) (ack m (- n 1))))))
"""

interp = Interpreter()
with Session(interp):
    for form in read_all(PROGRAM):
        interp.eval(form, GLOBAL)

TESTS = [
    "(fact 20)", "(fact 30)", "(fib 15)", "(map (lambda (x) (* x x)) (range 0 10))",
    "(filter (lambda (x) (= (mod x 3) 0)) (range 0 20))", "(foldl + 0 (range 0 101))",
    "(let ((c (make-counter))) (c) (c) (list (c) (c)))", "(loop 20000 0)",
    "(qsort '(33 4 15 8 42 16 23 4 1 99 0 -7))", "(ack 2 3)", "(and 1 2 #f 3)", "(or #f #f 7)",
    "(/ 7 2)", "(/ 7.0 2)", "'(a (b c) d)", "(begin (display (list 1 2)) (display 'done) (length '(1 2 3)))",
    "(undefined-thing 1)", "(car '())", "(/ 1 0)", "(fact 1 2)", "(1 2 3)", "(+ 'a 1)",
]
for src in TESTS:
    session = Session(interp)
    with session:
        form = read_all(src)[0]
        result = interp.eval(form, GLOBAL)
        extra = f"   output: {' '.join(OUTPUT)}" if OUTPUT else ""
        print(f"{src:<55} => {to_str(result)}{extra}")
    for err in session.errors:
        print(f"{src:<55} !! {err}")

with Session(interp) as s:
    read_all("(define (broken x) (+ x 1)")
print("reader:", s.errors)
print("procedures created:", Procedure.created, "| builtins:", Builtin.created,
      "| symbols interned:", len(Symbol.table))
print("eval steps > 100000:", interp.steps > 100000, "| max depth:", interp.max_depth,
      "| steps attribute reads > 0:", interp._steps_reads > 0)
print(sorted(k for k in GLOBAL if k.isalpha())[:12], repr(GLOBAL[Symbol.intern("fact")]), GLOBAL["car"])
print(Nil() is Nil(), bool(Nil()), Interpreter.steps.__class__.__name__, isinstance(QUOTE, str), QUOTE == "quote")
