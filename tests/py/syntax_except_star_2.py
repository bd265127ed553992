# SyntaxError: the rules of except* (PEP 654 exception groups).
try:
    pass
except*:
    pass
