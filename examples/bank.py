# A first-course program: bank accounts with a class hierarchy, custom exceptions,
# a list of transactions applied in order, and a formatted monthly report.


class BankError(Exception):
    """Base class of everything that can go wrong at the bank."""


class InsufficientFunds(BankError):
    def __init__(self, account, amount):
        super().__init__(f"{account.number}: cannot take {amount:.2f}, "
                         f"only {account.available():.2f} available")
        self.shortfall = amount - account.available()


class AccountFrozen(BankError):
    pass


class UnknownAccount(BankError):
    pass


class Account:
    kind = "account"
    next_number = 1000

    def __init__(self, owner, opening=0.0):
        self.owner = owner
        self.number = f"AC{Account.next_number}"
        Account.next_number += 1
        self.balance = 0.0
        self.frozen = False
        self.log = []
        if opening:
            self.deposit(opening, "opening deposit")

    def available(self):
        return self.balance

    def deposit(self, amount, memo="deposit"):
        if amount <= 0:
            raise BankError(f"deposit must be positive, got {amount}")
        self._check_frozen()
        self.balance += amount
        self.log.append((memo, amount))

    def withdraw(self, amount, memo="withdrawal"):
        self._check_frozen()
        if amount > self.available():
            raise InsufficientFunds(self, amount)
        self.balance -= amount
        self.log.append((memo, -amount))

    def _check_frozen(self):
        if self.frozen:
            raise AccountFrozen(f"{self.number} is frozen")

    def month_end(self):
        pass

    def __repr__(self):
        return f"<{self.kind} {self.number} {self.owner}: {self.balance:.2f}>"


class Savings(Account):
    kind = "savings"
    rate = 0.015

    def month_end(self):
        interest = round(self.balance * self.rate / 12, 2)
        if interest > 0:
            self.deposit(interest, "interest")


class Checking(Account):
    kind = "checking"
    fee = 1.25

    def __init__(self, owner, opening=0.0, overdraft=100.0):
        self.overdraft = overdraft
        super().__init__(owner, opening)

    def available(self):
        return self.balance + self.overdraft

    def month_end(self):
        if self.balance < 0:
            self.balance -= self.fee * 4
            self.log.append(("overdraft fee", -self.fee * 4))
        else:
            self.balance -= self.fee
            self.log.append(("monthly fee", -self.fee))


class Bank:
    def __init__(self, name):
        self.name = name
        self.accounts = {}

    def open(self, account):
        self.accounts[account.number] = account
        return account

    def find(self, number):
        try:
            return self.accounts[number]
        except KeyError:
            raise UnknownAccount(f"no account {number}") from None

    def transfer(self, src, dst, amount):
        a, b = self.find(src), self.find(dst)
        a.withdraw(amount, f"transfer to {dst}")
        b.deposit(amount, f"transfer from {src}")

    def report(self):
        print(f"=== {self.name}: monthly report ===")
        total = 0.0
        for acct in self.accounts.values():
            print(f"{acct.number} {acct.kind:<9} {acct.owner:<8} {acct.balance:>10,.2f}")
            for memo, amount in acct.log:
                print(f"      {memo:<22}{amount:>+11.2f}")
            total += acct.balance
        print(f"{'total':<28}{total:>10,.2f}")


bank = Bank("First Course Bank")
ann = bank.open(Savings("Ann", 2500))
bob = bank.open(Checking("Bob", 120))
cy = bank.open(Checking("Cy", 40, overdraft=0))

transactions = [
    ("transfer", ann.number, bob.number, 300.0),
    ("withdraw", bob.number, 480.0),
    ("withdraw", bob.number, 100.0),
    ("deposit", cy.number, -5),
    ("transfer", cy.number, ann.number, 75.0),
    ("freeze", cy.number),
    ("deposit", cy.number, 10.0),
    ("transfer", "AC9999", ann.number, 1.0),
    ("deposit", ann.number, 1234.56),
]

for t in transactions:
    op, number = t[0], t[1]
    try:
        if op == "transfer":
            bank.transfer(number, t[2], t[3])
        elif op == "freeze":
            bank.find(number).frozen = True
        else:
            getattr(bank.find(number), op)(t[2])
        print(f"ok     {op:<9} {number}")
    except InsufficientFunds as e:
        print(f"denied {op:<9} {e} (short by {e.shortfall:.2f})")
    except BankError as e:
        print(f"error  {op:<9} {type(e).__name__}: {e}")

for acct in bank.accounts.values():
    acct.month_end()
print(list(bank.accounts.values()))
bank.report()
