# A syntax error: an unclosed parenthesis.
print("never runs")
x = (1 +
