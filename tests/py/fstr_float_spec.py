# f-string float specs: .Nf, width, sign, zero padding, rounding.
v = 3.14159265
print(f"{v:.3f} {v:.0f} {v:10.4f}| {v:<10.2f}| {v:+.2f} {-v:.2f} {v:08.3f}")
print(f"{2.5:.0f} {3.5:.0f} {0.125:.2f} {0.375:.2f} {1e10:.2f} {-0.0:.1f}")
print(f"{1/3:.10f} {2/3:.5f} {100.0:.1f} {123456.789:,.2f}")
print(f"{float('inf'):.2f} {float('nan'):8.3f} {-float('inf'):f}")
print(f"{v:f} {10:.2f} {7:f}")
