# f-string percent format: {p:.1%} {p:08.2%}.
for p in (0.0, 0.5, 0.12345, 1.0, 1.5, -0.25):
    print(f"{p:.1%} {p:08.2%} {p:%}")
