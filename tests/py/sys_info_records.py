# sys.float_info and sys.int_info: tuples whose items have names.
import sys
print(sys.float_info)
print(sys.float_info.epsilon, sys.float_info.max, sys.float_info[0], len(sys.float_info), type(sys.float_info).__name__)
print(sys.int_info)
print(sys.int_info.bits_per_digit)
