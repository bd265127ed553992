# Program: a tokenizer and recursive-descent calculator for + - * / ** and parentheses.
class CalcError(Exception):
    pass
def tokenize(s):
    tokens, i = [], 0
    while i < len(s):
        c = s[i]
        if c.isspace():
            i += 1
        elif c.isdigit() or c == ".":
            j = i
            while j < len(s) and (s[j].isdigit() or s[j] == "."):
                j += 1
            text = s[i:j]
            tokens.append(float(text) if "." in text else int(text))
            i = j
        elif s.startswith("**", i):
            tokens.append("**")
            i += 2
        elif c in "+-*/()":
            tokens.append(c)
            i += 1
        else:
            raise CalcError(f"bad character {c!r} at {i}")
    return tokens
class Parser:
    def __init__(self, tokens):
        self.t, self.i = tokens, 0
    def peek(self):
        return self.t[self.i] if self.i < len(self.t) else None
    def take(self):
        self.i += 1
        return self.t[self.i - 1]
    def expr(self):
        v = self.term()
        while self.peek() in ("+", "-"):
            v = v + self.term() if self.take() == "+" else v - self.term()
        return v
    def term(self):
        v = self.factor()
        while self.peek() in ("*", "/"):
            v = v * self.factor() if self.take() == "*" else v / self.factor()
        return v
    def factor(self):
        if self.peek() == "-":
            self.take()
            return -self.factor()
        base = self.atom()
        if self.peek() == "**":
            self.take()
            return base ** self.factor()
        return base
    def atom(self):
        tok = self.peek()
        if tok == "(":
            self.take()
            v = self.expr()
            if self.peek() != ")":
                raise CalcError("missing )")
            self.take()
            return v
        if isinstance(tok, (int, float)):
            return self.take()
        raise CalcError(f"unexpected {tok!r}")
def calc(s):
    p = Parser(tokenize(s))
    v = p.expr()
    if p.peek() is not None:
        raise CalcError(f"trailing {p.peek()!r}")
    return v
for src in ("1 + 2 * 3", "(1 + 2) * 3", "2 ** 3 ** 2", "-2 ** 2", "10 / 4", "7 - 2 - 1",
            "2 ** 100", "1.5 * (2 - 0.5)", "(1 + 2", "3 $ 4", "1 / 0", "4 4"):
    try:
        print(f"{src:>16} = {calc(src)}")
    except CalcError as e:
        print(f"{src:>16} ! {e}")
    except ZeroDivisionError as e:
        print(f"{src:>16} ! {type(e).__name__}: {e}")
