# with statement calls __enter__ and __exit__, binds the result of __enter__ with as.
class Resource:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()
    def __exit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type, exc)
        return False
with Resource("a") as r:
    print("inside, got", r)
with Resource("b"):
    print("no as target")
def early():
    with Resource("c"):
        return "returned"
print(early())
