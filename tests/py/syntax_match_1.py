# match statement SyntaxError: a capture before other cases
match 1:
    case x:
        pass
    case 2:
        pass
