# Program: bank accounts with a class hierarchy, custom exceptions and a statement.
class BankError(Exception):
    pass
class InsufficientFunds(BankError):
    pass
class Account:
    rate = 0.0
    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance
        self.history = []
    def deposit(self, amount):
        if amount <= 0:
            raise BankError(f"invalid deposit {amount}")
        self.balance += amount
        self.history.append(("deposit", amount))
    def withdraw(self, amount):
        if amount > self.balance:
            raise InsufficientFunds(f"{self.owner}: cannot withdraw {amount}, balance {self.balance}")
        self.balance -= amount
        self.history.append(("withdraw", amount))
    def add_interest(self):
        interest = round(self.balance * self.rate, 2)
        self.balance += interest
        return interest
    def __repr__(self):
        return f"{type(self).__name__}({self.owner!r}, {self.balance:.2f})"
class Savings(Account):
    rate = 0.02
class Checking(Account):
    def withdraw(self, amount):
        super().withdraw(amount + 1)
accounts = [Savings("ann", 1000), Checking("bob", 50)]
ops = [(0, "deposit", 250), (1, "withdraw", 20), (1, "withdraw", 100), (0, "deposit", -5),
       (0, "withdraw", 300)]
for idx, op, amt in ops:
    acct = accounts[idx]
    try:
        getattr(acct, op)(amt)
        print(f"{op:>8} {amt:>6} -> {acct}")
    except InsufficientFunds as e:
        print("refused:", e)
    except BankError as e:
        print("error:", e)
for a in accounts:
    print(a, "interest", a.add_interest(), a.history)
