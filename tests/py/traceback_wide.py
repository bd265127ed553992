# Tracebacks under lines with wide characters: CPython 3.14 counts an East Asian Wide or
# Fullwidth character as two columns when it places the ~ and ^ markers (traceback.cpp,
# display_width; the table is str_unicode.cpp's WIDE).  An emoji is wide too; é is not.
def 挨拶(名前, 回数):
    return "こんにちは、" + 名前 * 回数 + "！" + 回数

def greet(who):
    return {"é": 1, "😀": 2}[who] + 挨拶("世界", 2)

try:
    greet("😀")
except TypeError as e:
    print("TypeError:", e)
import traceback
try:
    greet("é")
except TypeError:
    traceback.print_exc()
greet("😀")
