# __repr__ and __str__: print uses __str__, containers use __repr__, str falls back to repr.
class Both:
    def __repr__(self):
        return "Both()"
    def __str__(self):
        return "both as str"
class ReprOnly:
    def __repr__(self):
        return "<ReprOnly>"
class Neither:
    pass
print(Both(), [Both()], repr(Both()), str(Both()), f"{Both()} {Both()!r}")
print(ReprOnly(), str(ReprOnly()), (ReprOnly(),))
s = str(Neither())
print(s.startswith("<__main__.Neither object at 0x"), s.endswith(">"))
