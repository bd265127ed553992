# match statement SyntaxError: a wildcard as a non-last alternative
match 1:
    case _ | 1:
        pass
