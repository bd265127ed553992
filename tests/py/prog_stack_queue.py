# Program: Stack and Queue classes, balanced brackets and a queue simulation.
class Stack:
    def __init__(self):
        self._items = []
    def push(self, x):
        self._items.append(x)
    def pop(self):
        if not self._items:
            raise IndexError("pop from empty stack")
        return self._items.pop()
    def peek(self):
        return self._items[-1]
    def __len__(self):
        return len(self._items)
    def __repr__(self):
        return f"Stack({self._items})"
class Queue:
    def __init__(self):
        self._in, self._out = [], []
    def put(self, x):
        self._in.append(x)
    def get(self):
        if not self._out:
            while self._in:
                self._out.append(self._in.pop())
        return self._out.pop()
    def __len__(self):
        return len(self._in) + len(self._out)
def balanced(s):
    pairs = {")": "(", "]": "[", "}": "{"}
    st = Stack()
    for c in s:
        if c in "([{":
            st.push(c)
        elif c in pairs:
            if not st or st.pop() != pairs[c]:
                return False
    return len(st) == 0
for s in ("([]{})", "([)]", "((", "", "{[()()]}", "}"):
    print(repr(s), balanced(s))
q = Queue()
for i in range(5):
    q.put(i)
print(q.get(), q.get(), len(q))
q.put(99)
print([q.get() for _ in range(len(q))])
s = Stack()
s.push(1)
print(s, s.peek(), s.pop())
try:
    s.pop()
except IndexError as e:
    print("IndexError:", e)
