__all__ = ["visible", "also"]
visible = 1
also = "two"
hidden = 3
def _private(): pass
