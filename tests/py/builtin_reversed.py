# reversed() over lists, tuples, strings, ranges, and user __reversed__/__len__+__getitem__.
print(list(reversed([1, 2, 3])), list(reversed((1, 2))), "".join(reversed("abc")))
print(list(reversed(range(3))), list(reversed([])), tuple(reversed(range(1, 10, 3))))
class Seq:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        return "abc"[i]
print(list(reversed(Seq())))
r = reversed([1, 2])
print(next(r), next(r), next(r, "end"))
