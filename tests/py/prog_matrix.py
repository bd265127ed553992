# Program: matrix multiply, transpose, identity and determinant with lists of lists.
def matmul(a, b):
    return [[sum([a[i][k] * b[k][j] for k in range(len(b))]) for j in range(len(b[0]))]
            for i in range(len(a))]
def transpose(m):
    return [list(row) for row in zip(*m)]
def identity(n):
    return [[1 if i == j else 0 for j in range(n)] for i in range(n)]
def det(m):
    if len(m) == 1:
        return m[0][0]
    total = 0
    for c in range(len(m)):
        minor = [row[:c] + row[c + 1:] for row in m[1:]]
        total += (-1) ** c * m[0][c] * det(minor)
    return total
def show(m):
    for row in m:
        print(" ".join([f"{v:5}" for v in row]))
a = [[1, 2, 3], [4, 5, 6]]
b = [[7, 8], [9, 10], [11, 12]]
show(matmul(a, b))
show(transpose(a))
print(matmul(identity(3), b) == b)
m = [[2, -3, 1], [2, 0, -1], [1, 4, 5]]
print("det", det(m), det(identity(4)))
p = identity(2)
f = [[1, 1], [1, 0]]
for _ in range(30):
    p = matmul(p, f)
print("fib via matrix", p[0][1])
