# for/else used for searching; else runs only when no break happened.
def find_divisor(n):
    for d in range(2, n):
        if n % d == 0:
            print(n, "divisible by", d)
            break
    else:
        print(n, "is prime")
for n in (7, 12, 13, 25):
    find_divisor(n)
for x in []:
    print("never")
else:
    print("empty loop else")
