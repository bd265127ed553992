# Uncaught user exception raised in a method: __main__ prefix is not shown for __main__ classes.
class InsufficientFunds(Exception):
    pass
class Account:
    def __init__(self, balance):
        self.balance = balance
    def withdraw(self, amount):
        if amount > self.balance:
            raise InsufficientFunds(f"need {amount - self.balance} more")
        self.balance -= amount
a = Account(10)
a.withdraw(5)
a.withdraw(50)
