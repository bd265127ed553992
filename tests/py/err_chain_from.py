# raise ... from ... prints the cause first and "The above exception was the direct cause".
class ConfigError(Exception):
    pass
def read(text):
    try:
        return int(text)
    except ValueError as e:
        raise ConfigError("bad config value") from e
read("seven")
