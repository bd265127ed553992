# Three small functions for the JIT to compile (docs/09-jit.md follows one of them).
#
#   ./minipy -X jit-dump examples/jit_tour.py
#
# Each function that gets hot (16 calls plus loop iterations) is printed once as it is
# compiled: every instruction next to the stencil chosen for it, its offset and size, and the
# holes patched in, then objdump's disassembly.  Look for the specialised stencils:
# BINARY_OP_MULTIPLY_INT_FLOAT in square, FOR_ITER_RANGE_LIST, BINARY_OP_REMAINDER_INT,
# COMPARE_OP_EQ_POP_JUMP_IF_FALSE (stack, const) and "CALL (jit_call)" in sum_odd_squares,
# BINARY_SUBSCR_LIST_INT and the float arithmetic in weighted, and loads fused into the
# instruction that uses them ("(fused into a later instruction)").  The program's own output
# is the same as without the JIT, and the same as CPython's (jit_tour.out).


def square(x):
    return x * x


def sum_odd_squares(n):
    total = 0
    for i in range(n):
        if i % 2 == 1:
            total += square(i)
    return total


def weighted(values, k):
    total = 0.0
    for i in range(len(values)):
        total += values[i] * k
    return total


print(sum_odd_squares(100))
print(weighted([0.5, 1.25, 2.0, 4.75] * 8, 0.5))
print(square(2.5))
