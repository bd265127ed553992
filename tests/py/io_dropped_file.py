# A file object dropped without close() is closed, and so flushed, when its last reference goes.
open("_ow_test.txt", "w").write("hello\n")
print(open("_ow_test.txt").read(), end="")
def writer():
    f = open("_ow_test.txt", "a")
    f.write("more\n")
writer()
print(open("_ow_test.txt").read(), end="")
import os
os.remove("_ow_test.txt")
