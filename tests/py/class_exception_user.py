# User-defined exception classes with extra attributes and custom __str__.
class ValidationError(Exception):
    def __init__(self, field, problem):
        super().__init__(field, problem)
        self.field = field
        self.problem = problem
    def __str__(self):
        return f"{self.field}: {self.problem}"
class RangeError(ValidationError):
    pass
def check(age):
    if not isinstance(age, int):
        raise ValidationError("age", "not an int")
    if age < 0:
        raise RangeError("age", f"{age} is negative")
    return age
for v in (30, "x", -1):
    try:
        print("ok", check(v))
    except RangeError as e:
        print("RangeError", e, e.args)
    except ValidationError as e:
        print("ValidationError", e, e.field, repr(e))
class Simple(Exception):
    pass
try:
    raise Simple
except Simple as e:
    print(repr(e), str(e) == "", isinstance(e, Exception))
