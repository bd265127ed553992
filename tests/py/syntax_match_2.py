# match statement SyntaxError: a wildcard before other cases
match 1:
    case _:
        pass
    case 2:
        pass
