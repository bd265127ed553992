# Program: tic-tac-toe board printing, win detection and a scripted game.
def show(board):
    rows = []
    for r in range(3):
        rows.append(" " + " | ".join(board[r * 3:r * 3 + 3]) + " ")
    print("\n---+---+---\n".join(rows))
LINES = [(0, 1, 2), (3, 4, 5), (6, 7, 8), (0, 3, 6), (1, 4, 7), (2, 5, 8), (0, 4, 8), (2, 4, 6)]
def winner(board):
    for a, b, c in LINES:
        if board[a] != " " and board[a] == board[b] == board[c]:
            return board[a]
    return None
board = [" "] * 9
moves = [4, 0, 2, 6, 3, 5, 1, 7, 8]
player = "X"
for turn, m in enumerate(moves, 1):
    if board[m] != " ":
        print("illegal move", m)
        continue
    board[m] = player
    w = winner(board)
    if w:
        print(f"turn {turn}: {w} wins")
        break
    player = "O" if player == "X" else "X"
else:
    print("draw")
show(board)
print(winner(list("XXXOO    ")), winner(list("XO XO  O ")), winner([" "] * 9))
