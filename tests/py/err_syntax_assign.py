# A syntax error: assignment to a literal / invalid = in an expression.
print("never runs")
1 = x
