# match statement SyntaxError: alternatives binding different names
match 1:
    case 1 | x:
        pass
