# lib/textwrap.py — the `textwrap` module: wrapping and filling paragraphs of text.
#
# What this step does: wrapping a paragraph to a width is a greedy loop over "chunks".
#   1. Munge whitespace: tabs are expanded, then (replace_whitespace) every \t \n \v \f \r
#      becomes one space, so the paragraph is one long line.
#   2. Split it into chunks: runs of whitespace, and the pieces of the words between them.
#      With break_on_hyphens a hyphenated word splits after each hyphen that has a letter on
#      both sides ("long-", "distance"), and an em-dash "--" between words is a chunk of its
#      own.  CPython does this with one regular expression; minipy has no `re` module, so
#      _split_hyphenated below is a hand-written scanner that makes the same decisions
#      (its comments give the regular expression's rules one by one).
#   3. Fill lines: take chunks while they fit in width (minus the line's indent); a chunk
#      longer than a whole line is cut (break_long_words, preferring to cut after a hyphen);
#      whitespace at the start and end of a line is dropped (drop_whitespace).  With max_lines
#      the last line kept ends in the placeholder ' [...]'.
# dedent() removes the margin common to all lines, indent() adds a prefix to them.
#
# Comes in: `import textwrap` (frozen by lib/freeze.sh).
# Goes out: TextWrapper, wrap, fill, shorten, dedent, indent.
# Read next: lib/string/__init__.py (more text helpers), lib/json.py (another hand scanner).
#
# Differences from CPython: TextWrapper has no wordsep_re / wordsep_simple_re /
# sentence_end_re attributes (they are regular expressions there; here the same rules are
# functions), so a subclass cannot change the splitting by replacing them — override _split.

__all__ = ['TextWrapper', 'wrap', 'fill', 'dedent', 'indent', 'shorten']

# The whitespace textwrap means: ASCII only, not str.isspace()'s Unicode set, so a no-break
# space (U+00A0) stays inside a word.
_whitespace = '\t\n\x0b\x0c\r '


# ───────────────────────────── character classes ─────────────────────────────
# The regular expression's classes, as the `re` module defines them for str patterns.

def _is_word(c):
    # \w: alphanumeric in Unicode's sense, or the underscore.
    return c.isalnum() or c == '_'


def _is_letter(c):
    # [^\d\W]: a word character that is not a decimal digit (so letters and '_').
    return (c.isalnum() or c == '_') and not c.isdecimal()


def _is_word_punct(c):
    # [\w!"'&.,?]: what may come just before an em-dash.
    return c.isalnum() or c in '_!"\'&.,?'


# ───────────────────────────── splitting into chunks ─────────────────────────────

def _split_on_whitespace(text):
    # break_on_hyphens=False: alternate runs of whitespace and of everything else.
    chunks = []
    i = 0
    n = len(text)
    while i < n:
        j = i + 1
        space = text[i] in _whitespace
        while j < n and (text[j] in _whitespace) == space:
            j += 1
        chunks.append(text[i:j])
        i = j
    return chunks


def _dash_run(text, i):
    # The number of '-' characters starting at i.
    j = i
    while j < len(text) and text[j] == '-':
        j += 1
    return j - i


def _emdash_at(text, i):
    # An em-dash starts at i: two or more '-' that follow a word-or-punctuation character and
    # are followed by a word character.  Returns the dash count, or 0.
    if i == 0 or not _is_word_punct(text[i - 1]):
        return 0
    run = _dash_run(text, i)
    if run >= 2 and i + run < len(text) and _is_word(text[i + run]):
        return run
    return 0


def _hyphen_break_after(text, e):
    # May a word piece end with the hyphen at text[e]?  Yes when the hyphen is preceded by two
    # letters ("co-") or by letter-hyphen-letter ("x-y-"), and followed by a letter, an
    # optional hyphen, and another letter ("-op" or "-a-b").
    n = len(text)
    if e >= n or text[e] != '-':
        return False
    before = ((e >= 2 and _is_letter(text[e - 1]) and _is_letter(text[e - 2])) or
              (e >= 3 and _is_letter(text[e - 1]) and text[e - 2] == '-' and
               _is_letter(text[e - 3])))
    if not before:
        return False
    k = e + 1
    if k >= n or not _is_letter(text[k]):
        return False
    k += 1
    if k < n and text[k] == '-':
        k += 1
    return k < n and _is_letter(text[k])


def _split_hyphenated(text):
    # break_on_hyphens=True.  At each position, in the order CPython's wordsep_re tries them:
    #   * a run of whitespace is one chunk;
    #   * an em-dash (see _emdash_at) is one chunk;
    #   * otherwise a word piece: the shortest run of non-whitespace, at least one character,
    #     that ends (a) just after a hyphen where a word may break (_hyphen_break_after),
    #     (b) before whitespace or the end of the text, or (c) before an em-dash, after a
    #     word-or-punctuation character.
    chunks = []
    n = len(text)
    i = 0
    while i < n:
        if text[i] in _whitespace:
            j = i + 1
            while j < n and text[j] in _whitespace:
                j += 1
        else:
            dashes = _emdash_at(text, i)
            if dashes:
                j = i + dashes
            else:
                e = i + 1
                while True:
                    if _hyphen_break_after(text, e):
                        j = e + 1
                        break
                    if e >= n or text[e] in _whitespace:
                        j = e
                        break
                    if _emdash_at(text, e):
                        j = e
                        break
                    e += 1
        chunks.append(text[i:j])
        i = j
    return chunks


def _ends_sentence(chunk):
    # [a-z][.!?]["']?\Z: a lowercase ASCII letter, sentence punctuation, maybe a closing quote.
    if chunk[-1:] in ('"', "'"):
        chunk = chunk[:-1]
    return (len(chunk) >= 2 and chunk[-1] in '.!?' and
            'a' <= chunk[-2] <= 'z')


# ───────────────────────────── TextWrapper ─────────────────────────────

class TextWrapper:
    """
    Wraps and fills paragraphs: wrap(text) gives the lines, fill(text) one
    string.  The underscore methods are the steps, for a subclass to
    override (_split makes the chunks, _wrap_chunks fills the lines).

    The attributes (all settable as keyword arguments of the constructor):
      width (default: 70)          the longest a wrapped line may be
      initial_indent, subsequent_indent (default: "")
                                   put before the first line / the other lines
      expand_tabs (default: true)  expand tabs to spaces (tabsize, default 8) first
      replace_whitespace (default: true)
                                   turn each whitespace character into one space
      drop_whitespace (default: true)
                                   drop whitespace at the start and end of lines
      fix_sentence_endings (default: false)
                                   two spaces after a sentence's end
      break_long_words (default: true)
                                   cut words longer than width
      break_on_hyphens (default: true)
                                   allow breaks after the hyphens of compound words
      max_lines (default: None)    keep at most this many lines, the last one
                                   ending in placeholder (default: ' [...]')
    """

    # For str.translate: every whitespace character to a space.
    unicode_whitespace_trans = dict.fromkeys(map(ord, _whitespace), ord(' '))

    def __init__(self,
                 width=70,
                 initial_indent="",
                 subsequent_indent="",
                 expand_tabs=True,
                 replace_whitespace=True,
                 fix_sentence_endings=False,
                 break_long_words=True,
                 drop_whitespace=True,
                 break_on_hyphens=True,
                 tabsize=8,
                 *,
                 max_lines=None,
                 placeholder=' [...]'):
        self.width = width
        self.initial_indent = initial_indent
        self.subsequent_indent = subsequent_indent
        self.expand_tabs = expand_tabs
        self.replace_whitespace = replace_whitespace
        self.fix_sentence_endings = fix_sentence_endings
        self.break_long_words = break_long_words
        self.drop_whitespace = drop_whitespace
        self.break_on_hyphens = break_on_hyphens
        self.tabsize = tabsize
        self.max_lines = max_lines
        self.placeholder = placeholder

    # -- the steps (overridable) ----------------------------------------------

    def _munge_whitespace(self, text):
        """Expand tabs, then turn each whitespace character into a space (as configured)."""
        if self.expand_tabs:
            text = text.expandtabs(self.tabsize)
        if self.replace_whitespace:
            text = text.translate(self.unicode_whitespace_trans)
        return text

    def _split(self, text):
        """Split text into chunks: whitespace runs and (pieces of) words."""
        if self.break_on_hyphens is True:
            return _split_hyphenated(text)
        return _split_on_whitespace(text)

    def _fix_sentence_endings(self, chunks):
        """Make the single space after a sentence's last word two spaces (in place)."""
        i = 0
        while i < len(chunks) - 1:
            if chunks[i + 1] == " " and _ends_sentence(chunks[i]):
                chunks[i + 1] = "  "
                i += 2
            else:
                i += 1

    def _handle_long_word(self, reversed_chunks, cur_line, cur_len, width):
        """Deal with a chunk too long for any line (the last of reversed_chunks)."""
        # At least one character goes on each line, even when the indent leaves no room.
        space_left = 1 if width < 1 else width - cur_len
        # (space_left is 0 when the line is exactly full: then the word waits for the next.)
        if self.break_long_words and space_left > 0:
            end = space_left
            chunk = reversed_chunks[-1]
            if self.break_on_hyphens and len(chunk) > space_left:
                # Cut after the last hyphen that fits — unless only hyphens precede it.
                hyphen = chunk.rfind('-', 0, space_left)
                if hyphen > 0 and any(c != '-' for c in chunk[:hyphen]):
                    end = hyphen + 1
            cur_line.append(chunk[:end])
            reversed_chunks[-1] = chunk[end:]
        elif not cur_line:
            # Not allowed to cut it: it gets a line of its own, too long.
            cur_line.append(reversed_chunks.pop())
        # Otherwise leave it for the next line, where it starts the line.

    def _wrap_chunks(self, chunks):
        """Greedily fill lines from chunks; returns the lines (indents included)."""
        lines = []
        if self.width <= 0:
            raise ValueError("invalid width %r (must be > 0)" % self.width)
        if self.max_lines is not None:
            indent = self.subsequent_indent if self.max_lines > 1 else self.initial_indent
            if len(indent) + len(self.placeholder.lstrip()) > self.width:
                raise ValueError("placeholder too large for max width")

        # Reversed, so the next chunk is chunks[-1] and taking it is a cheap pop().
        chunks.reverse()
        while chunks:
            cur_line = []
            cur_len = 0
            indent = self.subsequent_indent if lines else self.initial_indent
            width = self.width - len(indent)

            # Whitespace that would start a line (other than the first) is dropped.
            if self.drop_whitespace and chunks[-1].strip() == '' and lines:
                del chunks[-1]

            while chunks:
                length = len(chunks[-1])
                if cur_len + length > width:
                    break
                cur_line.append(chunks.pop())
                cur_len += length

            if chunks and len(chunks[-1]) > width:
                self._handle_long_word(chunks, cur_line, cur_len, width)
                cur_len = sum(map(len, cur_line))

            # Whitespace that would end a line is dropped too.
            if self.drop_whitespace and cur_line and cur_line[-1].strip() == '':
                cur_len -= len(cur_line[-1])
                del cur_line[-1]

            if not cur_line:
                continue
            last_allowed = self.max_lines is not None and len(lines) + 1 >= self.max_lines
            rest_is_blank = (not chunks or
                             self.drop_whitespace and len(chunks) == 1 and
                             not chunks[0].strip())
            if not last_allowed or (rest_is_blank and cur_len <= width):
                lines.append(indent + ''.join(cur_line))
                continue
            # The last line allowed, with text still to come: end it with the placeholder,
            # dropping chunks from its end until the placeholder fits after a word.
            while cur_line:
                if cur_line[-1].strip() and cur_len + len(self.placeholder) <= width:
                    cur_line.append(self.placeholder)
                    lines.append(indent + ''.join(cur_line))
                    break
                cur_len -= len(cur_line[-1])
                del cur_line[-1]
            else:
                # Nothing of this line fits: put the placeholder on the previous line if it
                # can take it, or on a line of its own.
                if lines:
                    prev_line = lines[-1].rstrip()
                    if len(prev_line) + len(self.placeholder) <= self.width:
                        lines[-1] = prev_line + self.placeholder
                        break
                lines.append(indent + self.placeholder.lstrip())
            break
        return lines

    def _split_chunks(self, text):
        text = self._munge_whitespace(text)
        return self._split(text)

    # -- the public interface -------------------------------------------------

    def wrap(self, text):
        """Wrap the paragraph text: a list of lines of at most self.width characters,
        without final newlines."""
        chunks = self._split_chunks(text)
        if self.fix_sentence_endings:
            self._fix_sentence_endings(chunks)
        return self._wrap_chunks(chunks)

    def fill(self, text):
        """Wrap the paragraph text and return the lines joined with newlines."""
        return "\n".join(self.wrap(text))


# ───────────────────────────── the functions ─────────────────────────────

def wrap(text, width=70, **kwargs):
    """Wrap a paragraph into a list of lines of at most width characters.

    The keyword arguments are TextWrapper's attributes.
    """
    w = TextWrapper(width=width, **kwargs)
    return w.wrap(text)


def fill(text, width=70, **kwargs):
    """Wrap a paragraph and return one string with the lines joined by newlines.

    The keyword arguments are TextWrapper's attributes.
    """
    w = TextWrapper(width=width, **kwargs)
    return w.fill(text)


def shorten(text, width, **kwargs):
    """Collapse the whitespace of text, then cut it to fit in width characters.

    Whole words are dropped from the end and the placeholder (' [...]')
    marks the cut:

        >>> shorten("Hello  world!", width=12)
        'Hello world!'
        >>> shorten("Hello  world!", width=11)
        'Hello [...]'
    """
    w = TextWrapper(width=width, max_lines=1, **kwargs)
    return w.fill(' '.join(text.strip().split()))


def dedent(text):
    """Remove the leading whitespace common to every line of text.

    Tabs and spaces are both whitespace but not equal to each other.
    Lines made only of whitespace are ignored when finding the margin,
    and come out empty.
    """
    try:
        lines = text.split('\n')
    except (AttributeError, TypeError):
        raise TypeError(f'expected str object, not {type(text).__qualname__!r}') from None
    # The margin is the common prefix of spaces and tabs of the non-blank lines.  The common
    # prefix of all the lines is the common prefix of the smallest and the largest of them
    # (in string order), so only those two need comparing.
    non_blank = [line for line in lines if line and not line.isspace()]
    low = min(non_blank, default='')
    high = max(non_blank, default='')
    margin = 0
    while (margin < len(low) and low[margin] in ' \t' and
           margin < len(high) and low[margin] == high[margin]):
        margin += 1
    return '\n'.join([line[margin:] if not line.isspace() else '' for line in lines])


def indent(text, prefix, predicate=None):
    """Put prefix at the start of the lines of text that predicate(line) accepts.

    By default every line that is not only whitespace gets it.
    """
    prefixed = []
    for line in text.splitlines(True):
        # splitlines(True) keeps the line ends and never yields '' (so isspace() is safe).
        if (not line.isspace()) if predicate is None else predicate(line):
            prefixed.append(prefix)
        prefixed.append(line)
    return ''.join(prefixed)
