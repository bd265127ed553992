# lib/abc.py — the `abc` module: abstract base classes (PEP 3119).
#
# What this step does: an abstract base class (ABC) is a class that says "a subclass must
# provide these methods" and lets isinstance()/issubclass() answer for classes that never
# inherited from it.  Three mechanisms, all hung on the metaclass ABCMeta:
#   * abstract methods: @abstractmethod marks a function with __isabstractmethod__ = True.
#     When ABCMeta makes a class it collects the names still abstract — its own abstract
#     attributes, plus every abstract name of a base that the class did not override with
#     something concrete — into the frozenset cls.__abstractmethods__.  object.__new__
#     (C++, typeobject.cpp) refuses to instantiate a class whose set is non-empty:
#     "Can't instantiate abstract class Shape without an implementation for abstract method 'area'".
#   * virtual subclasses: Sequence.register(MyList) makes issubclass(MyList, Sequence) true
#     without changing MyList's __mro__.  The registry is a set of classes per ABC.
#   * __subclasshook__: a classmethod on the ABC that may answer issubclass(C, ABC) itself
#     (True/False), or return NotImplemented to fall back to the normal rules.
# isinstance(x, A) and issubclass(C, A) reach ABCMeta.__instancecheck__/__subclasscheck__
# because the VM calls the metaclass's hooks (chapter 5).  Answers are cached per ABC: a
# positive cache, and a negative cache that is thrown away whenever any register() call
# bumps the global invalidation counter (get_cache_token() returns it).
#
# Comes in: `import abc` / `from abc import ABC, abstractmethod` (frozen by lib/freeze.sh).
# Goes out: ABCMeta, ABC, abstractmethod, abstractclassmethod, abstractstaticmethod,
# abstractproperty, get_cache_token, update_abstractmethods.
# Read next: lib/contextlib.py (AbstractContextManager is an ABC with a __subclasshook__).
#
# Differences from CPython: CPython runs this logic in C (_abc.c) and keeps its caches in weak
# sets; minipy has no weak references, so the registry and caches hold their classes strongly
# (a class registered with an ABC lives as long as the ABC).  minipy's type has no
# __subclasses__(), so ABCMeta records the subclasses of each ABC itself as it creates them.
# minipy's property/classmethod/staticmethod do not yet report __isabstractmethod__ from the
# functions they wrap, so _is_abstract below looks inside them.  No __abc_tpflags__.

# (No __all__, as in CPython.)


def abstractmethod(funcobj):
    """Mark a method abstract: a class of ABCMeta that still has it cannot be instantiated.

    Subclasses must override it; the abstract version may still be called
    through super().  Stack it under @property, @classmethod or
    @staticmethod to make those abstract.
    """
    funcobj.__isabstractmethod__ = True
    return funcobj


# The three deprecated spellings from Python 3.2: one decorator that is both "abstract" and
# "classmethod"/"staticmethod"/"property".  Today one stacks @classmethod over @abstractmethod.

class abstractclassmethod(classmethod):
    """An abstract classmethod.  Deprecated: stack @classmethod over @abstractmethod."""
    __isabstractmethod__ = True

    def __init__(self, callable):
        callable.__isabstractmethod__ = True
        super().__init__(callable)


class abstractstaticmethod(staticmethod):
    """An abstract staticmethod.  Deprecated: stack @staticmethod over @abstractmethod."""
    __isabstractmethod__ = True

    def __init__(self, callable):
        callable.__isabstractmethod__ = True
        super().__init__(callable)


class abstractproperty(property):
    """An abstract property.  Deprecated: stack @property over @abstractmethod."""
    __isabstractmethod__ = True


def _is_abstract(value):
    # CPython's rule is just getattr(value, '__isabstractmethod__', False); its property,
    # classmethod and staticmethod compute that attribute from the functions they wrap.
    # minipy's built-in ones lack it, so look inside them here (a subclass such as
    # abstractproperty answers through the class attribute first).
    try:
        return bool(value.__isabstractmethod__)
    except AttributeError:
        pass
    if isinstance(value, property):
        return any(_is_abstract(f) for f in (value.fget, value.fset, value.fdel)
                   if f is not None)
    if isinstance(value, (classmethod, staticmethod)):
        return _is_abstract(value.__func__)
    return False


def _compute_abstracts(cls):
    # Own attributes first, then the abstract names inherited from each base that are still
    # abstract here (a subclass overriding 'area' with a plain function removes it).
    abstracts = set()
    for name, value in cls.__dict__.items():
        if _is_abstract(value):
            abstracts.add(name)
    for base in cls.__bases__:
        for name in getattr(base, '__abstractmethods__', ()):
            value = getattr(cls, name, None)
            if _is_abstract(value):
                abstracts.add(name)
    return frozenset(abstracts)


class _AbcData:
    # The per-ABC bookkeeping that CPython keeps in an _abc_data object (cls._abc_impl).
    __slots__ = ('registry', 'cache', 'negative_cache', 'negative_cache_version', 'subclasses')

    def __init__(self, version):
        self.registry = set()           # classes passed to register()
        self.cache = set()              # classes known to be subclasses
        self.negative_cache = set()     # classes known not to be, valid for one version
        self.negative_cache_version = version
        self.subclasses = []            # direct subclasses (stands in for __subclasses__())


class ABCMeta(type):
    """The metaclass of abstract base classes.

    A class made by it records its abstract methods in __abstractmethods__
    and answers isinstance()/issubclass() also for its "virtual subclasses":
    classes given to register() (which do not inherit anything from it, and
    do not have it in their __mro__) and classes its __subclasshook__ accepts.
    """

    # Bumped by every register(): a negative cache entry made before the bump may be stale.
    _abc_invalidation_counter = 0

    def __new__(mcls, name, bases, namespace, /, **kwargs):
        cls = super().__new__(mcls, name, bases, namespace, **kwargs)
        cls.__abstractmethods__ = _compute_abstracts(cls)
        cls._abc_impl = _AbcData(ABCMeta._abc_invalidation_counter)
        for base in bases:
            if isinstance(base, ABCMeta):
                base._abc_impl.subclasses.append(cls)
        return cls

    def register(cls, subclass):
        """Make subclass a virtual subclass of cls; returns it (so it works as a decorator)."""
        if not isinstance(subclass, type):
            raise TypeError("Can only register classes")
        if issubclass(subclass, cls):
            return subclass             # already a subclass, real or virtual
        # Registering a superclass of cls would make each a subclass of the other.
        if issubclass(cls, subclass):
            raise RuntimeError("Refusing to create an inheritance cycle")
        cls._abc_impl.registry.add(subclass)
        ABCMeta._abc_invalidation_counter += 1
        return subclass

    def __instancecheck__(cls, instance):
        """isinstance(instance, cls), with virtual subclasses."""
        impl = cls._abc_impl
        subclass = instance.__class__
        if subclass in impl.cache:
            return True
        subtype = type(instance)
        if subtype is subclass:
            if (impl.negative_cache_version == ABCMeta._abc_invalidation_counter
                    and subclass in impl.negative_cache):
                return False
            return cls.__subclasscheck__(subclass)
        # __class__ was faked (a proxy object): either answer counts.
        return cls.__subclasscheck__(subclass) or cls.__subclasscheck__(subtype)

    def __subclasscheck__(cls, subclass):
        """issubclass(subclass, cls), with virtual subclasses."""
        if not isinstance(subclass, type):
            raise TypeError('issubclass() arg 1 must be a class')
        impl = cls._abc_impl
        # 1. The caches.
        if subclass in impl.cache:
            return True
        if impl.negative_cache_version < ABCMeta._abc_invalidation_counter:
            impl.negative_cache = set()
            impl.negative_cache_version = ABCMeta._abc_invalidation_counter
        elif subclass in impl.negative_cache:
            return False
        # 2. The class's own hook (object's default, which minipy lacks, says NotImplemented).
        hook = getattr(cls, '__subclasshook__', None)
        ok = NotImplemented if hook is None else hook(subclass)
        if ok is not NotImplemented:
            if ok is True:
                impl.cache.add(subclass)
            elif ok is False:
                impl.negative_cache.add(subclass)
            else:
                raise AssertionError("__subclasshook__ must return either False, True, "
                                     "or NotImplemented")
            return ok
        # 3. A real subclass.
        if cls in getattr(subclass, '__mro__', ()):
            impl.cache.add(subclass)
            return True
        # 4. A subclass of a registered class (issubclass recurses into their ABCs too).
        for registered in list(impl.registry):
            if issubclass(subclass, registered):
                impl.cache.add(subclass)
                return True
        # 5. A (virtual) subclass of one of our subclasses.
        for scls in list(impl.subclasses):
            if issubclass(subclass, scls):
                impl.cache.add(subclass)
                return True
        impl.negative_cache.add(subclass)
        return False

    def _dump_registry(cls, file=None):
        """Print the registry and caches (for debugging)."""
        print(f"Class: {cls.__module__}.{cls.__qualname__}", file=file)
        print(f"Inv. counter: {get_cache_token()}", file=file)
        impl = cls._abc_impl
        print(f"_abc_registry: {impl.registry!r}", file=file)
        print(f"_abc_cache: {impl.cache!r}", file=file)
        print(f"_abc_negative_cache: {impl.negative_cache!r}", file=file)
        print(f"_abc_negative_cache_version: {impl.negative_cache_version!r}", file=file)

    def _abc_registry_clear(cls):
        """Forget every registered class (for tests)."""
        cls._abc_impl.registry.clear()

    def _abc_caches_clear(cls):
        """Empty both caches (for tests)."""
        cls._abc_impl.cache.clear()
        cls._abc_impl.negative_cache.clear()


def get_cache_token():
    """A value that changes whenever register() is called on any ABC.

    Compare two tokens for equality to know whether a cached answer about
    virtual subclasses may have gone stale.
    """
    return ABCMeta._abc_invalidation_counter


def update_abstractmethods(cls):
    """Recompute cls.__abstractmethods__ after methods were added to cls or replaced.

    __abstractmethods__ is computed once, when the class is made; a class
    decorator that adds methods calls this afterwards.  Returns cls; a class
    that is not abstract (has no __abstractmethods__) is left alone.
    """
    if not hasattr(cls, '__abstractmethods__'):
        # Not an ABC (nothing to update); CPython checks the same attribute.
        return cls
    cls.__abstractmethods__ = _compute_abstracts(cls)
    return cls


class ABC(metaclass=ABCMeta):
    """Inherit from ABC to make an abstract base class (its metaclass is ABCMeta)."""
    __slots__ = ()
