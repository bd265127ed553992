# __len__ and __bool__ drive len() and truthiness; __bool__ wins over __len__.
class Stack:
    def __init__(self, *items):
        self.items = list(items)
    def __len__(self):
        return len(self.items)
class AlwaysFalse:
    def __len__(self):
        return 5
    def __bool__(self):
        return False
print(len(Stack(1, 2)), bool(Stack()), bool(Stack(0)), len(AlwaysFalse()), bool(AlwaysFalse()))
if not Stack():
    print("empty stack is falsy")
print("yes" if AlwaysFalse() else "no", bool(object()))
