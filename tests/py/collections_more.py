# collections: ChainMap, UserDict, UserList, UserString (lookups, writes to the first map,
# reprs, the mixin methods they inherit, operators, and the errors they raise).
from collections import ChainMap, UserDict, UserList, UserString, OrderedDict, defaultdict
import collections.abc
import copy

# ---- ChainMap
base = {'a': 1, 'b': 2}
over = {'b': 20, 'c': 30}
cm = ChainMap(over, base)
print(cm, len(cm), list(cm), sorted(cm.items()))
print(cm['a'], cm['b'], cm.get('z'), cm.get('c', 0), 'a' in cm, 'z' in cm, bool(cm))
print(ChainMap(), bool(ChainMap({})), ChainMap().maps)
cm['a'] = 100                     # writes go to maps[0]
print(over, base, cm['a'])
del cm['a']
print(cm['a'], over)
for bad in (lambda: cm['zz'], lambda: cm.__delitem__('a'), lambda: cm.pop('a'),
            lambda: ChainMap({}, {'x': 1}).popitem()):
    try:
        bad()
    except KeyError as e:
        print('KeyError', e)
print(cm.pop('b'), cm.pop('nope', 'dflt'), cm)
child = cm.new_child()
child['d'] = 4
print(child, child.parents, child.maps[1] is over)
print(cm.new_child({'e': 5}, f=6), cm.new_child(g=7).maps[0])
print(child.parents.parents)
print(cm.copy(), cm.copy().maps[0] is over, cm.copy().maps[1] is base)
print(copy.copy(cm), ChainMap.fromkeys('xy', 0))
print(cm | {'q': 1}, {'q': 1} | cm, type({'q': 1} | cm).__name__)
cm2 = ChainMap({}, {'a': 1})
cm2 |= {'b': 2}
print(cm2)
try:
    cm | 1
except TypeError as e:
    print('TypeError', e)
print(cm == {'a': 1, 'c': 30}, cm == ChainMap({'c': 30}, {'a': 1}), cm != base)
print(cm.setdefault('k', 'v'), cm.setdefault('a', 'no'), over)
cm.update({'u': 1}, w=2)
print(over, sorted(cm.keys()), sorted(cm.values(), key=str))
cm.clear()
print(cm, len(cm))
dd = defaultdict(lambda: 'missing')
print(ChainMap(dd)['x'], dict(dd))
class DefaultChain(ChainMap):
    def __missing__(self, key):
        return key * 2
print(DefaultChain({'a': 1})['zz'], DefaultChain({'a': 1}).get('zz', 'g'))
rec = ChainMap({})
rec.maps[0]['self'] = rec
print(rec)
rec.maps[0].clear()                 # no reference cycle left behind (minipy has no cycle GC)
print(isinstance(cm, collections.abc.MutableMapping), issubclass(ChainMap, collections.abc.Mapping))
print(list(ChainMap({'x': 1, 'y': 2}, {'z': 3, 'x': 0})), ChainMap(OrderedDict(a=1)))

# ---- UserDict
ud = UserDict({'a': 1}, b=2)
print(ud, len(ud), ud['a'], ud.data, type(ud.data).__name__)
ud['c'] = 3
del ud['a']
print(ud, 'a' in ud, 'b' in ud, list(ud), ud.get('b'), ud.get('zz', 'none'))
try:
    ud['nope']
except KeyError as e:
    print('KeyError', e)
print(ud.pop('b'), ud.setdefault('d', 4), ud.popitem(), ud)
ud.update([('x', 1)], y=2)
print(ud, ud.keys(), ud.items(), ud.values())
print(ud == {'c': 3, 'd': 4, 'x': 1, 'y': 2}, ud == UserDict(ud), ud != {})
print(ud | {'z': 0}, {'z': 0} | ud, type(ud | {'z': 0}).__name__, type({'z': 0} | ud).__name__)
ud |= UserDict(q=9)
print(ud)
c = ud.copy()
c['new'] = 1
print(type(c).__name__, 'new' in ud, UserDict.fromkeys([1, 2], 'v'))
class Missing(UserDict):
    def __missing__(self, key):
        return 'M:' + str(key)
    def __setitem__(self, key, value):
        UserDict.__setitem__(self, key, value * 2)     # (super() would make a class cycle)
m = Missing(a=1)
print(m['a'], m['zz'], 'zz' in m, m.get('zz'), m)
m2 = m.copy()
print(type(m2).__name__, m2, copy.copy(m), copy.copy(m).data is m.data)
print(UserDict(), repr(UserDict([(1, 'one')])))
try:
    UserDict({}, {})
except TypeError as e:
    print('TypeError', e)

# ---- UserList
ul = UserList([3, 1, 2])
print(ul, len(ul), ul[0], ul[-1], ul[1:], type(ul[1:]).__name__, ul.data)
ul.append(5); ul.insert(0, 0); ul.extend(UserList([9])); ul.extend((7,))
print(ul, ul.pop(), ul.pop(0), ul, ul.count(1), ul.index(2))
ul.sort(); print(ul); ul.sort(reverse=True); print(ul); ul.reverse(); print(ul)
ul.remove(9); print(ul)
ul[0] = 'x'; del ul[1]; print(ul)
ul[1:] = [10, 20]; print(ul)
print(ul + [1], [1] + ul, ul + (2,), ul + UserList([3]), type([1] + ul).__name__)
print(ul * 2, 2 * ul, 3 in ul, 10 in ul)
ul += [4]; ul *= 2; print(ul)
print(UserList([1, 2]) == [1, 2], UserList([1, 2]) < [1, 3], UserList([2]) > UserList([1]),
      UserList([1]) <= [1], UserList() >= [])
print(UserList(), UserList('abc'), UserList(UserList([1])), UserList(range(3)).copy())
u2 = copy.copy(ul)
print(u2 == ul, u2.data is ul.data)
for bad in (lambda: UserList([]).pop(), lambda: UserList([1]).remove(5),
            lambda: UserList([1]).index(9), lambda: UserList([1])[5]):
    try:
        bad()
    except (IndexError, ValueError) as e:
        print(type(e).__name__, e)
print(list(reversed(UserList([1, 2, 3]))), isinstance(ul, collections.abc.MutableSequence))
ul.clear(); print(ul, len(ul))

# ---- UserString
us = UserString('Hello World')
print(us, repr(us), len(us), us[0], us[-5:], type(us[0]).__name__)
print(us.upper(), us.lower(), us.swapcase(), us.title(), us.capitalize(), type(us.upper()).__name__)
print(us.split(), us.split('o', 1), us.rsplit('l', 1), us.partition(' '), us.rpartition('o'))
print(us.find('o'), us.rfind('o'), us.find(UserString('W')), us.count('l'), us.index('W'))
print(us.startswith('He'), us.endswith(('x', 'ld')), us.replace('l', 'L', 2), us.replace(UserString('World'), 'There'))
print(repr(us.center(15, '*')), repr(us.ljust(13)), repr(us.rjust(13, '.')), us.zfill(13))
print(UserString('  pad  ').strip(), UserString('xxhixx').strip('x'), UserString('ab').lstrip('a'), UserString('ab').rstrip('b'))
print(us + '!', '>' + us, us + UserString('?'), us * 2, 2 * UserString('ab'), type('>' + us).__name__)
print(UserString('%s-%d') % ('a', 1), UserString('{0}+{x}').format(1, x=2), UserString('{a}').format_map({'a': 'A'}))
print('W' in us, UserString('World') in us, us == 'Hello World', us == UserString('Hello World'), us < 'Z', us > UserString('A'))
print(hash(us) == hash('Hello World'), int(UserString('42')), float(UserString('1.5')), complex(UserString('1+2j')))
print(UserString(123), UserString(UserString('x')), us.encode(), us.isalpha(), UserString('abc').isalpha(), UserString('12').isdigit())
print(UserString('a,b').join(['1', '2']), UserString('a\tb').expandtabs(4), UserString('l1\nl2').splitlines(), us.removeprefix('Hello ').removesuffix('ld'))
print(us.translate(UserString.maketrans('lo', '01')), UserString('ß').casefold(), sorted(set(UserString('banana'))))
try:
    us.index('zzz')
except ValueError as e:
    print('ValueError', e)
print(isinstance(us, collections.abc.Sequence), list(UserString('abc')), UserString('abc')[::-1])
