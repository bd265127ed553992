# Single inheritance: method overriding, inherited methods, attribute lookup order.
class Animal:
    sound = "..."
    def __init__(self, name):
        self.name = name
    def speak(self):
        return f"{self.name} says {self.sound}"
    def kind(self):
        return "animal"
class Cat(Animal):
    sound = "meow"
class Lion(Cat):
    sound = "roar"
    def kind(self):
        return "big " + Cat.kind(self)
for a in (Animal("generic"), Cat("tom"), Lion("leo")):
    print(a.speak(), "/", a.kind())
print(Lion.__bases__, Cat.__bases__, Animal.__bases__)
print(isinstance(Lion("x"), Animal), issubclass(Cat, Lion))
