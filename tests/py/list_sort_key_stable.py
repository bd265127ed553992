# Sorting with key functions is stable; reverse keeps stability; key=len, key=lambda.
words = ["bb", "a", "ccc", "dd", "e", "fff", "gg"]
print(sorted(words, key=len))
print(sorted(words, key=len, reverse=True))
people = [("ann", 30), ("bob", 25), ("cid", 30), ("dan", 25), ("eve", 35)]
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: -p[1]))
people.sort(key=lambda p: p[0], reverse=True)
print(people)
print(sorted(["B", "a", "C", "b"], key=str.lower))
print(sorted(range(10), key=lambda n: n % 3))
