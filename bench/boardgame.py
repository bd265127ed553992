# bench-repeat: 10   (a copy of tests/programs/boardgame.py; bench/run.sh runs it 10 times over)
# Board-game search driven by generators:
#   - n-queens solutions produced by a recursive generator using `yield from`;
#   - a knight's tour found by a Warnsdorff generator;
#   - tic-tac-toe solved by minimax with alpha-beta pruning, whose move generator yields moves;
#   - connect-four (small board) played by two depth-limited alpha-beta players through a
#     referee coroutine that receives moves with send() and is shut down with close().
# Exercises generators (yield, yield from with return values, send, close, generator
# expressions), classes, recursion, tuples as dict keys, memoisation, and any/all/max/min.


# --- n-queens ---------------------------------------------------------------------------------
def queens(n, placed=()):
    row = len(placed)
    if row == n:
        yield placed
        return
    for col in range(n):
        if all(col != c and abs(col - c) != row - r for r, c in enumerate(placed)):
            yield from queens(n, placed + (col,))


def count_and_first(gen):
    """Consume a generator, returning (count, first item); a generator's `return` value."""
    first = None
    n = 0
    for item in gen:
        if n == 0:
            first = item
        n += 1
    return n, first


def counted(gen):
    result = yield from gen_with_count(gen)
    yield ("total", result)


def gen_with_count(gen):
    n = 0
    for item in gen:
        n += 1
        yield item
    return n


for n in range(1, 9):
    total, first = count_and_first(queens(n))
    print(f"{n}-queens: {total:2d} solutions, first: {first}")

board = next(queens(8))
for r in range(8):
    print("   " + " ".join("Q" if board[r] == c else "." for c in range(8)))
tail = list(counted(queens(6)))
print("6-queens via yield-from with return:", tail[-1], len(tail) - 1)
symmetric = sum(1 for s in queens(8) if tuple(7 - c for c in s) == s[::-1])
print("8-queens solutions symmetric under 180-degree rotation:", symmetric)


# --- knight's tour (Warnsdorff's rule) ------------------------------------------------------
KNIGHT = ((1, 2), (2, 1), (2, -1), (1, -2), (-1, -2), (-2, -1), (-2, 1), (-1, 2))


def knight_moves(pos, size, visited):
    r, c = pos
    for dr, dc in KNIGHT:
        nr, nc = r + dr, c + dc
        if 0 <= nr < size and 0 <= nc < size and (nr, nc) not in visited:
            yield nr, nc


def tour(size, start=(0, 0)):
    visited = {start}
    pos = start
    yield pos
    while len(visited) < size * size:
        options = sorted(knight_moves(pos, size, visited),
                         key=lambda p: (sum(1 for _ in knight_moves(p, size, visited)), p))
        if not options:
            return
        pos = options[0]
        visited.add(pos)
        yield pos


path = list(tour(6))
order = {p: i for i, p in enumerate(path)}
print("knight's tour on 6x6:", len(path), "squares")
for r in range(6):
    print("   " + " ".join(f"{order.get((r, c), -1):2d}" for c in range(6)))


# --- tic-tac-toe with alpha-beta -------------------------------------------------------------
LINES = [(0, 1, 2), (3, 4, 5), (6, 7, 8), (0, 3, 6), (1, 4, 7), (2, 5, 8), (0, 4, 8), (2, 4, 6)]


class TicTacToe:
    def __init__(self, cells="." * 9):
        self.cells = cells

    def winner(self):
        for a, b, c in LINES:
            if self.cells[a] != "." and self.cells[a] == self.cells[b] == self.cells[c]:
                return self.cells[a]
        return None

    def to_move(self):
        return "X" if self.cells.count("X") == self.cells.count("O") else "O"

    def moves(self):
        # centre first, then corners, then edges: better move ordering prunes more
        for i in (4, 0, 2, 6, 8, 1, 3, 5, 7):
            if self.cells[i] == ".":
                yield i

    def play(self, i):
        return TicTacToe(self.cells[:i] + self.to_move() + self.cells[i + 1:])

    def full(self):
        return "." not in self.cells

    def __str__(self):
        return "\n".join("   " + " ".join(self.cells[r * 3:r * 3 + 3]) for r in range(3))


class Searcher:
    def __init__(self):
        self.nodes = 0
        self.cache = {}

    def alphabeta(self, game, alpha=-2, beta=2):
        """Score from X's point of view: +1 X wins, -1 O wins, 0 draw."""
        self.nodes += 1
        key = (game.cells, alpha, beta)
        if key in self.cache:
            return self.cache[key]
        w = game.winner()
        if w is not None:
            result = 1 if w == "X" else -1
        elif game.full():
            result = 0
        elif game.to_move() == "X":
            result = -2
            for m in game.moves():
                result = max(result, self.alphabeta(game.play(m), alpha, beta))
                alpha = max(alpha, result)
                if alpha >= beta:
                    break
        else:
            result = 2
            for m in game.moves():
                result = min(result, self.alphabeta(game.play(m), alpha, beta))
                beta = min(beta, result)
                if alpha >= beta:
                    break
        self.cache[key] = result
        return result

    def best_moves(self, game):
        """Yield (move, score) for every legal move, best first for the player to move."""
        scored = [(self.alphabeta(game.play(m)), m) for m in game.moves()]
        sign = -1 if game.to_move() == "X" else 1
        for score, m in sorted(scored, key=lambda sm: (sign * sm[0], sm[1])):
            yield m, score


s = Searcher()
print("tic-tac-toe value of the empty board:", s.alphabeta(TicTacToe()), "nodes:", s.nodes)
game = TicTacToe()
history = []
while game.winner() is None and not game.full():
    move, score = next(s.best_moves(game))
    history.append(f"{game.to_move()}{move}({score:+d})")
    game = game.play(move)
print(" ".join(history))
print(game)
print("result:", game.winner() or "draw")
position = TicTacToe("XO.......")
print("after X0 O1:", [f"{m}:{v:+d}" for m, v in s.best_moves(position)])
print("cache entries:", len(s.cache), "total nodes:", s.nodes)


# --- connect four on a 5x4 board -------------------------------------------------------------
COLS, ROWS = 5, 4


class ConnectFour:
    def __init__(self):
        self.grid = [[" "] * COLS for _ in range(ROWS)]
        self.heights = [0] * COLS

    def legal(self):
        return (c for c in (2, 1, 3, 0, 4) if self.heights[c] < ROWS)

    def drop(self, col, piece):
        self.grid[self.heights[col]][col] = piece
        self.heights[col] += 1

    def undo(self, col):
        self.heights[col] -= 1
        self.grid[self.heights[col]][col] = " "

    def windows(self):
        g = self.grid
        for r in range(ROWS):
            for c in range(COLS):
                for dr, dc in ((0, 1), (1, 0), (1, 1), (1, -1)):
                    er, ec = r + 3 * dr, c + 3 * dc
                    if 0 <= er < ROWS and 0 <= ec < COLS:
                        yield [g[r + k * dr][c + k * dc] for k in range(4)]

    def won(self, piece):
        return any(all(x == piece for x in w) for w in self.windows())

    def heuristic(self, piece, other):
        score = 0
        for w in self.windows():
            mine, theirs = w.count(piece), w.count(other)
            if theirs == 0:
                score += (0, 1, 4, 16, 1000)[mine]
            elif mine == 0:
                score -= (0, 1, 4, 16, 1000)[theirs]
        return score

    def __str__(self):
        return "\n".join("   |" + "".join(row) + "|" for row in reversed(self.grid))


def negamax(board, depth, alpha, beta, piece, other, stats):
    stats[0] += 1
    if board.won(other):
        return -10000 - depth, None
    moves = list(board.legal())
    if not moves:
        return 0, None
    if depth == 0:
        return board.heuristic(piece, other), None
    best, best_move = -10 ** 9, None
    for col in moves:
        board.drop(col, piece)
        value = -negamax(board, depth - 1, -beta, -alpha, other, piece, stats)[0]
        board.undo(col)
        if value > best:
            best, best_move = value, col
        alpha = max(alpha, value)
        if alpha >= beta:
            break
    return best, best_move


def referee(board):
    """Coroutine: receives (piece, column) moves, yields the outcome so far."""
    outcome = "playing"
    moves = 0
    try:
        while True:
            piece, col = yield outcome
            board.drop(col, piece)
            moves += 1
            if board.won(piece):
                outcome = f"{piece} wins after {moves} moves"
            elif not any(True for _ in board.legal()):
                outcome = f"draw after {moves} moves"
    finally:
        print("referee closed after", moves, "moves")


board = ConnectFour()
ref = referee(board)
state = next(ref)
players = [("X", "O", 5), ("O", "X", 3)]
turn = 0
moves_played = []
stats = [0]
while state == "playing":
    piece, other, depth = players[turn % 2]
    value, col = negamax(board, depth, -10 ** 9, 10 ** 9, piece, other, stats)
    moves_played.append(col)
    state = ref.send((piece, col))
    turn += 1
ref.close()
print(board)
print("moves:", moves_played)
print(state, "| nodes searched:", stats[0])
