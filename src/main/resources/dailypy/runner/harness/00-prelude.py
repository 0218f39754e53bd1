# The grading harness. Every backend (embedded GraalPy, host CPython) runs the same source, so
# verdicts agree. It answers one JSON message at a time (docs/harness-protocol.md); it never
# decides whether a value is *correct*: it reports canonical, type-tagged values and the Java side
# compares them with expected values that never enter the interpreter while user code runs.
#
# The source is these parts, joined in this order (harness/ORDER) into one module, harness.py,
# all inside the closure _make(policy), which the last line calls with the sandbox policy
# (sandbox-policy.json):
#   00 prelude                  captured builtins and modules, the interpreter-internals names
#   01 asyncio without sockets  an event loop that needs no socketpair
#   02 integrity snapshots      what user code must not change (builtins, unittest) and the diff
#   03 ast policy               forbidden imports, internals and the question's constraints
#   04 guarded builtins         open/import/eval/exec/getattr as user code sees them
#   05 frames and introspection guards on frames, closures and inspect-like doors
#   06 errors                   what an exception becomes in a reply (line, type, message)
#   07 canonical values         values as type-tagged JSON, read with base-type methods
#   08 running code             compiling and running the user's module
#   09 the session              handle(message): probe, expect, generate, load, case, tests, finish
#   10 unittest                 running test-writing answers' unittest cases
#   11 host-cpython support     OS guards, package names, Flask/Django test clients
#
# Defence in layers, because user code shares this interpreter:
#   1. references the harness needs are captured before user code runs (_make() closure);
#   2. user code gets its own builtins dict with guarded open/import/eval/exec/getattr;
#   3. an AST policy rejects interpreter-internals access (frames, __globals__, __subclasses__),
#      forbidden imports, and the question's own constraints, before anything runs;
#   4. modules the tests rely on (builtins, unittest) are snapshotted and compared afterwards;
#   5. values are canonicalised with base-type methods, so overridden __eq__/__repr__/__iter__
#      cannot fake a value.


def _make(policy):
    import ast as _ast
    import builtins as _builtins
    import io as _io
    import json as _json
    import math as _math
    import sys as _sys
    import types as _types
    import errno as _errno
    # traceback, random and unittest are imported only when needed: each import costs tens to
    # hundreds of milliseconds in a fresh interpreter, and most gradings need none of them.
    lazy = {}

    def lazy_module(name):
        mod = lazy.get(name)
        if mod is None:
            mod = lazy[name] = _import(name, fromlist=["_"])
        return mod

    _type = type
    _isinstance = isinstance
    _issubclass = issubclass
    _len = len
    _repr = repr
    _str = str
    _int = int
    _float = float
    _list = list
    _dict = dict
    _tuple = tuple
    _set = set
    _frozenset = frozenset
    _bool = bool
    _bytes = bytes
    _complex = complex
    _sorted = sorted
    _range = range
    _getattr = getattr
    _hasattr = hasattr
    _id = id
    _compile = compile
    _exec = exec
    _eval = eval
    _open = open
    _import = __import__
    _loads = _json.loads
    # The result is written with references taken now: json.dumps looks up the encoder's
    # methods when called, so user code that patched json.encoder could rewrite the result.
    import json.encoder as _json_encoder
    _encode_str = _json_encoder.encode_basestring_ascii
    _float_repr = float.__repr__
    _int_repr = int.__repr__
    _dict_items = dict.items

    def _dumps(value):
        """JSON for the result, iteratively: a deeply nested answer must not overflow."""
        out = []
        todo = [(False, value)]  # (is_literal, item), popped from the end
        while todo:
            literal, v = todo.pop()
            if literal:
                _list_append(out, v)
                continue
            t = _type(v)
            if v is None:
                _list_append(out, "null")
            elif v is True:
                _list_append(out, "true")
            elif v is False:
                _list_append(out, "false")
            elif t is _str:
                _list_append(out, _encode_str(v))
            elif t is _int:
                _list_append(out, _int_repr(v))
            elif t is _float:
                finite = v == v and v not in (_float("inf"), _float("-inf"))
                _list_append(out, _float_repr(v) if finite else _encode_str(_float_repr(v)))
            elif t is _dict:
                _list_append(out, "{")
                _list_append(todo, (True, "}"))
                items = _list(_dict_items(v))
                for i in _range(_len(items) - 1, -1, -1):
                    k, item = items[i]
                    _list_append(todo, (False, item))
                    _list_append(todo, (True, _encode_str(k if _type(k) is _str else _str(k)) + ":"))
                    if i:
                        _list_append(todo, (True, ","))
            elif t is _list or t is _tuple:
                _list_append(out, "[")
                _list_append(todo, (True, "]"))
                for i in _range(_len(v) - 1, -1, -1):
                    _list_append(todo, (False, v[i]))
                    if i:
                        _list_append(todo, (True, ","))
            else:
                _list_append(out, _encode_str(safe_repr(v)))
        return _str_join("", out)
    _BaseException = BaseException
    _Exception = Exception
    _SystemExit = SystemExit
    _KeyboardInterrupt = KeyboardInterrupt
    _RecursionError = RecursionError
    _MemoryError = MemoryError
    _str_join = str.join
    _list_append = list.append

    USER_FILE = "<solution>"
    IMPLEMENTATION = _sys.implementation.name

    # Attribute names that reach interpreter internals (frames, other modules' globals, every
    # class in the process). No interview answer needs them; a cheat does.
    INTERNAL_ATTRS = _frozenset({
        "f_back", "f_globals", "f_locals", "f_builtins", "f_code", "tb_frame", "tb_next",
        "gi_frame", "gi_code", "cr_frame", "cr_code", "ag_frame", "ag_code", "__globals__",
        "__code__", "__closure__", "__subclasses__", "__builtins__", "_getframe", "__loader__",
        "__spec__", "_current_frames", "settrace", "setprofile", "addaudithook", "__base__",
        "__bases__", "__mro__", "mro", "gi_yieldframe", "func_globals",
        # Doors to the same places by another name: a descriptor's __get__ and
        # object.__getattribute__ read any attribute, cell_contents rewrites closures, and these
        # helpers of inspect, traceback and gc hand out frames, their locals, or every object.
        "__getattribute__", "__get__", "cell_contents", "f_trace", "getouterframes",
        "getinnerframes", "getargvalues", "currentframe", "getframeinfo", "walk_stack",
        "get_referrers", "get_referents", "get_objects", "getclosurevars",
    })
    # Modules that would let code escape the grader or reach the host, imported by name only, and
    # the harmless submodules of listed ones (urllib.parse, http.HTTPStatus): the sandbox policy,
    # kept as data in sandbox-policy.json and handed to _make by the Java side.
    SANDBOX_IMPORTS = dict(policy["imports"])
    ALLOWED_SUBMODULES = _frozenset(policy["allowed_submodules"])

    class Violation(_Exception):
        """Raised when user code tries something the grader forbids."""

        def __init__(self, rule, message, line=0):
            _Exception.__init__(self, message)
            self.rule = rule
            self.message = message
            self.line = line

    class OutputLimit(_BaseException):
        pass

    class State:
        def __init__(self, limit):
            self.limit = limit
            self.used = 0
            self.exceeded = False
            self.violation = None  # first Violation raised, even if user code caught it
            self.out_of_memory = False  # a MemoryError in a test: the process hit its limit

    class CappedWriter(_io.TextIOBase):
        """A stdout that keeps at most `keep` characters and counts everything against a shared
        limit; crossing the limit raises OutputLimit (a BaseException, so bare `except Exception`
        in user code does not swallow it) and sets a flag that survives being caught anyway."""

        def __init__(self, state, keep):
            self._state = state
            self._keep = keep
            self._parts = []
            self._kept = 0
            self._truncated = False

        def writable(self):
            return True

        def write(self, s):
            if not _isinstance(s, _str):
                raise TypeError("write() argument must be str, not " + _type(s).__name__)
            st = self._state
            st.used += _len(s)
            if st.used > st.limit:
                st.exceeded = True
                raise OutputLimit()
            room = self._keep - self._kept
            if room > 0:
                piece = s[:room]
                _list_append(self._parts, piece)
                self._kept += _len(piece)
            if _len(s) > room:
                self._truncated = True
            return _len(s)

        def flush(self):
            pass

        def text(self):
            t = _str_join("", self._parts)
            return t + ("\n… (output truncated)" if self._truncated else "")

    class EmptyStdin(_io.TextIOBase):
        def readable(self):
            return True

        def read(self, *a):
            raise EOFError("input() is not available: the grader calls your function directly, "
                           "so take values as parameters instead of reading them")

        readline = read

