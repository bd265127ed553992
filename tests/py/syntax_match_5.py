# match statement SyntaxError: a capture as a non-last alternative
match 1:
    case x | 1:
        pass
