# match statement SyntaxError: a name bound twice
match 1:
    case (a, a):
        pass
