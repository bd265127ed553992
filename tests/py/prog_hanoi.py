# Program: towers of Hanoi, recursive, printing moves and counting them.
moves = []
def hanoi(n, src, dst, via):
    if n == 0:
        return
    hanoi(n - 1, src, via, dst)
    moves.append((n, src, dst))
    hanoi(n - 1, via, dst, src)
hanoi(3, "A", "C", "B")
for disk, s, d in moves:
    print(f"move disk {disk} from {s} to {d}")
for n in range(1, 11):
    moves = []
    hanoi(n, "A", "C", "B")
    print(n, len(moves), len(moves) == 2 ** n - 1)
