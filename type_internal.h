// type_internal.h — what the three files of the type system share (and nobody else needs).
//
// The type system is split by idea:
//   typeobject.cpp   `type` and `object`: type_ready (readying built-in types), slot wrappers
//                    (int.__add__ ...), attribute lookup (generic_getattr/setattr), getset
//                    descriptors (type.__name__, object.__class__ ...)
//   classobject.cpp  the class statement: type_new, and the slot functions that make a class's
//                    Python dunders (__repr__, __add__, __eq__ ...) answer the C++ protocols
//   descrobject.cpp  super, property, staticmethod, classmethod
//
// Comes in: minipy.h.  Goes out: the handful of helpers below.
// Read next: typeobject.cpp.
#pragma once
#include "minipy.h"

// ── typeobject.cpp ──
// Copy every null slot of t from base (the rules of CPython's inherit_slots).
void inherit_slots(TypeObject* t, TypeObject* base);
// callable(self, *args): functions get self prepended without allocating a bound method.
Obj call_with_self(Object* callable, Object* self, Object* const* args, size_t nargs, Object* kwnames);
// The type's __module__ as a str ("builtins" for built-in types).
Obj type_module(TypeObject* t);
// "__main__.Point" for classes, "int" for built-in types (as repr(type) and repr(obj) show them).
std::string type_display_name(TypeObject* t);
Obj object_new(TypeObject* type, Object* const* args, size_t nargs, Object* kwnames);
void object_init(Object* self, Object* const* args, size_t nargs, Object* kwnames);

// ── classobject.cpp ──
// Point every slot of heap type t at the function that calls the class's dunder, for each
// dunder that t's MRO defines in Python; the others keep what the base provides.
void install_slots(TypeObject* t);
Obj slot_new(TypeObject* type, Object* const* args, size_t nargs, Object* kwnames);
bool is_dunder_name(Object* name);

// ── descrobject.cpp ──
void init_descr_types();  // super, property, staticmethod, classmethod
Obj staticmethod_new(Object* func);
Obj classmethod_new(Object* func);
