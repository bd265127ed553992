# Uncaught KeyError shows the key's repr on the last line.
prices = {"apple": 1.5}
print(prices["apple"])
print(prices["banana"])
