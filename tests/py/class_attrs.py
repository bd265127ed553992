# Instance vs class attributes, shadowing, class attribute shared by instances.
class Dog:
    species = "canis"
    count = 0
    def __init__(self, name):
        self.name = name
        Dog.count += 1
a, b = Dog("rex"), Dog("fido")
print(a.name, b.name, a.species, Dog.species, Dog.count)
a.species = "wolf"
print(a.species, b.species, Dog.species)
Dog.species = "dog"
print(a.species, b.species)
del a.species
print(a.species)
print(Dog.__name__, type(a).__name__, type(a) is Dog)
