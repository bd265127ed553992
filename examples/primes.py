# The sieve of Eratosthenes: all primes below 1000, ten per line.
def primes_below(n):
    is_prime = [True] * n
    is_prime[0] = is_prime[1] = False
    for i in range(2, int(n ** 0.5) + 1):
        if is_prime[i]:
            for multiple in range(i * i, n, i):
                is_prime[multiple] = False
    return [i for i in range(n) if is_prime[i]]

primes = primes_below(1000)
for start in range(0, len(primes), 10):
    print(" ".join([f"{p:3}" for p in primes[start:start + 10]]))
print(f"{len(primes)} primes below 1000; the largest is {primes[-1]}.")
