# A syntax error: a stray token in the middle of an expression.
print("never runs")
y = 1 2
