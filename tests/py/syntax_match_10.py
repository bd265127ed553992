# match statement SyntaxError: a name bound twice by as
match 1:
    case a as a:
        pass
