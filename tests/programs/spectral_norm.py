# The spectral norm of the infinite matrix A(i, j) = 1 / ((i + j)(i + j + 1)/2 + i + 1),
# approximated by power iteration on A^T A, plus related linear-algebra kernels on small dense
# matrices: a Matrix class with operator overloading (@, *, +, ==, indexing with tuples),
# Gaussian elimination with partial pivoting, determinants, inverse, and the power method for
# the dominant eigenvalue.  Exercises float arithmetic, nested list comprehensions, zip(*rows),
# __matmul__, __getitem__ with tuples, generators and float formatting.
import math


def eval_a(i, j):
    ij = i + j
    return 1.0 / (ij * (ij + 1) // 2 + i + 1)


def mul_av(v, n):
    return [sum(eval_a(i, j) * v[j] for j in range(n)) for i in range(n)]


def mul_atv(v, n):
    return [sum(eval_a(j, i) * v[j] for j in range(n)) for i in range(n)]


def mul_atav(v, n):
    return mul_atv(mul_av(v, n), n)


def spectral_norm(n, iterations=10):
    u = [1.0] * n
    v = u
    for _ in range(iterations):
        v = mul_atav(u, n)
        u = mul_atav(v, n)
    vbv = sum(ue * ve for ue, ve in zip(u, v))
    vv = sum(ve * ve for ve in v)
    return math.sqrt(vbv / vv)


class Matrix:
    def __init__(self, rows):
        self.rows = [list(map(float, r)) for r in rows]
        self.n = len(self.rows)
        self.m = len(self.rows[0]) if self.rows else 0

    @classmethod
    def identity(cls, n):
        return cls([[1.0 if i == j else 0.0 for j in range(n)] for i in range(n)])

    @classmethod
    def from_function(cls, n, fn):
        return cls([[fn(i, j) for j in range(n)] for i in range(n)])

    def __getitem__(self, ij):
        i, j = ij
        return self.rows[i][j]

    def __setitem__(self, ij, value):
        i, j = ij
        self.rows[i][j] = value

    def transpose(self):
        return Matrix([list(col) for col in zip(*self.rows)])

    T = property(transpose)

    def __add__(self, other):
        return Matrix([[a + b for a, b in zip(r1, r2)] for r1, r2 in zip(self.rows, other.rows)])

    def __mul__(self, k):
        return Matrix([[a * k for a in r] for r in self.rows])

    __rmul__ = __mul__

    def __matmul__(self, other):
        if isinstance(other, list):
            return [sum(a * x for a, x in zip(r, other)) for r in self.rows]
        cols = list(zip(*other.rows))
        return Matrix([[sum(a * b for a, b in zip(r, c)) for c in cols] for r in self.rows])

    def __eq__(self, other):
        return isinstance(other, Matrix) and all(
            math.isclose(a, b, abs_tol=1e-9) for r1, r2 in zip(self.rows, other.rows) for a, b in zip(r1, r2))

    def lu_solve(self, b):
        """Solve self @ x = b by Gaussian elimination with partial pivoting; also the determinant."""
        n = self.n
        aug = [row[:] + [bi] for row, bi in zip(self.rows, b)]
        det = 1.0
        for col in range(n):
            pivot = max(range(col, n), key=lambda r: abs(aug[r][col]))
            if abs(aug[pivot][col]) < 1e-15:
                raise ZeroDivisionError("singular matrix")
            if pivot != col:
                aug[col], aug[pivot] = aug[pivot], aug[col]
                det = -det
            det *= aug[col][col]
            for r in range(col + 1, n):
                f = aug[r][col] / aug[col][col]
                for c in range(col, n + 1):
                    aug[r][c] -= f * aug[col][c]
        x = [0.0] * n
        for r in range(n - 1, -1, -1):
            x[r] = (aug[r][n] - sum(aug[r][c] * x[c] for c in range(r + 1, n))) / aug[r][r]
        return x, det

    def det(self):
        return self.lu_solve([0.0] * self.n)[1]

    def inverse(self):
        cols = [self.lu_solve([1.0 if i == j else 0.0 for i in range(self.n)])[0] for j in range(self.n)]
        return Matrix(cols).T

    def power_method(self, iterations=200):
        v = [1.0] * self.n
        lam = 0.0
        for _ in range(iterations):
            w = self @ v
            norm = math.sqrt(sum(x * x for x in w))
            v = [x / norm for x in w]
            lam = sum(a * b for a, b in zip(v, self @ v))
        return lam, v

    def __repr__(self):
        return "\n".join("[" + " ".join(f"{x:9.4f}" for x in r) + "]" for r in self.rows)


for n in (10, 50, 100, 200):
    print(f"spectral norm n={n:3d}: {spectral_norm(n):.9f}")
print("n=100 with 3 iterations: %.12f" % spectral_norm(100, 3))

A = Matrix.from_function(5, eval_a)
print("A (5x5):")
print(A)
ATA = A.T @ A
print("A^T A symmetric:", ATA == ATA.T, "| trace %.9f" % sum(ATA[i, i] for i in range(5)))
lam, vec = ATA.power_method()
print(f"dominant eigenvalue of A^T A: {lam:.12f}, sqrt = {math.sqrt(lam):.12f}")
print("eigenvector:", [round(x, 6) for x in vec])
print("det(A) = %.6e, det(A^T A) = %.6e" % (A.det(), ATA.det()))
inv = A.inverse()
print("A @ inv(A) == I:", A @ inv == Matrix.identity(5), "| inv(A)[0,0] = %.4f" % inv[0, 0])
x, _ = A.lu_solve([1, 2, 3, 4, 5])
print("solve A x = [1..5]:", [f"{xi:.5f}" for xi in x])
print("residual:", max(abs(r - b) for r, b in zip(A @ x, [1, 2, 3, 4, 5])) < 1e-9)

H = Matrix.from_function(6, lambda i, j: 1 / (i + j + 1))  # Hilbert matrix
print("Hilbert(6) det = %.6e, cond-ish = %.3e" % (H.det(), H.power_method()[0] * max(
    abs(v) for row in H.inverse().rows for v in row)))
S = 2 * Matrix.identity(3) + Matrix([[0, 1, 0], [1, 0, 1], [0, 1, 0]]) * 0.5
S[0, 2] = 0.25
S[2, 0] = 0.25
print(S)
print("S eigen (power):", "%.10f" % S.power_method(500)[0], "det", round(S.det(), 10))
try:
    Matrix([[1, 2], [2, 4]]).det()
except ZeroDivisionError as exc:
    print("ZeroDivisionError:", exc)
