# time: struct_time, gmtime, strftime, asctime, mktime round trips (fixed instants only:
# local time depends on the machine's zone, so only gmtime's fields are printed).
import time
t = time.gmtime(0)
print(t)
print(t.tm_year, t.tm_mon, t.tm_mday, t.tm_wday, t.tm_yday, t.tm_isdst, t[0], t[-1], len(t), tuple(t))
g = time.gmtime(1700000000.75)
print(g, g.tm_zone, g.tm_gmtoff)
print(time.strftime('%Y-%m-%d %H:%M:%S', g), time.strftime('%a %b %d %j %%', g))
print(time.strftime('%A %B %y %I %p %M', time.gmtime(86400 * 365.25 * 30)))
print(time.asctime(g), time.asctime((2024, 2, 29, 9, 5, 7, 3, 60, 0)))
print(time.strftime('', g), repr(time.strftime('%H', (2000, 1, 1, 23, 0, 0, 5, 1, 0))))
s = time.struct_time((2001, 2, 3, 4, 5, 6, 5, 34, 0))
print(s, s.tm_zone, s == (2001, 2, 3, 4, 5, 6, 5, 34, 0), isinstance(s, tuple))
lt = time.localtime(1234567890)
print(time.mktime(lt) == 1234567890.0, type(time.mktime(lt)).__name__)
print(type(time.localtime()).__name__, time.localtime().tm_year >= 2024, isinstance(time.ctime(), str))
print(time.struct_time.n_fields, time.struct_time.n_sequence_fields)
for bad in [lambda: time.strftime('%Y', (2000, 13, 1, 0, 0, 0, 0, 1, 0)),
            lambda: time.strftime('%Y', (2000, 1, 1, 24, 0, 0, 0, 1, 0)),
            lambda: time.strftime('%Y', (2000, 1, 1, 0, 0, 0, -1, 1, 0)),
            lambda: time.strftime(5),
            lambda: time.strftime('%Y', 'abc'),
            lambda: time.struct_time((1, 2, 3)),
            lambda: time.gmtime(float('nan')),
            lambda: time.asctime((2000, 1, 1, 0, 0, 0, 9, 1, 0))]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
