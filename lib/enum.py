# lib/enum.py — the `enum` module: classes whose attributes are a fixed set of named constants.
#
# What this step does: in
#       class Color(Enum):
#           RED = 1
#           GREEN = 2
# the class statement does not make a normal class.  Enum's metaclass, EnumType, receives the
# body's namespace and turns each plain value (not a function, not a _sunder_ or __dunder__
# name) into a *member*: an instance of Color with _name_ 'RED' and _value_ 1, made once, here,
# and never again.  Afterwards:
#   * Color.RED is that instance; Color(1) and Color['RED'] look it up by value and by name
#     (_value2member_map_, _member_map_), so members compare by identity;
#   * a second name with an existing value is an alias: the same object, not a new member;
#   * iterating, len() and `in` go through the metaclass (EnumType.__iter__ ...), which lists
#     _member_names_ in definition order, aliases left out;
#   * auto() asks _generate_next_value_ for a value (1, 2, 3 ... for Enum; the lower-cased
#     name for StrEnum);
#   * IntEnum and StrEnum members are also ints and strs (made with int.__new__/str.__new__),
#     and print as their value.
#
# Comes in: `from enum import Enum, IntEnum, auto` (frozen into the binary by lib/freeze.sh).
# Goes out: EnumType (also EnumMeta), Enum, ReprEnum, IntEnum, StrEnum, auto, unique, member,
# nonmember, property.
# Read next: lib/typing.py (another module built on metaclasses), classobject.cpp (how a class
# statement calls its metaclass).
#
# Differences from CPython: no Flag/IntFlag, no verify(), global_enum() or _simple_enum;
# minipy does not call a metaclass's __prepare__, so the namespace is a plain dict: a member name
# defined twice keeps its last value instead of raising TypeError, and members are created after
# type.__new__ (so __init_subclass__ sees no members); __members__ is a dict copy, not a
# mappingproxy; dir() of an enum is the default one; the functional API Enum('Name', 'A B')
# sets __module__ to '__main__' (there is no sys._getframe to find the caller).  minipy takes
# the metaclass from the first base only, so `class Mode(str, Enum)` is built by type.__new__
# and then EnumType.__init__: that is why the work is in _setup_enum_, called from both.

__all__ = ['EnumType', 'EnumMeta', 'Enum', 'IntEnum', 'StrEnum', 'ReprEnum', 'auto',
           'unique', 'property', 'member', 'nonmember']

_builtin_property = property

# These are None until the classes exist: EnumType.__new__ checks for them while it builds
# Enum, ReprEnum, IntEnum and StrEnum themselves.
Enum = ReprEnum = None


class nonmember(object):
    """Protects item from becoming an Enum member during class creation."""
    def __init__(self, value):
        self.value = value


class member(object):
    """Forces item to become an Enum member during class creation."""
    def __init__(self, value):
        self.value = value


class _AutoNull:
    def __repr__(self):
        return '_auto_null'

_auto_null = _AutoNull()


class auto:
    """Instances are replaced with an appropriate value in Enum class suites."""
    def __init__(self, value=_auto_null):
        self.value = value

    def __repr__(self):
        return 'auto(%r)' % self.value


# enum.property: the `name` and `value` of a member (like types.DynamicClassAttribute, and
# written out here because minipy has no types module).  Read on a member it runs fget; read on
# the class it gives the member of that name, if there is one: an enum may have members called
# `name` and `value` (then the class holds a property whose .member is that member).
class property:
    member = None
    _attr_type = None
    _cls_type = None

    def __init__(self, fget=None, fset=None, fdel=None, doc=None):
        self.fget = fget
        self.fset = fset
        self.fdel = fdel
        self.__doc__ = doc if doc is not None else getattr(fget, '__doc__', None)
        self.name = getattr(fget, '__name__', None)
        self.clsname = None

    def getter(self, fget):
        return type(self)(fget, self.fset, self.fdel, self.__doc__)

    def setter(self, fset):
        return type(self)(self.fget, fset, self.fdel, self.__doc__)

    def deleter(self, fdel):
        return type(self)(self.fget, self.fset, fdel, self.__doc__)

    def __get__(self, instance, ownerclass=None):
        if instance is None:
            if self.member is not None:
                return self.member
            raise AttributeError('%r has no attribute %r' % (ownerclass, self.name))
        if self.fget is not None:
            return self.fget(instance)
        elif self._attr_type == 'attr':
            return getattr(self._cls_type, self.name)
        elif self._attr_type == 'desc':
            return getattr(instance._value_, self.name)
        try:
            return ownerclass._member_map_[self.name]
        except KeyError:
            raise AttributeError('%r has no attribute %r' % (ownerclass, self.name)) from None

    def __set__(self, instance, value):
        if self.fset is not None:
            return self.fset(instance, value)
        raise AttributeError("<enum %r> cannot set attribute %r" % (self.clsname, self.name))

    def __delete__(self, instance):
        if self.fdel is not None:
            return self.fdel(instance)
        raise AttributeError("<enum %r> cannot delete attribute %r" % (self.clsname, self.name))

    def __set_name__(self, ownerclass, name):
        self.name = name
        self.clsname = ownerclass.__name__


def _is_descriptor(obj):
    return hasattr(obj, '__get__') or hasattr(obj, '__set__') or hasattr(obj, '__delete__')


def _is_dunder(name):
    return (len(name) > 4 and name[:2] == name[-2:] == '__' and
            name[2] != '_' and name[-3] != '_')


def _is_sunder(name):
    return (len(name) > 2 and name[0] == name[-1] == '_' and
            name[1] != '_' and name[-2] != '_')


def _is_private(cls_name, name):
    # _Color__secret: a name mangled inside class Color.
    pattern = '_%s__' % (cls_name,)
    pat_len = len(pattern)
    return (len(name) > pat_len and name.startswith(pattern) and
            (name[-1] != '_' or name[-2] != '_'))


def _is_internal_class(cls_name, obj):
    # A class defined inside the enum's body is an attribute, not a member.
    if not isinstance(obj, type):
        return False
    qualname = getattr(obj, '__qualname__', '')
    s_pattern = cls_name + '.' + getattr(obj, '__name__', '')
    return qualname == s_pattern or qualname.endswith('.' + s_pattern)


_allowed_sunders = ('_order_', '_generate_next_value_', '_numeric_repr_', '_missing_',
                    '_ignore_', '_iter_member_', '_iter_member_by_value_',
                    '_iter_member_by_def_', '_add_alias_', '_add_value_alias_')


class EnumType(type):
    """Metaclass for Enum"""

    def __new__(metacls, cls, bases, classdict, *, boundary=None, **kwds):
        if Enum is not None:
            metacls._check_for_existing_members_(cls, bases)
        enum_class = type.__new__(metacls, cls, bases, dict(classdict), **kwds)
        enum_class._setup_enum_(bases, classdict)
        return enum_class

    def __init__(cls, name, bases, classdict, *, boundary=None, **kwds):
        type.__init__(cls, name, bases, classdict)
        # minipy picks the metaclass of the *first* base, so `class Mode(str, Enum)` is made by
        # type.__new__ without calling EnumType.__new__ (only this __init__ runs): finish the
        # enum here.
        if '_member_map_' not in cls.__dict__:
            if Enum is not None:
                EnumType._check_for_existing_members_(name, bases)
            cls._setup_enum_(bases, classdict)

    # Turn the new class into an enum: its plain values become members.
    def _setup_enum_(enum_class, bases, classdict):
        metacls = type(enum_class)
        cls = enum_class.__name__
        classdict = dict(classdict)

        # _ignore_ = 'a b': names that are neither members nor attributes.
        ignore = classdict.pop('_ignore_', [])
        if isinstance(ignore, str):
            ignore = ignore.replace(',', ' ').split()
        for key in list(ignore) + ['_ignore_']:
            classdict.pop(key, None)
            if key in enum_class.__dict__:
                type.__delattr__(enum_class, key)

        member_type, first_enum = metacls._get_mixins_(cls, bases)
        gnv = classdict.get('_generate_next_value_')
        if gnv is None:
            gnv = getattr(first_enum, '_generate_next_value_', None)
        elif type(gnv) is not staticmethod:
            gnv = staticmethod(gnv)
            type.__setattr__(enum_class, '_generate_next_value_', gnv)
        if isinstance(gnv, staticmethod):
            gnv = gnv.__func__

        # Sort the namespace (in definition order) into members and ordinary attributes, as
        # CPython's EnumDict does while the body runs; auto() gets its value here.
        members = []
        last_values = []
        for key, value in classdict.items():
            if _is_private(cls, key):
                continue
            if _is_sunder(key):
                if key not in _allowed_sunders and not key.startswith('_repr_'):
                    raise ValueError('_sunder_ names, such as %r, are reserved for future '
                                     'Enum use' % (key,))
                continue
            if _is_dunder(key):
                continue
            if isinstance(value, nonmember):
                type.__setattr__(enum_class, key, value.value)
                continue
            if _is_descriptor(value) or _is_internal_class(cls, value):
                continue
            if isinstance(value, member):
                value = value.value
            if isinstance(value, auto):
                if value.value is _auto_null:
                    value.value = gnv(key, 1, len(members), last_values[:])
                value = value.value
            elif isinstance(value, tuple) and any(isinstance(v, auto) for v in value):
                parts = []
                for v in value:
                    if isinstance(v, auto):
                        if v.value is _auto_null:
                            v.value = gnv(key, 1, len(members), last_values[:])
                        v = v.value
                    parts.append(v)
                value = tuple(parts)
            last_values.append(value)
            members.append((key, value))
            type.__delattr__(enum_class, key)

        invalid_names = set(name for name, value in members) & {'mro', ''}
        if invalid_names:
            raise ValueError('invalid enum member name(s) %s' % (
                ','.join(repr(n) for n in invalid_names)))

        _order_ = classdict.pop('_order_', None)
        if '_order_' in enum_class.__dict__:
            type.__delattr__(enum_class, '_order_')
        __new__, save_new, use_args = metacls._find_new_(classdict, member_type, first_enum)
        housekeeping = {
            '_new_member_': __new__,
            '_use_args_': use_args,
            '_member_names_': [],
            '_member_map_': {},
            '_value2member_map_': {},
            '_hashable_values_': [],
            '_unhashable_values_': [],
            '_unhashable_values_map_': {},
            '_member_type_': member_type,
            '_value_repr_': metacls._find_data_repr_(cls, bases),
        }
        for key, value in housekeeping.items():
            type.__setattr__(enum_class, key, value)

        # ReprEnum (IntEnum, StrEnum): str() and format() are those of the data type.
        if ReprEnum is not None and ReprEnum in bases:
            if member_type is object:
                raise TypeError('ReprEnum subclasses must be mixed with a data type (i.e.'
                                ' int, str, float, etc.)')
            if '__format__' not in classdict:
                type.__setattr__(enum_class, '__format__', member_type.__format__)
                classdict['__format__'] = member_type.__format__
            if '__str__' not in classdict:
                method = member_type.__str__
                if method is object.__str__:
                    method = member_type.__repr__
                type.__setattr__(enum_class, '__str__', method)
                classdict['__str__'] = method
        # Otherwise a mixed-in type's repr/str/format must not hide Enum's.
        if first_enum is not None:
            for name in ('__repr__', '__str__', '__format__'):
                if name not in classdict:
                    enum_method = getattr(first_enum, name)
                    found_method = getattr(enum_class, name)
                    object_method = getattr(object, name)
                    data_type_method = getattr(member_type, name)
                    if found_method == data_type_method or found_method == object_method:
                        type.__setattr__(enum_class, name, enum_method)

        for name, value in members:
            enum_class._add_new_member_(name, value)

        # Color(1) runs Enum.__new__ (a lookup); a __new__ written in the body made the
        # members above and is kept as __new_member__ for subclasses.
        if Enum is not None:
            if save_new:
                type.__setattr__(enum_class, '__new_member__', __new__)
            type.__setattr__(enum_class, '__new__', Enum.__new__)

        if _order_ is not None:
            if isinstance(_order_, str):
                _order_ = _order_.replace(',', ' ').split()
            _order_ = [o for o in _order_
                       if o not in enum_class._member_map_ or o in enum_class._member_names_]
            if _order_ != enum_class._member_names_:
                raise TypeError('member order does not match _order_:\n  %r\n  %r'
                                % (enum_class._member_names_, _order_))

    # Make one member (CPython: _proto_member.__set_name__).
    def _add_new_member_(enum_class, member_name, value):
        args = value if isinstance(value, tuple) else (value,)
        if enum_class._member_type_ is tuple:   # a tuple enum gets the whole tuple
            args = (args,)
        if not enum_class._use_args_:
            enum_member = enum_class._new_member_(enum_class)
        else:
            enum_member = enum_class._new_member_(enum_class, *args)
        if not hasattr(enum_member, '_value_'):
            if enum_class._member_type_ is object:
                enum_member._value_ = value
            else:
                try:
                    enum_member._value_ = enum_class._member_type_(*args)
                except Exception as exc:
                    new_exc = TypeError('_value_ not set in __new__, unable to create it')
                    new_exc.__cause__ = exc
                    raise new_exc
        value = enum_member._value_
        enum_member._name_ = member_name
        enum_member.__objclass__ = enum_class
        enum_member.__init__(*args)
        enum_member._sort_order_ = len(enum_class._member_names_)

        # Another member with the same value: this name becomes an alias of that member.
        try:
            enum_member = enum_class._value2member_map_[value]
        except KeyError:
            enum_class._member_names_.append(member_name)
        except TypeError:
            for canonical_member in enum_class._member_map_.values():
                if canonical_member._value_ == value:
                    enum_member = canonical_member
                    break
            else:
                enum_class._member_names_.append(member_name)

        enum_class._add_member_(member_name, enum_member)
        try:
            enum_class._value2member_map_.setdefault(value, enum_member)
            if value not in enum_class._hashable_values_:
                enum_class._hashable_values_.append(value)
        except TypeError:
            enum_class._unhashable_values_.append(value)
            enum_class._unhashable_values_map_.setdefault(member_name, []).append(value)

    # Put a member (or an alias) in the class.  If a base has a property or other descriptor
    # of that name (Enum.name, Enum.value), the class gets an enum.property that gives the
    # member on the class and still runs the descriptor on instances.
    def _add_member_(cls, name, member):
        if name in cls._member_map_:
            if cls._member_map_[name] is not member:
                raise NameError('%r is already bound: %r' % (name, cls._member_map_[name]))
            return
        found_descriptor = None
        descriptor_type = None
        class_type = None
        for base in cls.__mro__[1:]:
            attr = base.__dict__.get(name)
            if attr is not None:
                if isinstance(attr, (property, _builtin_property)):
                    found_descriptor = attr
                    class_type = base
                    descriptor_type = 'enum'
                    break
                elif _is_descriptor(attr):
                    found_descriptor = attr
                    descriptor_type = descriptor_type or 'desc'
                    class_type = class_type or base
                    continue
                else:
                    descriptor_type = 'attr'
                    class_type = base
        if found_descriptor:
            redirect = property()
            redirect.member = member
            redirect.__set_name__(cls, name)
            if descriptor_type in ('enum', 'desc'):
                redirect.fget = getattr(found_descriptor, 'fget', None)
                redirect.fset = getattr(found_descriptor, 'fset', None)
                redirect.fdel = getattr(found_descriptor, 'fdel', None)
            redirect._attr_type = descriptor_type
            redirect._cls_type = class_type
            type.__setattr__(cls, name, redirect)
        else:
            type.__setattr__(cls, name, member)
        cls._member_map_[name] = member

    def __bool__(cls):
        return True

    # Color(1) looks a member up by value; Enum('Color', 'RED GREEN') makes a new enum.
    def __call__(cls, value, names=None, *values, module=None, qualname=None, type=None,
                 start=1, boundary=None):
        if cls._member_map_:
            if names is not None:
                value = (value, names) + values
            return cls.__new__(cls, value)
        if names is None and type is None:
            raise TypeError(f'{cls} has no members; specify `names=()` if you meant to '
                            'create a new, empty, enum')
        return cls._create_(value, names, module=module, qualname=qualname, type=type,
                            start=start)

    def __contains__(cls, value):
        if isinstance(value, cls):
            return True
        return value in cls._unhashable_values_ or value in cls._hashable_values_

    def __delattr__(cls, attr):
        if attr in cls._member_map_:
            raise AttributeError('%r cannot delete member %r.' % (cls.__name__, attr))
        type.__delattr__(cls, attr)

    def __getitem__(cls, name):
        return cls._member_map_[name]

    def __iter__(cls):
        return (cls._member_map_[name] for name in cls._member_names_)

    def __reversed__(cls):
        return (cls._member_map_[name] for name in reversed(cls._member_names_))

    def __len__(cls):
        return len(cls._member_names_)

    @_builtin_property
    def __members__(cls):
        # Every name, aliases included (CPython returns a read-only mappingproxy).
        return dict(cls._member_map_)

    def __repr__(cls):
        return '<enum %r>' % cls.__name__

    def __setattr__(cls, name, value):
        member_map = cls.__dict__.get('_member_map_', {})
        if name in member_map:
            raise AttributeError('cannot reassign member %r' % (name,))
        type.__setattr__(cls, name, value)

    def _create_(cls, class_name, names, *, module=None, qualname=None, type=None, start=1):
        # names: 'A B' or 'A,B', ['A', 'B'], [('A', 1), ('B', 2)] or {'A': 1, 'B': 2}.
        bases = (cls,) if type is None else (type, cls)
        body = {}
        if isinstance(names, str):
            names = names.replace(',', ' ').split()
        if isinstance(names, (tuple, list)) and names and isinstance(names[0], str):
            original_names, names = names, []
            last_values = []
            gnv = cls._generate_next_value_
            for count, name in enumerate(original_names):
                value = gnv(name, start, count, last_values[:])
                last_values.append(value)
                names.append((name, value))
        elif names is None:
            names = ()
        for item in names:
            if isinstance(item, str):
                member_name, member_value = item, names[item]
            else:
                member_name, member_value = item
            body[member_name] = member_value
        body['__module__'] = module if module is not None else '__main__'
        if qualname is not None:
            body['__qualname__'] = qualname
        return EnumType(class_name, bases, body)

    @classmethod
    def _check_for_existing_members_(mcls, class_name, bases):
        for chain in bases:
            for base in chain.__mro__:
                if isinstance(base, EnumType) and base._member_names_:
                    raise TypeError('<enum %r> cannot extend %r' % (class_name, base))

    @classmethod
    def _get_mixins_(mcls, class_name, bases):
        # The data type of the members (int for IntEnum, object for a plain Enum) and the
        # last Enum base, whose methods the new class uses.
        if not bases:
            return object, Enum
        first_enum = bases[-1]
        if not isinstance(first_enum, EnumType):
            raise TypeError('new enumerations should be created as '
                            '`EnumName([mixin_type, ...] [data_type,] enum_type)`')
        member_type = mcls._find_data_type_(class_name, bases) or object
        return member_type, first_enum

    @classmethod
    def _find_data_repr_(mcls, class_name, bases):
        for chain in bases:
            for base in chain.__mro__:
                if base is object:
                    continue
                elif isinstance(base, EnumType):
                    return base._value_repr_
                elif '__repr__' in base.__dict__:
                    return base.__dict__['__repr__']
        return None

    @classmethod
    def _find_data_type_(mcls, class_name, bases):
        data_types = []
        for chain in bases:
            candidate = None
            for base in chain.__mro__:
                if base is object:
                    continue
                elif isinstance(base, EnumType):
                    if base._member_type_ is not object:
                        if base._member_type_ not in data_types:
                            data_types.append(base._member_type_)
                        break
                elif '__new__' in base.__dict__ or '__dataclass_fields__' in base.__dict__:
                    found = candidate or base
                    if found not in data_types:
                        data_types.append(found)
                    break
                else:
                    candidate = candidate or base
        if len(data_types) > 1:
            raise TypeError('too many data types for %r: %r' % (class_name, set(data_types)))
        elif data_types:
            return data_types[0]
        return None

    @classmethod
    def _find_new_(mcls, classdict, member_type, first_enum):
        # The function that makes a member: a __new__ in the body, one saved by an Enum base
        # as __new_member__, the data type's __new__ (int.__new__), or object.__new__.
        __new__ = classdict.get('__new__', None)
        if isinstance(__new__, staticmethod):
            __new__ = __new__.__func__
        save_new = first_enum is not None and __new__ is not None
        if __new__ is None:
            skip = [None, object.__new__]
            if Enum is not None:
                skip.append(Enum.__new__)
            for method in ('__new_member__', '__new__'):
                for possible in (member_type, first_enum):
                    target = getattr(possible, method, None)
                    if not any(target is s or target == s for s in skip):
                        __new__ = target
                        break
                if __new__ is not None:
                    break
            else:
                __new__ = object.__new__
        if first_enum is None or __new__ is object.__new__ or (
                Enum is not None and __new__ is Enum.__new__):
            use_args = False
        else:
            use_args = True
        return __new__, save_new, use_args


EnumMeta = EnumType


class Enum(metaclass=EnumType):
    """Create a collection of name/value pairs: class Color(Enum): RED = 1."""

    # Only called as Color(value) (through EnumType.__call__): find the member.
    def __new__(cls, value):
        if type(value) is cls:
            return value
        try:
            return cls._value2member_map_[value]
        except KeyError:
            pass
        except TypeError:
            for name, unhashable_values in cls._unhashable_values_map_.items():
                if value in unhashable_values:
                    return cls[name]
            for name, member in cls._member_map_.items():
                if value == member._value_:
                    return cls[name]
        if not cls._member_map_:
            raise TypeError('%r has no members defined' % cls)
        try:
            exc = None
            result = cls._missing_(value)
        except Exception as e:
            exc = e
            result = None
        if isinstance(result, cls):
            return result
        ve_exc = ValueError('%r is not a valid %s' % (value, cls.__qualname__))
        if result is None and exc is None:
            raise ve_exc
        elif exc is None:
            exc = TypeError('error in %s._missing_: returned %r instead of None or a valid '
                            'member' % (cls.__name__, result))
        if not isinstance(exc, ValueError):
            exc.__context__ = ve_exc
        raise exc

    def __init__(self, *args, **kwds):
        pass

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        if not last_values:
            return start
        try:
            last_value = sorted(last_values).pop()
        except TypeError:
            raise TypeError('unable to sort non-numeric values') from None
        try:
            return last_value + 1
        except TypeError:
            raise TypeError('unable to increment %r' % (last_value,)) from None

    @classmethod
    def _missing_(cls, value):
        return None

    def __repr__(self):
        v_repr = self.__class__._value_repr_ or repr
        return '<%s.%s: %s>' % (self.__class__.__name__, self._name_, v_repr(self._value_))

    def __str__(self):
        return '%s.%s' % (self.__class__.__name__, self._name_)

    def __format__(self, format_spec):
        return str.__format__(str(self), format_spec)

    def __hash__(self):
        return hash(self._name_)

    def __reduce_ex__(self, proto):
        return self.__class__, (self._value_,)

    def __deepcopy__(self, memo):
        return self

    def __copy__(self):
        return self

    @property
    def name(self):
        """The name of the Enum member."""
        return self._name_

    @property
    def value(self):
        """The value of the Enum member."""
        return self._value_


class ReprEnum(Enum):
    """Only changes the repr(), leaving str() and format() to the mixed-in type."""


class IntEnum(int, ReprEnum):
    """Enum where members are also (and must be) ints"""


class StrEnum(str, ReprEnum):
    """Enum where members are also (and must be) strings"""

    def __new__(cls, *values):
        if len(values) > 3:
            raise TypeError('too many arguments for str(): %r' % (values,))
        if len(values) == 1:
            if not isinstance(values[0], str):
                raise TypeError('%r is not a string' % (values[0],))
        if len(values) >= 2:
            if not isinstance(values[1], str):
                raise TypeError('encoding must be a string, not %r' % (values[1],))
        if len(values) == 3:
            if not isinstance(values[2], str):
                raise TypeError('errors must be a string, not %r' % (values[2]))
        value = str(*values)
        member = str.__new__(cls, value)
        member._value_ = value
        return member

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        return name.lower()


def unique(enumeration):
    """Class decorator for enumerations ensuring unique member values."""
    duplicates = []
    for name, member in enumeration.__members__.items():
        if name != member.name:
            duplicates.append((name, member.name))
    if duplicates:
        alias_details = ', '.join(['%s -> %s' % (alias, name) for (alias, name) in duplicates])
        raise ValueError('duplicate values found in %r: %s' % (enumeration, alias_details))
    return enumeration
