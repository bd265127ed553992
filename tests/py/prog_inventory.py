# Program: an inventory with dict of records, restocking, orders and a formatted report.
class OutOfStock(Exception):
    def __init__(self, item, wanted, have):
        super().__init__(f"{item}: wanted {wanted}, have {have}")
inventory = {}
def add(name, price, qty):
    inventory[name] = {"price": price, "qty": qty}
def order(name, qty):
    rec = inventory.get(name)
    if rec is None:
        raise KeyError(name)
    if rec["qty"] < qty:
        raise OutOfStock(name, qty, rec["qty"])
    rec["qty"] -= qty
    return rec["price"] * qty
add("widget", 2.50, 10)
add("gadget", 12.99, 3)
add("doohickey", 0.35, 200)
revenue = 0.0
for name, qty in (("widget", 4), ("gadget", 5), ("doohickey", 150), ("gizmo", 1), ("widget", 6)):
    try:
        cost = order(name, qty)
        revenue += cost
        print(f"sold {qty:>3} x {name:<10} = {cost:>8.2f}")
    except OutOfStock as e:
        print("out of stock:", e)
    except KeyError as e:
        print("unknown item:", e)
print(f"{'item':<10}|{'price':>8}|{'qty':>5}|{'value':>9}")
print("-" * 35)
for name, rec in sorted(inventory.items(), key=lambda kv: -kv[1]["price"] * kv[1]["qty"]):
    print(f"{name:<10}|{rec['price']:>8.2f}|{rec['qty']:>5}|{rec['price'] * rec['qty']:>9.2f}")
print(f"revenue {revenue:,.2f}")
