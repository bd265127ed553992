# complex numbers: literals, arithmetic (3.14 mixed-mode rules), repr, complex() parsing, cmath.
z = 1 + 2j
print(z, repr(z), 3j, -3j, 1j * 1j, (1+2j) * (3-4j), (1+2j) / (3-4j), abs(3+4j), z.real, z.imag, z.conjugate())
print(complex(), complex(1), complex(1.5, -2), complex("1+2j"), complex(" (3-4.5j) "), complex("inf-nanj"), complex("2j"))
print(z == 1 + 2j, z != 2, 2 + 0j == 2, hash(2 + 0j) == hash(2), hash(1 + 2j))
print(z + 1, 1 + z, z - 1.5, 2 * z, z ** 2, z ** 0.5, 2 ** z, (1j) ** 2, z ** -1, pow(z, 3))
print(-z, +z, bool(0j), bool(1j), type(z).__name__, isinstance(z, complex))
print(1e300j * 1e300j if False else 0, complex(0, -0.0), -0.0j, 0j, (0.0-0j), complex(-0.0, 0))
for bad in [lambda: z < z, lambda: z // 2, lambda: z % 2, lambda: 1 / 0j, lambda: 0j ** -1, lambda: complex("x"), lambda: float(z), lambda: int(z), lambda: complex("1", 2)]:
    try: print(bad())
    except Exception as e: print(type(e).__name__, e)
print([complex(1, 1e16), complex(1.5e-10, 1e20), complex(float('nan'), 1)])
import cmath
print(cmath.sqrt(-1), cmath.phase(1j), cmath.polar(1j), cmath.rect(1, 0), cmath.exp(0j), abs(cmath.exp(1j * cmath.pi) + 1) < 1e-15)
print(f"{z}", str(z), format(z, ""), f"{1.5+2j:.2f}")
