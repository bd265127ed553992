# oracle: native
# array: the typecodes whose C type is 8 bytes on 64-bit Linux ('l', 'L') and 4 in the 32-bit
# WebAssembly build of the py314 oracle, so their sizes and limits come from native CPython.
import array
for code, bad in [('i', 2**31), ('i', -2**31-1), ('I', 2**32), ('I', -1), ('l', 2**63), ('l', -2**63-1), ('L', 2**64), ('L', -1)]:
    try:
        array.array(code, [bad])
    except OverflowError as e:
        print(code, bad, e)
print([(c, array.array(c).itemsize) for c in 'iIlL'])
print(array.array('L', [2**63 + 5]), array.array('l', [-2**63, 2**63 - 1]))
print(array.array('l', [1, 2]).tobytes())
