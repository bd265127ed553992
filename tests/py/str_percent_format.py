# %-formatting with single arguments: %d %i %s %r %f %e %x %X %o %c %% and widths/flags.
print("%d" % 42, "%i" % -7, "%s" % "str", "%r" % "str", "%s" % [1, 2])
print("%5d|%-5d|%05d|%+d" % (42, 42, 42, 42))
print("%.2f|%8.3f|%-8.1f|%e|%.3e|%E" % (3.14159, 2.5, -1.25, 12345.678, 0.000123, 1e20))
print("%x %X %o %#x %#o" % (255, 255, 8, 255, 8))
print("%c%c" % (65, "z"), "100%%" % (), "%s%%" % 50)
print("%s and %s" % ("a", "b"), "%(a)s-%(b)d" % {"a": "x", "b": 5})
print("%10s|%-10s|" % ("right", "left"), "%.3s" % "abcdef")
print("%g %g %g" % (0.0001, 1e-5, 123456789.0), "%5.1f%%" % 99.44)
