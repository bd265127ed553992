# lib/dataclasses.py — the `dataclasses` module: @dataclass writes the boring methods of a class
# (__init__, __repr__, __eq__, the ordering methods, __hash__) from its annotated fields.
#
# What this step does: a class body such as
#       @dataclass
#       class Point:
#           x: int
#           y: int = 0
# records its annotations in order ({'x': int, 'y': int}) and leaves y's default, 0, as a
# class attribute.  dataclass(cls) turns each annotation into a Field (name, type, default,
# default_factory, and the init/repr/compare flags), collecting first the fields of dataclass
# bases (in reverse MRO order, so a subclass may redefine a base's field but not move it), then
# the class's own.  It then writes the *source text* of the methods, as CPython does:
#       def __init__(self, x, y=__dataclass_dflt_y__):
#           self.x = x
#           self.y = y
# and runs it with exec(), so that a call with a missing or unexpected argument fails with the
# ordinary message of a Python function ("Point.__init__() missing 1 required positional
# argument: 'x'").  A frozen class assigns its fields with object.__setattr__ and gets a
# __setattr__/__delattr__ that raise FrozenInstanceError.  __hash__ follows CPython's table:
# eq without frozen makes instances unhashable (__hash__ = None); eq with frozen hashes the
# tuple of the compared fields; unsafe_hash=True always adds __hash__.
#
# Comes in: `from dataclasses import dataclass, field` (frozen into the binary by lib/freeze.sh).
# Goes out: dataclass, field, Field, fields, asdict, astuple, replace, is_dataclass,
# make_dataclass, FrozenInstanceError, InitVar, KW_ONLY, MISSING.
# Read next: lib/collections/__init__.py (namedtuple, the tuple-based cousin), lib/typing.py
# (ClassVar, which marks an annotation that is not a field), lib/copy.py (asdict's deepcopy).
#
# Differences from CPython: no slots=True (the flag is accepted and ignored: minipy ignores
# __slots__) and no weakref_slot; annotations are read eagerly from the class (CPython 3.14 asks
# annotationlib for FORWARDREF values, so a field annotated with a not-yet-defined name works
# there and raises NameError here); the class docstring made from the signature renders typing
# objects with their minipy repr; Field.metadata is a small read-only mapping class rather than
# types.MappingProxyType; the generated methods carry no __annotate__.

import sys
import copy as _copy
import _thread

__all__ = ['dataclass', 'field', 'Field', 'FrozenInstanceError', 'InitVar', 'KW_ONLY',
           'MISSING', 'fields', 'asdict', 'astuple', 'make_dataclass', 'replace',
           'is_dataclass']


# Raised when an attempt is made to modify a frozen class.
class FrozenInstanceError(AttributeError): pass


# Marks a field whose default comes from default_factory; its repr shows in signatures.
class _HAS_DEFAULT_FACTORY_CLASS:
    def __repr__(self):
        return '<factory>'
_HAS_DEFAULT_FACTORY = _HAS_DEFAULT_FACTORY_CLASS()


# "No value given" (None is a perfectly good default, so it cannot mean that).
class _MISSING_TYPE:
    pass
MISSING = _MISSING_TYPE()


# Annotating a pseudo-field `_: KW_ONLY` makes the fields after it keyword-only.
class _KW_ONLY_TYPE:
    pass
KW_ONLY = _KW_ONLY_TYPE()


# A read-only view of a dict, standing in for types.MappingProxyType (Field.metadata).
class _MappingProxy:
    def __init__(self, mapping):
        self._mapping = mapping

    def __getitem__(self, key):
        return self._mapping[key]

    def __iter__(self):
        return iter(self._mapping)

    def __len__(self):
        return len(self._mapping)

    def __contains__(self, key):
        return key in self._mapping

    def get(self, key, default=None):
        return self._mapping.get(key, default)

    def keys(self):
        return self._mapping.keys()

    def values(self):
        return self._mapping.values()

    def items(self):
        return self._mapping.items()

    def __eq__(self, other):
        return self._mapping == other

    def __repr__(self):
        return 'mappingproxy(%r)' % (self._mapping,)

_EMPTY_METADATA = _MappingProxy({})


# The three kinds of annotation: a real field, a ClassVar (ignored), an InitVar (an __init__
# argument that is passed on to __post_init__ but not stored).
class _FIELD_BASE:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return self.name
_FIELD = _FIELD_BASE('_FIELD')
_FIELD_CLASSVAR = _FIELD_BASE('_FIELD_CLASSVAR')
_FIELD_INITVAR = _FIELD_BASE('_FIELD_INITVAR')

_FIELDS = '__dataclass_fields__'        # the class attribute that marks a dataclass
_PARAMS = '__dataclass_params__'
_POST_INIT_NAME = '__post_init__'

# Types whose values asdict()/astuple() return as they are (deepcopy would too).
_ATOMIC_TYPES = frozenset({type(None), bool, int, float, str, bytes, type(Ellipsis),
                           type(NotImplemented), type(len), type(lambda: None), type, range,
                           property})


# reprlib.recursive_repr: a __repr__ that meets its own object again (a list field holding
# the instance itself) prints '...' instead of recursing forever.  Keyed by thread as well,
# since another thread may be printing the same object.
def _recursive_repr(user_function):
    running = set()

    def wrapper(self):
        key = (id(self), _thread.get_ident())
        if key in running:
            return '...'
        running.add(key)
        try:
            return user_function(self)
        finally:
            running.discard(key)

    wrapper.__name__ = user_function.__name__
    wrapper.__qualname__ = user_function.__qualname__
    wrapper.__wrapped__ = user_function
    return wrapper


class InitVar:
    def __init__(self, type):
        self.type = type

    def __repr__(self):
        if isinstance(self.type, type):
            type_name = self.type.__name__
        else:
            type_name = repr(self.type)
        return f'dataclasses.InitVar[{type_name}]'

    def __class_getitem__(cls, type):
        return InitVar(type)


# One field's description.  Created by field() (or for a plain `x: int = 0`, by the decorator);
# name and type are filled in when the decorator finds the annotation.
class Field:
    def __init__(self, default, default_factory, init, repr, hash, compare,
                 metadata, kw_only, doc):
        self.name = None
        self.type = None
        self.default = default
        self.default_factory = default_factory
        self.init = init
        self.repr = repr
        self.hash = hash
        self.compare = compare
        self.metadata = _EMPTY_METADATA if metadata is None else _MappingProxy(metadata)
        self.kw_only = kw_only
        self.doc = doc
        self._field_type = None

    @_recursive_repr
    def __repr__(self):
        return ('Field('
                f'name={self.name!r},'
                f'type={self.type!r},'
                f'default={self.default!r},'
                f'default_factory={self.default_factory!r},'
                f'init={self.init!r},'
                f'repr={self.repr!r},'
                f'hash={self.hash!r},'
                f'compare={self.compare!r},'
                f'metadata={self.metadata!r},'
                f'kw_only={self.kw_only!r},'
                f'doc={self.doc!r},'
                f'_field_type={self._field_type}'
                ')')

    # `x: D = field(default=D())` where D is a descriptor: pass __set_name__ on to it.
    def __set_name__(self, owner, name):
        func = getattr(type(self.default), '__set_name__', None)
        if func:
            func(self.default, owner, name)


class _DataclassParams:
    def __init__(self, init, repr, eq, order, unsafe_hash, frozen,
                 match_args, kw_only, slots, weakref_slot):
        self.init = init
        self.repr = repr
        self.eq = eq
        self.order = order
        self.unsafe_hash = unsafe_hash
        self.frozen = frozen
        self.match_args = match_args
        self.kw_only = kw_only
        self.slots = slots
        self.weakref_slot = weakref_slot

    def __repr__(self):
        return ('_DataclassParams('
                f'init={self.init!r},'
                f'repr={self.repr!r},'
                f'eq={self.eq!r},'
                f'order={self.order!r},'
                f'unsafe_hash={self.unsafe_hash!r},'
                f'frozen={self.frozen!r},'
                f'match_args={self.match_args!r},'
                f'kw_only={self.kw_only!r},'
                f'slots={self.slots!r},'
                f'weakref_slot={self.weakref_slot!r}'
                ')')


def field(*, default=MISSING, default_factory=MISSING, init=True, repr=True,
          hash=None, compare=True, metadata=None, kw_only=MISSING, doc=None):
    """Return an object to identify dataclass fields."""
    if default is not MISSING and default_factory is not MISSING:
        raise ValueError('cannot specify both default and default_factory')
    return Field(default, default_factory, init, repr, hash, compare,
                 metadata, kw_only, doc)


# The class's own annotations, in definition order.  A class body with annotations leaves an
# __annotations__ dict in the class __dict__ (or, PEP 649, an __annotate__ function to call);
# an annotation dict found only on a base class belongs to that base, not to this class.
def _class_annotations(cls):
    own = cls.__dict__
    if '__annotations__' in own:
        return own['__annotations__']
    annotate = own.get('__annotate__') or own.get('__annotate_func__')
    if annotate is not None:
        return annotate(1)          # format 1 = VALUE: the evaluated annotations
    try:
        ann = cls.__annotations__
    except AttributeError:
        return {}
    for base in cls.__mro__[1:]:
        if getattr(base, '__annotations__', None) is ann:
            return {}
    return ann if ann is not None else {}


# Is this annotation typing.ClassVar (or ClassVar[...], or the string 'ClassVar[...]')?  As in
# CPython, only when some module has imported typing.
def _is_classvar(a_type):
    typing = sys.modules.get('typing')
    if typing is None:
        return False
    if a_type is typing.ClassVar or getattr(a_type, '__origin__', None) is typing.ClassVar:
        return True
    if isinstance(a_type, str):
        head = a_type.strip().split('[')[0].strip()
        return head in ('ClassVar', 'typing.ClassVar')
    return False


def _is_initvar(a_type):
    if a_type is InitVar or type(a_type) is InitVar:
        return True
    if isinstance(a_type, str):
        head = a_type.strip().split('[')[0].strip()
        return head in ('InitVar', 'dataclasses.InitVar')
    return False


def _is_kw_only(a_type):
    return a_type is KW_ONLY or a_type in ('KW_ONLY', 'dataclasses.KW_ONLY')


# Build the Field for annotation `a_name: a_type`; the class attribute of that name (if any) is
# the default, or a Field made by field(...).
def _get_field(cls, a_name, a_type, default_kw_only):
    default = getattr(cls, a_name, MISSING)
    if isinstance(default, Field):
        f = default
    else:
        f = field(default=default)
    f.name = a_name
    f.type = a_type
    f._field_type = _FIELD
    if _is_classvar(a_type):
        f._field_type = _FIELD_CLASSVAR
    elif _is_initvar(a_type):
        f._field_type = _FIELD_INITVAR

    if f._field_type is not _FIELD:
        if f.default_factory is not MISSING:
            raise TypeError(f'field {f.name} cannot have a default factory')
    if f._field_type is _FIELD_CLASSVAR:
        if f.kw_only is not MISSING:
            raise TypeError(f'field {f.name} is a ClassVar but specifies kw_only')
    elif f.kw_only is MISSING:
        f.kw_only = default_kw_only

    # A mutable default (a list shared by every instance) is almost always a bug; "unhashable"
    # stands in for "mutable", as in CPython.
    if f._field_type is _FIELD and f.default.__class__.__hash__ is None:
        raise ValueError(f'mutable default {type(f.default)} for field '
                         f'{f.name} is not allowed: use default_factory')
    return f


def _set_new_attribute(cls, name, value):
    # Never overwrites an attribute the class defines itself; says whether one was there.
    if name in cls.__dict__:
        return True
    setattr(cls, name, value)
    return False


def _tuple_str(obj_name, fields):
    # '(self.x,self.y,)' — the fields of obj_name as a tuple expression.
    if not fields:
        return '()'
    return '(' + ','.join([f'{obj_name}.{f.name}' for f in fields]) + ',)'


# Collects the source of the generated methods, then execs them all at once inside one outer
# function whose parameters are the values the methods refer to (defaults, factories, the
# class itself), so each method sees them as closure variables.
class _FuncBuilder:
    def __init__(self):
        self.names = []
        self.src = []
        self.locals = {}
        self.overwrite_errors = {}
        self.unconditional_adds = {}

    def add_fn(self, name, args, body, *, locals=None, overwrite_error=False,
               unconditional_add=False, decorator=None):
        if locals is not None:
            self.locals.update(locals)
        if overwrite_error:
            self.overwrite_errors[name] = overwrite_error
        if unconditional_add:
            self.unconditional_adds[name] = True
        self.names.append(name)
        text = ''
        if decorator:
            text = f' {decorator}\n'
        text += f' def {name}({",".join(args)}):\n' + '\n'.join(body)
        self.src.append(text)

    def add_fns_to_class(self, cls):
        local_vars = ','.join(self.locals.keys())
        if self.names:
            return_names = '(' + ','.join(self.names) + ',)'
        else:
            return_names = '()'
        txt = (f'def __create_fn__({local_vars}):\n' + '\n'.join(self.src) +
               f'\n return {return_names}')
        ns = {}
        exec(txt, {}, ns)
        fns = ns['__create_fn__'](**self.locals)
        for name, fn in zip(self.names, fns):
            fn.__qualname__ = f'{cls.__qualname__}.{fn.__name__}'
            if self.unconditional_adds.get(name, False):
                setattr(cls, name, fn)
            else:
                already_exists = _set_new_attribute(cls, name, fn)
                msg_extra = self.overwrite_errors.get(name)
                if already_exists and msg_extra:
                    error_msg = (f'Cannot overwrite attribute {fn.__name__} '
                                 f'in class {cls.__name__}')
                    if msg_extra is not True:
                        error_msg = f'{error_msg} {msg_extra}'
                    raise TypeError(error_msg)


def _field_assign(frozen, name, value, self_name):
    if frozen:
        return f'  __dataclass_builtins_object__.__setattr__({self_name},{name!r},{value})'
    return f'  {self_name}.{name}={value}'


# The line of __init__ that sets field f, or None when nothing needs setting (an init=False
# field with a plain default reads the class attribute; an InitVar is never stored).
def _field_init(f, frozen, locals, self_name):
    default_name = f'__dataclass_dflt_{f.name}__'
    if f.default_factory is not MISSING:
        locals[default_name] = f.default_factory
        if f.init:
            value = (f'{default_name}() '
                     f'if {f.name} is __dataclass_HAS_DEFAULT_FACTORY__ '
                     f'else {f.name}')
        else:
            value = f'{default_name}()'
    else:
        if f.init:
            if f.default is not MISSING:
                locals[default_name] = f.default
            value = f.name
        else:
            return None
    if f._field_type is _FIELD_INITVAR:
        return None
    return _field_assign(frozen, f.name, value, self_name)


def _init_param(f):
    # 'x', 'x=__dataclass_dflt_x__' or 'x=__dataclass_HAS_DEFAULT_FACTORY__'
    if f.default is MISSING and f.default_factory is MISSING:
        default = ''
    elif f.default is not MISSING:
        default = f'=__dataclass_dflt_{f.name}__'
    else:
        default = '=__dataclass_HAS_DEFAULT_FACTORY__'
    return f'{f.name}{default}'


def _init_fn(fields, std_fields, kw_only_fields, frozen, has_post_init, self_name,
             func_builder):
    # A parameter without a default cannot follow one with a default; say so now, with the
    # field names, rather than as a SyntaxError from exec.
    seen_default = None
    for f in std_fields:
        if f.init:
            if not (f.default is MISSING and f.default_factory is MISSING):
                seen_default = f
            elif seen_default:
                raise TypeError(f'non-default argument {f.name!r} '
                                f'follows default argument {seen_default.name!r}')

    locals = {'__dataclass_HAS_DEFAULT_FACTORY__': _HAS_DEFAULT_FACTORY,
              '__dataclass_builtins_object__': object}
    body_lines = []
    for f in fields:
        line = _field_init(f, frozen, locals, self_name)
        if line:
            body_lines.append(line)
    if has_post_init:
        params_str = ','.join(f.name for f in fields if f._field_type is _FIELD_INITVAR)
        body_lines.append(f'  {self_name}.{_POST_INIT_NAME}({params_str})')
    if not body_lines:
        body_lines = ['  pass']

    init_params = [_init_param(f) for f in std_fields]
    if kw_only_fields:
        init_params += ['*']
        init_params += [_init_param(f) for f in kw_only_fields]
    func_builder.add_fn('__init__', [self_name] + init_params, body_lines, locals=locals)


def _frozen_get_del_attr(cls, fields, func_builder):
    locals = {'cls': cls, 'FrozenInstanceError': FrozenInstanceError}
    condition = 'type(self) is cls'
    if fields:
        condition += ' or name in {' + ', '.join(repr(f.name) for f in fields) + '}'
    func_builder.add_fn('__setattr__', ('self', 'name', 'value'),
                        (f'  if {condition}:',
                         '   raise FrozenInstanceError(f"cannot assign to field {name!r}")',
                         '  super(cls, self).__setattr__(name, value)'),
                        locals=locals, overwrite_error=True)
    func_builder.add_fn('__delattr__', ('self', 'name'),
                        (f'  if {condition}:',
                         '   raise FrozenInstanceError(f"cannot delete field {name!r}")',
                         '  super(cls, self).__delattr__(name)'),
                        locals=locals, overwrite_error=True)


# What to do about __hash__, by (unsafe_hash, eq, frozen, class defines __hash__ itself):
# None = leave it, 'none' = set __hash__ = None, 'add' = hash the field tuple, 'error'.
def _hash_action(unsafe_hash, eq, frozen, has_explicit_hash):
    if unsafe_hash:
        return 'error' if has_explicit_hash else 'add'
    if has_explicit_hash or not eq:
        return None
    return 'add' if frozen else 'none'


# The text of a parameter in the class's signature, for the generated docstring
# ("Point(x: int, y: int = 0)"), as inspect.signature would show it.
def _format_annotation(annotation):
    if isinstance(annotation, type):
        if annotation.__module__ == 'builtins':
            return annotation.__qualname__
        return annotation.__module__ + '.' + annotation.__qualname__
    if getattr(annotation, '__module__', None) == 'typing':
        return repr(annotation).replace('typing.', '')
    return repr(annotation)


def _signature_text(std_fields, kw_only_fields):
    def param(f):
        text = f.name + ': ' + _format_annotation(f.type)
        if f.default is not MISSING:
            text += ' = ' + repr(f.default)
        elif f.default_factory is not MISSING:
            text += ' = <factory>'
        return text
    params = [param(f) for f in std_fields]
    if kw_only_fields:
        params.append('*')
        params += [param(f) for f in kw_only_fields]
    return '(' + ', '.join(params) + ')'


def _process_class(cls, init, repr, eq, order, unsafe_hash, frozen,
                   match_args, kw_only, slots, weakref_slot):
    fields = {}
    setattr(cls, _PARAMS, _DataclassParams(init, repr, eq, order, unsafe_hash, frozen,
                                           match_args, kw_only, slots, weakref_slot))

    # Fields of dataclass bases first, most basic first, so a subclass's redefinition replaces
    # a base's field in the base's position.
    any_frozen_base = False
    all_frozen_bases = None
    has_dataclass_bases = False
    for b in cls.__mro__[-1:0:-1]:
        base_fields = getattr(b, _FIELDS, None)
        if base_fields is not None:
            has_dataclass_bases = True
            for f in base_fields.values():
                fields[f.name] = f
            if all_frozen_bases is None:
                all_frozen_bases = True
            current_frozen = getattr(b, _PARAMS).frozen
            all_frozen_bases = all_frozen_bases and current_frozen
            any_frozen_base = any_frozen_base or current_frozen

    # Then the fields annotated in this class.
    cls_annotations = _class_annotations(cls)
    cls_fields = []
    KW_ONLY_seen = False
    for name, a_type in cls_annotations.items():
        if _is_kw_only(a_type):
            if KW_ONLY_seen:
                raise TypeError(f'{name!r} is KW_ONLY, but KW_ONLY has already been specified')
            KW_ONLY_seen = True
            kw_only = True
        else:
            cls_fields.append(_get_field(cls, name, a_type, kw_only))

    for f in cls_fields:
        fields[f.name] = f
        # A field(...) class attribute is replaced by its plain default (or removed).
        if isinstance(getattr(cls, f.name, None), Field):
            if f.default is MISSING:
                delattr(cls, f.name)
            else:
                setattr(cls, f.name, f.default)

    for name, value in list(cls.__dict__.items()):
        if isinstance(value, Field) and name not in cls_annotations:
            raise TypeError(f'{name!r} is a field but has no type annotation')

    if has_dataclass_bases:
        if any_frozen_base and not frozen:
            raise TypeError('cannot inherit non-frozen dataclass from a frozen one')
        if all_frozen_bases is False and frozen:
            raise TypeError('cannot inherit frozen dataclass from a non-frozen one')

    setattr(cls, _FIELDS, fields)

    # A class that defines __eq__ gets __hash__ = None implicitly: that is not "explicit".
    class_hash = cls.__dict__.get('__hash__', MISSING)
    has_explicit_hash = not (class_hash is MISSING or
                             (class_hash is None and '__eq__' in cls.__dict__))

    if order and not eq:
        raise ValueError('eq must be true if order is true')

    all_init_fields = [f for f in fields.values()
                       if f._field_type is _FIELD or f._field_type is _FIELD_INITVAR]
    std_init_fields = tuple(f for f in all_init_fields if f.init and not f.kw_only)
    kw_only_init_fields = tuple(f for f in all_init_fields if f.init and f.kw_only)

    func_builder = _FuncBuilder()

    if init:
        has_post_init = hasattr(cls, _POST_INIT_NAME)
        _init_fn(all_init_fields, std_init_fields, kw_only_init_fields, frozen,
                 has_post_init, '__dataclass_self__' if 'self' in fields else 'self',
                 func_builder)

    _set_new_attribute(cls, '__replace__', _replace)

    field_list = [f for f in fields.values() if f._field_type is _FIELD]

    if repr:
        flds = [f for f in field_list if f.repr]
        func_builder.add_fn('__repr__', ('self',),
                            ['  return f"{self.__class__.__qualname__}(' +
                             ', '.join([f'{f.name}={{self.{f.name}!r}}' for f in flds]) +
                             ')"'],
                            locals={'__dataclasses_recursive_repr': _recursive_repr},
                            decorator='@__dataclasses_recursive_repr')

    if eq:
        # Field by field, as CPython 3.13+ does (no __ne__: Python negates __eq__).
        terms = [f'self.{f.name}==other.{f.name}' for f in field_list if f.compare]
        field_comparisons = ' and '.join(terms) or 'True'
        func_builder.add_fn('__eq__', ('self', 'other'),
                            ['  if self is other:',
                             '   return True',
                             '  if other.__class__ is self.__class__:',
                             f'   return {field_comparisons}',
                             '  return NotImplemented'])

    if order:
        flds = [f for f in field_list if f.compare]
        self_tuple = _tuple_str('self', flds)
        other_tuple = _tuple_str('other', flds)
        for name, op in [('__lt__', '<'), ('__le__', '<='), ('__gt__', '>'), ('__ge__', '>=')]:
            func_builder.add_fn(name, ('self', 'other'),
                                ['  if other.__class__ is self.__class__:',
                                 f'   return {self_tuple}{op}{other_tuple}',
                                 '  return NotImplemented'],
                                overwrite_error='Consider using functools.total_ordering')

    if frozen:
        _frozen_get_del_attr(cls, field_list, func_builder)

    action = _hash_action(bool(unsafe_hash), bool(eq), bool(frozen), has_explicit_hash)
    if action == 'none':
        cls.__hash__ = None
    elif action == 'add':
        flds = [f for f in field_list if (f.compare if f.hash is None else f.hash)]
        func_builder.add_fn('__hash__', ('self',),
                            [f'  return hash({_tuple_str("self", flds)})'],
                            unconditional_add=True)
    elif action == 'error':
        raise TypeError(f'Cannot overwrite attribute __hash__ in class {cls.__name__}')

    func_builder.add_fns_to_class(cls)

    if not getattr(cls, '__doc__'):
        cls.__doc__ = cls.__name__ + _signature_text(std_init_fields, kw_only_init_fields)

    if match_args:
        _set_new_attribute(cls, '__match_args__', tuple(f.name for f in std_init_fields))

    if weakref_slot and not slots:
        raise TypeError('weakref_slot is True but slots is False')
    return cls


def dataclass(cls=None, /, *, init=True, repr=True, eq=True, order=False,
              unsafe_hash=False, frozen=False, match_args=True,
              kw_only=False, slots=False, weakref_slot=False):
    """Add dunder methods based on the fields defined in the class."""
    def wrap(cls):
        return _process_class(cls, init, repr, eq, order, unsafe_hash, frozen,
                              match_args, kw_only, slots, weakref_slot)
    # @dataclass gives the class at once; @dataclass(...) gives options, then the class.
    if cls is None:
        return wrap
    return wrap(cls)


def fields(class_or_instance):
    """Return a tuple describing the fields of this dataclass."""
    try:
        fields = getattr(class_or_instance, _FIELDS)
    except AttributeError:
        raise TypeError('must be called with a dataclass type or instance') from None
    return tuple(f for f in fields.values() if f._field_type is _FIELD)


def _is_dataclass_instance(obj):
    return hasattr(type(obj), _FIELDS)


def is_dataclass(obj):
    """Returns True if obj is a dataclass or an instance of a dataclass."""
    cls = obj if isinstance(obj, type) else type(obj)
    return hasattr(cls, _FIELDS)


def asdict(obj, *, dict_factory=dict):
    """Return the fields of a dataclass instance as a new dictionary, recursively."""
    if not _is_dataclass_instance(obj):
        raise TypeError('asdict() should be called on dataclass instances')
    return _asdict_inner(obj, dict_factory)


def _asdict_inner(obj, dict_factory):
    obj_type = type(obj)
    if obj_type in _ATOMIC_TYPES:
        return obj
    elif hasattr(obj_type, _FIELDS):
        if dict_factory is dict:
            return {f.name: _asdict_inner(getattr(obj, f.name), dict) for f in fields(obj)}
        return dict_factory([(f.name, _asdict_inner(getattr(obj, f.name), dict_factory))
                             for f in fields(obj)])
    elif obj_type is list:
        return [_asdict_inner(v, dict_factory) for v in obj]
    elif obj_type is dict:
        return {_asdict_inner(k, dict_factory): _asdict_inner(v, dict_factory)
                for k, v in obj.items()}
    elif obj_type is tuple:
        return tuple([_asdict_inner(v, dict_factory) for v in obj])
    elif issubclass(obj_type, tuple):
        if hasattr(obj, '_fields'):
            # a namedtuple takes its fields as separate arguments
            return obj_type(*[_asdict_inner(v, dict_factory) for v in obj])
        return obj_type(_asdict_inner(v, dict_factory) for v in obj)
    elif issubclass(obj_type, dict):
        if hasattr(obj_type, 'default_factory'):
            result = obj_type(obj.default_factory)
            for k, v in obj.items():
                result[_asdict_inner(k, dict_factory)] = _asdict_inner(v, dict_factory)
            return result
        return obj_type((_asdict_inner(k, dict_factory), _asdict_inner(v, dict_factory))
                        for k, v in obj.items())
    elif issubclass(obj_type, list):
        return obj_type(_asdict_inner(v, dict_factory) for v in obj)
    return _copy.deepcopy(obj)


def astuple(obj, *, tuple_factory=tuple):
    """Return the fields of a dataclass instance as a new tuple, recursively."""
    if not _is_dataclass_instance(obj):
        raise TypeError('astuple() should be called on dataclass instances')
    return _astuple_inner(obj, tuple_factory)


def _astuple_inner(obj, tuple_factory):
    if type(obj) in _ATOMIC_TYPES:
        return obj
    elif _is_dataclass_instance(obj):
        return tuple_factory([_astuple_inner(getattr(obj, f.name), tuple_factory)
                              for f in fields(obj)])
    elif isinstance(obj, tuple) and hasattr(obj, '_fields'):
        return type(obj)(*[_astuple_inner(v, tuple_factory) for v in obj])
    elif isinstance(obj, (list, tuple)):
        return type(obj)(_astuple_inner(v, tuple_factory) for v in obj)
    elif isinstance(obj, dict):
        obj_type = type(obj)
        if hasattr(obj_type, 'default_factory'):
            result = obj_type(getattr(obj, 'default_factory'))
            for k, v in obj.items():
                result[_astuple_inner(k, tuple_factory)] = _astuple_inner(v, tuple_factory)
            return result
        return obj_type((_astuple_inner(k, tuple_factory), _astuple_inner(v, tuple_factory))
                        for k, v in obj.items())
    return _copy.deepcopy(obj)


_KEYWORDS = frozenset(['False', 'None', 'True', 'and', 'as', 'assert', 'async', 'await',
                       'break', 'class', 'continue', 'def', 'del', 'elif', 'else', 'except',
                       'finally', 'for', 'from', 'global', 'if', 'import', 'in', 'is',
                       'lambda', 'nonlocal', 'not', 'or', 'pass', 'raise', 'return', 'try',
                       'while', 'with', 'yield'])


def make_dataclass(cls_name, fields, *, bases=(), namespace=None, init=True,
                   repr=True, eq=True, order=False, unsafe_hash=False,
                   frozen=False, match_args=True, kw_only=False, slots=False,
                   weakref_slot=False, module=None, decorator=dataclass):
    """Return a new dynamically created dataclass: fields are name, (name, type) or
    (name, type, Field)."""
    if namespace is None:
        namespace = {}
    seen = set()
    annotations = {}
    defaults = {}
    for item in fields:
        if isinstance(item, str):
            name = item
            tp = 'typing.Any'
        elif len(item) == 2:
            name, tp, = item
        elif len(item) == 3:
            name, tp, spec = item
            defaults[name] = spec
        else:
            raise TypeError(f'Invalid field: {item!r}')
        if not isinstance(name, str) or not name.isidentifier():
            raise TypeError(f'Field names must be valid identifiers: {name!r}')
        if name in _KEYWORDS:
            raise TypeError(f'Field names must not be keywords: {name!r}')
        if name in seen:
            raise TypeError(f'Field name duplicated: {name!r}')
        seen.add(name)
        annotations[name] = tp

    body = dict(namespace)
    body.update(defaults)
    body['__annotations__'] = annotations
    body['__module__'] = module if module is not None else '__main__'
    cls = type(cls_name, tuple(bases), body)
    return decorator(cls, init=init, repr=repr, eq=eq, order=order,
                     unsafe_hash=unsafe_hash, frozen=frozen,
                     match_args=match_args, kw_only=kw_only, slots=slots,
                     weakref_slot=weakref_slot)


def replace(obj, /, **changes):
    """Return a new object replacing specified fields with new values."""
    if not _is_dataclass_instance(obj):
        raise TypeError('replace() should be called on dataclass instances')
    return _replace(obj, **changes)


# Also the class's __replace__ (what copy.replace calls).  A new instance goes through
# __init__ (and so __post_init__) with the old values of the fields not changed.
def _replace(self, /, **changes):
    for f in getattr(self, _FIELDS).values():
        if f._field_type is _FIELD_CLASSVAR:
            continue
        if not f.init:
            if f.name in changes:
                raise TypeError(f'field {f.name} is declared with '
                                f'init=False, it cannot be specified with replace()')
            continue
        if f.name not in changes:
            if f._field_type is _FIELD_INITVAR and f.default is MISSING:
                raise TypeError(f'InitVar {f.name!r} must be specified with replace()')
            changes[f.name] = getattr(self, f.name)
    return self.__class__(**changes)
