# f-string alignment and fill: < > ^ = with widths, numbers and strings.
s = "ab"
print(f"[{s:>6}] [{s:<6}] [{s:^6}] [{s:^7}] [{s:*^7}] [{s:-<5}] [{s:.>5}]")
n = -42
print(f"[{n:>6}] [{n:<6}] [{n:^6}] [{n:=6}] [{n:0=6}] [{n:06}]")
print(f"[{3.5:>8}] [{3.5:<8}] [{3.5:^8}] [{'日本':>5}] [{'é':_^5}]")
print(f"[{s:2}] [{s:1}] [{'':3}] [{42:3}] [{42:1}]")
