# bench-repeat: 10   (a copy of tests/programs/constraints.py; bench/run.sh runs it 10 times over)
# Constraint solving three ways:
#   1. a propagation network (SICP-style connectors and constraints, with informants so that a
#      value can be retracted and recomputed) — a cousin of DeltaBlue's local propagation;
#   2. a generic backtracking CSP solver with forward checking and the minimum-remaining-values
#      heuristic, used for map colouring, SEND+MORE=MONEY and n-queens counting;
#   3. a Norvig-style sudoku solver: constraint propagation over dicts of candidate strings.
# Exercises classes and inheritance, abstract methods, closures/lambdas as constraints, dict and
# set manipulation, exceptions for control flow, recursion and sorting.


# --- 1. propagation network -----------------------------------------------------------------
class ContradictionError(Exception):
    pass


class Connector:
    def __init__(self, name):
        self.name = name
        self.value = None
        self.informant = None
        self.constraints = []

    def has_value(self):
        return self.value is not None

    def set_value(self, value, setter):
        if not self.has_value():
            self.value, self.informant = value, setter
            for c in self.constraints:
                if c is not setter:
                    c.new_value()
        elif abs(self.value - value) > 1e-9:
            raise ContradictionError(f"{self.name}: {self.value} vs {value}")

    def forget(self, retractor):
        if retractor is self.informant:
            self.informant = self.value = None
            for c in self.constraints:
                if c is not retractor:
                    c.forget_value()

    def connect(self, constraint):
        self.constraints.append(constraint)
        if self.has_value():
            constraint.new_value()


class Constraint:
    def __init__(self, *connectors):
        self.connectors = connectors
        for c in connectors:
            c.connect(self)

    def new_value(self):
        raise NotImplementedError

    def forget_value(self):
        for c in self.connectors:
            c.forget(self)
        self.new_value()


class Adder(Constraint):            # a + b = s
    def new_value(self):
        a, b, s = self.connectors
        if a.has_value() and b.has_value():
            s.set_value(a.value + b.value, self)
        elif a.has_value() and s.has_value():
            b.set_value(s.value - a.value, self)
        elif b.has_value() and s.has_value():
            a.set_value(s.value - b.value, self)


class Multiplier(Constraint):       # a * b = p
    def new_value(self):
        a, b, p = self.connectors
        if (a.has_value() and a.value == 0) or (b.has_value() and b.value == 0):
            p.set_value(0, self)
        elif a.has_value() and b.has_value():
            p.set_value(a.value * b.value, self)
        elif a.has_value() and p.has_value():
            b.set_value(p.value / a.value, self)
        elif b.has_value() and p.has_value():
            a.set_value(p.value / b.value, self)


class Constant(Constraint):
    def __init__(self, value, connector):
        self.value = value
        super().__init__(connector)
        connector.set_value(value, self)

    def new_value(self):
        pass


class Probe(Constraint):
    log = []

    def new_value(self):
        c = self.connectors[0]
        Probe.log.append(f"{c.name}={round(c.value, 4)}")

    def forget_value(self):
        Probe.log.append(f"{self.connectors[0].name}=?")


def converter():
    c, f, u, v, w, x, y = (Connector(n) for n in ("C", "F", "u", "v", "w", "x", "y"))
    Multiplier(c, w, u)
    Multiplier(v, x, u)
    Adder(v, y, f)
    Constant(9, w)
    Constant(5, x)
    Constant(32, y)
    Probe(c)
    Probe(f)
    return c, f


user = "user"
celsius, fahrenheit = converter()
celsius.set_value(25, user)
celsius.forget(user)
fahrenheit.set_value(212, user)
try:
    celsius.set_value(50, user)
except ContradictionError as exc:
    print("contradiction:", exc)
fahrenheit.forget(user)
fahrenheit.set_value(-40, user)
print(" ".join(Probe.log))


# --- 2. backtracking CSP ---------------------------------------------------------------------
class CSP:
    def __init__(self, domains):
        self.domains = {v: list(d) for v, d in domains.items()}
        self.constraints = {v: [] for v in domains}
        self.nodes = 0

    def add(self, scope, predicate):
        entry = (tuple(scope), predicate)
        for v in scope:
            self.constraints[v].append(entry)

    def all_different(self, scope):
        scope = list(scope)
        for i, a in enumerate(scope):
            for b in scope[i + 1:]:
                self.add((a, b), lambda x, y: x != y)

    def consistent(self, var, assignment):
        for scope, pred in self.constraints[var]:
            if all(v in assignment for v in scope):
                if not pred(*(assignment[v] for v in scope)):
                    return False
        return True

    def forward_check(self, var, assignment, domains):
        pruned = {}
        for scope, _ in self.constraints[var]:
            for other in scope:
                if other in assignment or other in pruned:
                    continue
                keep = []
                for value in domains[other]:
                    assignment[other] = value
                    if self.consistent(other, assignment):
                        keep.append(value)
                    del assignment[other]
                if not keep:
                    return None
                pruned[other] = keep
        new = dict(domains)
        new.update(pruned)
        return new

    def solutions(self, assignment=None, domains=None):
        assignment = {} if assignment is None else assignment
        domains = self.domains if domains is None else domains
        if len(assignment) == len(self.domains):
            yield dict(assignment)
            return
        var = min((v for v in self.domains if v not in assignment), key=lambda v: len(domains[v]))
        for value in domains[var]:
            self.nodes += 1
            assignment[var] = value
            if self.consistent(var, assignment):
                reduced = self.forward_check(var, assignment, domains)
                if reduced is not None:
                    yield from self.solutions(assignment, reduced)
            del assignment[var]

    def first(self):
        return next(self.solutions(), None)


# map colouring: the states and territories of Australia, then a bigger made-up map
australia = {"WA": "NT SA", "NT": "WA SA Q", "SA": "WA NT Q NSW V", "Q": "NT SA NSW",
             "NSW": "Q SA V", "V": "SA NSW", "T": ""}
csp = CSP({r: ["red", "green", "blue"] for r in australia})
for region, neighbours in australia.items():
    for n in neighbours.split():
        if region < n:
            csp.add((region, n), lambda a, b: a != b)
sol = csp.first()
print("australia:", ", ".join(f"{k}={v}" for k, v in sorted(sol.items())), "nodes", csp.nodes)
count = sum(1 for _ in CSP.solutions(csp))
print("australia colourings:", count)

# a 6x6 grid map where each cell touches its 8 neighbours needs 4 colours
grid = CSP({(r, c): [1, 2, 3, 4] for r in range(6) for c in range(6)})
for r in range(6):
    for c in range(6):
        for dr, dc in ((0, 1), (1, -1), (1, 0), (1, 1)):
            if 0 <= r + dr < 6 and 0 <= c + dc < 6:
                grid.add(((r, c), (r + dr, c + dc)), lambda a, b: a != b)
g = grid.first()
for r in range(6):
    print("   ", " ".join(str(g[r, c]) for c in range(6)))
print("grid nodes:", grid.nodes)

# SEND + MORE = MONEY, with one carry variable per column
letters = "SENDMORY"
doms = {ch: list(range(10)) for ch in letters}
doms["S"] = list(range(1, 10))
doms["M"] = [1]
doms.update({f"c{i}": [0, 1] for i in range(1, 4)})
puzzle = CSP(doms)
puzzle.all_different(letters)
puzzle.add(("D", "E", "Y", "c1"), lambda d, e, y, c1: d + e == y + 10 * c1)
puzzle.add(("N", "R", "c1", "E", "c2"), lambda n, r, c1, e, c2: n + r + c1 == e + 10 * c2)
puzzle.add(("E", "O", "c2", "N", "c3"), lambda e, o, c2, n, c3: e + o + c2 == n + 10 * c3)
puzzle.add(("S", "M", "c3", "O"), lambda s, m, c3, o: s + m + c3 == o + 10 * m)
answer = puzzle.first()
word = lambda w: int("".join(str(answer[ch]) for ch in w))
print(f"{word('SEND'):>6}\n+{word('MORE'):>5}\n={word('MONEY'):>5}   nodes {puzzle.nodes}")
assert word("SEND") + word("MORE") == word("MONEY")


def queens_csp(n):
    q = CSP({col: list(range(n)) for col in range(n)})
    for a in range(n):
        for b in range(a + 1, n):
            q.add((a, b), lambda x, y, d=b - a: x != y and abs(x - y) != d)
    return q


for n in range(4, 9):
    q = queens_csp(n)
    sols = list(q.solutions())
    print(f"{n}-queens: {len(sols):3d} solutions, first {[sols[0][c] for c in range(n)]}, nodes {q.nodes}")


# --- 3. sudoku by propagation -----------------------------------------------------------------
DIGITS = "123456789"
ROWS = "ABCDEFGHI"
SQUARES = [r + c for r in ROWS for c in DIGITS]
UNITS_LIST = ([[r + c for c in DIGITS] for r in ROWS] + [[r + c for r in ROWS] for c in DIGITS] +
              [[r + c for r in rs for c in cs] for rs in ("ABC", "DEF", "GHI") for cs in ("123", "456", "789")])
UNITS = {s: [u for u in UNITS_LIST if s in u] for s in SQUARES}
PEERS = {s: sorted(set(sum(UNITS[s], [])) - {s}) for s in SQUARES}


def assign(values, s, d):
    others = values[s].replace(d, "")
    return values if all(eliminate(values, s, d2) for d2 in others) else False


def eliminate(values, s, d):
    if d not in values[s]:
        return values
    values[s] = values[s].replace(d, "")
    if not values[s]:
        return False
    if len(values[s]) == 1:
        d2 = values[s]
        if not all(eliminate(values, s2, d2) for s2 in PEERS[s]):
            return False
    for u in UNITS[s]:
        places = [sq for sq in u if d in values[sq]]
        if not places:
            return False
        if len(places) == 1 and not assign(values, places[0], d):
            return False
    return values


def parse_grid(text):
    values = {s: DIGITS for s in SQUARES}
    cells = [ch for ch in text if ch in DIGITS or ch in "0."]
    for s, d in zip(SQUARES, cells):
        if d in DIGITS and not assign(values, s, d):
            return False
    return values


def search(values, stats):
    if values is False:
        return False
    if all(len(values[s]) == 1 for s in SQUARES):
        return values
    stats["guesses"] += 1
    _, s = min((len(values[s]), s) for s in SQUARES if len(values[s]) > 1)
    for d in values[s]:
        result = search(assign(dict(values), s, d), stats)
        if result:
            return result
    return False


def show(values):
    lines = []
    for r in ROWS:
        line = " ".join(values[r + c] for c in DIGITS)
        lines.append(line[:5] + " | " + line[6:11] + " | " + line[12:])
        if r in "CF":
            lines.append("------+-------+------")
    return "\n".join(lines)


puzzles = [
    "003020600900305001001806400008102900700000008006708200002609500800203009005010300",
    "4.....8.5.3..........7......2.....6.....8.4......1.......6.3.7.5..2.....1.4......",
]
for text in puzzles:
    stats = {"guesses": 0}
    solved = search(parse_grid(text), stats)
    print(show(solved))
    ok = all(sorted(solved[s] for s in u) == list(DIGITS) for u in UNITS_LIST)
    print("valid:", ok, "guesses:", stats["guesses"], "row A:", "".join(solved["A" + c] for c in DIGITS))
