# User exception hierarchies caught by their base class, re-raised and inspected.
class BankError(Exception):
    pass
class InsufficientFunds(BankError):
    def __init__(self, balance, amount):
        super().__init__(f"balance {balance} < {amount}")
        self.shortfall = amount - balance
class AccountLocked(BankError):
    pass
def withdraw(balance, amount, locked=False):
    if locked:
        raise AccountLocked("locked")
    if amount > balance:
        raise InsufficientFunds(balance, amount)
    return balance - amount
for args in ((100, 30), (10, 30), (50, 1, True)):
    try:
        print("ok", withdraw(*args))
    except InsufficientFunds as e:
        print(type(e).__name__, e, e.shortfall)
    except BankError as e:
        print(type(e).__name__, e, isinstance(e, BankError))
print(InsufficientFunds.__mro__)
