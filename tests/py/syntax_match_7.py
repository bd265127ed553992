# match statement SyntaxError: an irrefutable as-pattern in an alternative
match 1:
    case (x as y) | 3:
        pass
