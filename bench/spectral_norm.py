# Spectral norm of an infinite matrix (the Computer Language Benchmarks Game): measures calls of
# a small function in a nested loop, int and float arithmetic mixed, and list indexing.
# Run by bench/run.sh and bench/jit.sh (make bench) against python3; prints the norm.
# Read next: bench/run.sh.
def eval_A(i, j):
    return 1.0 / ((i + j) * (i + j + 1) // 2 + i + 1)

def eval_A_times_u(u):
    n = len(u)
    out = []
    for i in range(n):
        s = 0.0
        for j in range(n):
            s += eval_A(i, j) * u[j]
        out.append(s)
    return out

def eval_At_times_u(u):
    n = len(u)
    out = []
    for i in range(n):
        s = 0.0
        for j in range(n):
            s += eval_A(j, i) * u[j]
        out.append(s)
    return out

def spectral_norm(n):
    u = [1.0] * n
    for _ in range(10):
        v = eval_At_times_u(eval_A_times_u(u))
        u = eval_At_times_u(eval_A_times_u(v))
    vBv = 0.0
    vv = 0.0
    for i in range(n):
        vBv += u[i] * v[i]
        vv += v[i] * v[i]
    return (vBv / vv) ** 0.5

print("%.9f" % spectral_norm(200))
