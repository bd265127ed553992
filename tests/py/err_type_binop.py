# Uncaught TypeError from a binary operation between int and str.
count = 3
label = "items: "
print(label + str(count))
print(label + count)
