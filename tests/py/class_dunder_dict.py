# Instance __dict__, class-level methods shared, per-instance function attributes.
class P:
    kind = "p"
    def __init__(self, a):
        self.a = a
p = P(1)
p.b = 2
print(p.__dict__, "kind" in p.__dict__, "kind" in P.__dict__)
p.__dict__["c"] = 3
print(p.c, sorted(p.__dict__))
def hello():
    return "plain function"
p.fn = hello
print(p.fn())
