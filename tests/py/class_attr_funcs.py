# getattr/setattr/hasattr/delattr with defaults and AttributeError.
class Config:
    debug = False
c = Config()
setattr(c, "level", 3)
print(getattr(c, "level"), getattr(c, "debug"), getattr(c, "missing", "default"))
print(hasattr(c, "level"), hasattr(c, "nope"), hasattr(Config, "debug"))
delattr(c, "level")
print(hasattr(c, "level"))
try:
    getattr(c, "level")
except AttributeError as e:
    print("AttributeError:", e)
for name in ("a", "b", "c"):
    setattr(c, name, name * 2)
print([getattr(c, n) for n in ("a", "b", "c")], c.__dict__)
