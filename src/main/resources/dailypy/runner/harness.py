# The grading harness. Every backend (embedded GraalPy, host CPython) runs this same file, so
# verdicts agree. It is given one JSON request and returns one JSON result; it never decides
# whether a value is *correct*: it reports canonical, type-tagged values and the Java side
# compares them with expected values that never enter the interpreter while user code runs.
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

    # --- asyncio without sockets ------------------------------------------------------------
    # The default selector loop builds a self-pipe from a socketpair, which the sandbox refuses.
    # This loop has no file descriptors at all: it only runs callbacks and timers, which is all
    # that graded coroutines (sleep, gather, wait_for, queues) need. asyncio is imported lazily
    # because it costs a quarter of a second in a fresh interpreter.
    import time as _time
    _time_sleep = _time.sleep
    asyncio_ready = [False]

    def ensure_asyncio():
        if asyncio_ready[0] or "asyncio" not in _sys.modules:
            return
        aio = _sys.modules["asyncio"]
        if not (_hasattr(aio, "BaseEventLoop") and _hasattr(aio, "DefaultEventLoopPolicy")
                and _hasattr(aio, "set_event_loop_policy")):
            return  # still being imported; a later import finishes the job
        asyncio_ready[0] = True

        class NoSelector:
            def select(self, timeout=None):
                if timeout is None:
                    raise RuntimeError("the event loop is waiting with nothing scheduled")
                if timeout > 0:
                    _time_sleep(timeout)
                return []

            def close(self):
                pass

        class SandboxEventLoop(aio.BaseEventLoop):
            def __init__(self):
                super().__init__()
                self._selector = NoSelector()

            def _process_events(self, event_list):
                pass

            def _write_to_self(self):
                pass

        class SandboxLoopPolicy(aio.DefaultEventLoopPolicy):
            def new_event_loop(self):
                return SandboxEventLoop()

        aio.set_event_loop_policy(SandboxLoopPolicy())

    # --- integrity snapshots ----------------------------------------------------------------
    WATCHED_MODULES = ("builtins", "unittest", "unittest.case", "unittest.result",
                       "unittest.suite", "unittest.loader", "unittest.runner",
                       "unittest.async_case", "unittest.mock", "json", "math")

    def snapshot():
        snap = {}
        for name in WATCHED_MODULES:
            mod = _sys.modules.get(name)
            if mod is None:
                continue
            d = _dict(mod.__dict__)
            # Module-private state may legitimately change (caches, lazy submodules).
            snap[name] = {k: _id(v) for k, v in d.items() if not k.startswith("_")
                          or _isinstance(v, _types.FunctionType)}
            snap[name + "/module"] = True
            for k, v in d.items():
                if _isinstance(v, _type) and _getattr(v, "__module__", None) == name:
                    # ABCs cache isinstance answers in _abc_* slots of every class they
                    # touch; that is bookkeeping, not tampering.
                    snap[name + "." + k] = {ck: _id(cv) for ck, cv in _dict(v.__dict__).items()
                                            if not ck.startswith("_abc_")}
        return snap

    def added_attribute(key, items, now, is_module):
        """A new attribute on a watched class (a __getattribute__ that turns asserts into
        no-ops) is tampering; on a module only a newly imported submodule is allowed."""
        for attr in now:
            if attr in items:
                continue
            if not is_module and not attr.startswith("_abc_"):
                return attr
            if is_module:
                # unittest loads IsolatedAsyncioTestCase on first use, from its own package
                value = _getattr(_sys.modules.get(key), attr, None)
                home = _getattr(value, "__module__", None)
                if not (_isinstance(value, _types.ModuleType) or (_isinstance(home, _str) and (
                        home == key or home.startswith(key + ".")))):
                    return attr
        return None

    def snapshot_diff(before, after):
        for key, items in before.items():
            if key.endswith("/module"):
                continue
            now = after.get(key)
            if now is None:
                return key
            for attr, ident in items.items():
                if now.get(attr) != ident:
                    return key + "." + attr
            added = added_attribute(key, items, now, (key + "/module") in before)
            if added is not None:
                return key + "." + added
        return None

    # --- AST policy ---------------------------------------------------------------------------
    def first_forbidden(tree, constraints):
        """Returns (rule, message, line, is_sandbox) for the first broken rule, or None."""
        by_kind = {}
        for c in constraints:
            by_kind.setdefault(c["forbid"], {})[c["name"]] = c["message"]
        builtins_ = by_kind.get("builtin", {})
        calls = by_kind.get("call", {})
        imports = by_kind.get("import", {})
        syntax = by_kind.get("syntax", {})
        for node in _ast.walk(tree):
            line = _getattr(node, "lineno", 0)
            kind = _type(node).__name__
            if kind in syntax:
                return (kind, syntax[kind], line, False)
            if _isinstance(node, _ast.Name):
                if node.id in builtins_:
                    return (node.id, builtins_[node.id], line, False)
                if node.id in INTERNAL_ATTRS:
                    return ("host", "access to interpreter internals (" + node.id +
                            ") is not allowed", line, True)
            elif _isinstance(node, _ast.Attribute):
                if node.attr in INTERNAL_ATTRS:
                    return ("host", "access to interpreter internals (." + node.attr +
                            ") is not allowed", line, True)
                if node.attr in calls:
                    return (node.attr, calls[node.attr], line, False)
            elif _isinstance(node, (_ast.Import, _ast.ImportFrom)):
                names = []
                if _isinstance(node, _ast.Import):
                    names = [a.name for a in node.names]
                elif node.module:
                    names = [node.module] + [node.module + "." + a.name for a in node.names]
                for full in names:
                    for mod, msg in imports.items():
                        if full == mod or full.startswith(mod + "."):
                            return (mod, msg, line, False)
                    rule = sandbox_rule_for_import(full)
                    if rule:
                        return (rule, "importing " + full + " is not allowed in the sandbox",
                                line, True)
        return None

    def listed_module(full):
        """The listed module a forbidden import name falls under ("socket" for "socket.x"):
        messages name it, never the rest of a name the user's code may have built."""
        parts = full.split(".")
        for i in _range(1, _len(parts) + 1):
            prefix = ".".join(parts[:i])
            if prefix in SANDBOX_IMPORTS:
                return prefix
        return parts[0][:40]

    def sandbox_rule_for_import(full):
        if full in ALLOWED_SUBMODULES:
            return None
        parts = full.split(".")
        for i in _range(_len(parts), 0, -1):
            prefix = ".".join(parts[:i])
            if prefix in ALLOWED_SUBMODULES:
                return None
            rule = SANDBOX_IMPORTS.get(prefix)
            if rule:
                return rule
        return None

    # --- guarded builtins for user code -----------------------------------------------------
    # GraalPy ignores a custom __builtins__ in a module's globals, so the guards are installed
    # on the builtins module itself (every context is fresh and thrown away afterwards). Each
    # guard applies only when its caller is the user's code, so the standard library keeps
    # working: unittest.mock may import inspect, linecache may open source files.
    _getframe = _sys._getframe

    def innermost_user_frame(depth):
        """The innermost frame of the user's code at or above `depth` (counted from the caller
        of this function), or None; at most 400 frames are looked at."""
        try:
            f = _getframe(depth + 1)
        except _BaseException:
            return None
        seen = 0
        while f is not None and seen < 400:
            if f.f_code.co_filename == USER_FILE:
                return f
            f = f.f_back
            seen += 1
        return None

    def user_frame_line():
        """The line of the innermost frame of the user's code on the stack, or 0."""
        f = innermost_user_frame(1)
        return 0 if f is None else f.f_lineno

    def user_anywhere():
        """Is the user's code on the stack, however deep (a callback, a Mock side effect)?"""
        return innermost_user_frame(2) is not None

    def called_from_user(depth=2):
        try:
            return _getframe(depth).f_code.co_filename == USER_FILE
        except _BaseException:
            return False

    def install_guards(state, constraints):
        forbidden_builtins = {c["name"]: c["message"] for c in constraints
                              if c["forbid"] == "builtin"}

        def violate(rule, message):
            v = Violation(rule, message, user_frame_line())
            if state.violation is None:
                state.violation = v
            raise v

        def guarded_open(*a, **k):
            if called_from_user():
                # The argument is not echoed: it could carry a hidden test's input out.
                violate("file", "file access is not allowed: open()")
            return _open(*a, **k)

        def guarded_import(name, globals=None, locals=None, fromlist=(), level=0):
            from_user = ((_isinstance(globals, _dict) and globals.get("__file__") == USER_FILE)
                         or called_from_user())
            if from_user and level == 0:
                full = [name] + [name + "." + f for f in (fromlist or ())
                                 if _isinstance(f, _str)]
                for f in full:
                    rule = sandbox_rule_for_import(f)
                    if rule:
                        violate(rule, "importing " + listed_module(f) +
                                " is not allowed in the sandbox")
                for c in constraints:
                    if c["forbid"] == "import" and (name == c["name"] or
                                                    name.startswith(c["name"] + ".")):
                        violate(c["name"], c["message"])
            module = _import(name, globals, locals, fromlist, level)
            ensure_asyncio()
            guard_introspection()
            return module

        call_rules = {c["name"]: c["message"] for c in constraints if c["forbid"] == "call"}
        introspection["calls"] = call_rules

        def guarded_getattr(obj, name, *default):
            if _isinstance(name, _str) and called_from_user():
                if name in INTERNAL_ATTRS:
                    violate("host", "access to interpreter internals (." + name +
                            ") is not allowed")
                if name in call_rules:
                    violate(name, call_rules[name])  # getattr(x, "sort")() is still .sort()
            return _getattr(obj, name, *default)

        def checked_code(source, mode):
            if not _isinstance(source, (_str, _bytes)):
                violate("host", "only source text can be evaluated")
            tree = _ast.parse(source, USER_FILE, mode)
            bad = first_forbidden(tree, constraints)
            if bad:
                violate(bad[0], bad[1])
            return _compile(tree, USER_FILE, mode)

        def caller_namespace(g, l):
            if g is not None:
                return g, l
            frame = _getframe(2)
            return frame.f_globals, (frame.f_locals if l is None else l)

        def guarded_eval(source, g=None, l=None):
            if not called_from_user():
                return _eval(source, *caller_namespace(g, l))
            return _eval(checked_code(source, "eval"), *caller_namespace(g, l))

        def guarded_exec(source, g=None, l=None):
            if not called_from_user():
                return _exec(source, *caller_namespace(g, l))
            return _exec(checked_code(source, "exec"), *caller_namespace(g, l))

        def guarded_compile(source, filename, mode, *a, **k):
            if not called_from_user():
                return _compile(source, filename, mode, *a, **k)
            return checked_code(source, mode)

        def forbidden(name, message, original):
            def guard(*a, **k):
                if called_from_user():
                    violate(name, message)
                return original(*a, **k)
            return guard

        def user_input(*a):
            if called_from_user():
                return forbidden_input()
            return _input(*a)

        guards = {"open": guarded_open, "__import__": guarded_import,
                  "getattr": guarded_getattr, "eval": guarded_eval, "exec": guarded_exec,
                  "compile": guarded_compile, "input": user_input,
                  "breakpoint": forbidden("host", "breakpoint() is not available",
                                          _builtins.breakpoint)}
        for name, msg in forbidden_builtins.items():
            if _hasattr(_builtins, name):
                guards[name] = forbidden(name, msg, _getattr(_builtins, name))
        for name, fn in guards.items():
            _setattr(_builtins, name, fn)
        introspection["violate"] = violate
        introspection["imports"] = {c["name"]: c["message"] for c in constraints
                                    if c["forbid"] == "import"}
        hide_engine_modules()
        guard_introspection()
        activate_host_guards(violate)  # CPython only; see the host-CPython section below
        if call_rules:
            watch_method_calls(call_rules, violate)

    # Modules of the engine itself (GraalPy's __graalpython__ can mark shared code as builtin
    # for every later interpreter of the engine). Imports of them are refused by name; this also
    # takes the loaded ones out of sys.modules, so user code does not find them there.
    ENGINE_MODULES = ("__graalpython__", "polyglot", "_polyglot", "java")

    def hide_engine_modules():
        if IMPLEMENTATION == "cpython":
            return
        for name in ENGINE_MODULES:
            _sys.modules.pop(name, None)

    def watch_method_calls(call_rules, violate):
        """A forbidden method reached at run time without its name in the source (through
        vars(list)["sort"], say): a profile hook sees every call of a builtin from user code."""
        def profile(frame, event, arg):
            if event == "c_call" and frame.f_code.co_filename == USER_FILE:
                name = _getattr(arg, "__name__", None)
                if _isinstance(name, _str) and name in call_rules:
                    violate(name, call_rules[name])
        _setprofile(profile)

    _input = input
    _setattr = setattr
    _setprofile = _sys.setprofile

    # --- frames and introspection --------------------------------------------------------------
    # The harness's own frames hold the request and the test results. Frames are reached through
    # sys._getframe and tracing, through inspect, traceback and gc helpers, and through attribute
    # access by computed name (operator.attrgetter). Each door is guarded: the user's code may
    # not use it, and library code running under the user's code may not hand frames out.
    introspection = {"violate": None, "guarded": set(), "calls": {}, "imports": {}}
    STACK_ONLY = ("_getframe", "_current_frames", "settrace", "setprofile", "_getframemodulename",
                  "call_tracing")
    REFUSED_UNDER_USER = {
        "inspect": ("stack", "trace", "currentframe", "getouterframes", "getinnerframes",
                    "getargvalues", "getframeinfo", "getclosurevars"),
        "gc": ("get_referrers", "get_referents", "get_objects"),
    }
    # asyncio and unittest.mock walk the stack for their own bookkeeping under the user's code;
    # only the user's own call is refused (the frames it yields are closed by the other doors).
    REFUSED_TO_USER = {"traceback": ("walk_stack", "walk_tb")}

    def refusing(label, original, when):
        """`original`, refused with a host violation when `when()` says so (called_from_user:
        the user's own call; user_anywhere: anything under the user's code)."""
        def guard(*a, **k):
            if when():
                introspection["violate"]("host", "access to interpreter internals (" + label +
                                         ") is not allowed")
            return original(*a, **k)
        return guard

    def depth_guard(label, original):
        """sys._getframe and _getframemodulename count frames from their caller: the guard's own
        frame is skipped, so library code (typing, enum, namedtuple) sees what it always saw."""
        def guard(depth=0):
            if called_from_user():
                introspection["violate"]("host", "access to interpreter internals (" + label +
                                         ") is not allowed")
            return original(depth + 1)
        return guard

    def internal_name(name):
        return _isinstance(name, _str) and any(part in INTERNAL_ATTRS for part in name.split("."))

    def attr_guard(original):
        def guard(*names, **k):
            for n in names:
                if internal_name(n) and user_anywhere():
                    introspection["violate"]("host", "access to interpreter internals (" +
                                             _str(n)[:40] + ") is not allowed")
                calls = introspection["calls"]
                if _isinstance(n, _str) and n in calls and user_anywhere():
                    introspection["violate"](n, calls[n])
            return original(*names, **k)
        return guard

    def forbid_module(modname, message):
        """A module the question forbids, reached without an import (sys.modules["math"]):
        each of its callables refuses a call from the user's own code."""
        mod = _sys.modules.get(modname)
        if mod is None or not fully_imported(mod):
            return False
        for attr, value in _list(mod.__dict__.items()):
            if attr.startswith("__") or not callable(value):
                continue
            _setattr(mod, attr, refusing_call(modname, message, value))
        return True

    def refusing_call(rule, message, original):
        def guard(*a, **k):
            if called_from_user():
                introspection["violate"](rule, message)
            return original(*a, **k)
        return guard

    def fully_imported(mod):
        return not _getattr(_getattr(mod, "__spec__", None), "_initializing", False)

    def guard_introspection():
        """Installs the guards on every loaded module that has one of the doors; runs again
        after each import, so a module loaded later is guarded before it is used."""
        if introspection["violate"] is None:
            return
        done = introspection["guarded"]
        for modname, message in introspection["imports"].items():
            if "forbidden:" + modname not in done and forbid_module(modname, message):
                done.add("forbidden:" + modname)
        if "sys" not in done:
            done.add("sys")
            for name in STACK_ONLY:
                if _hasattr(_sys, name):
                    original = _getattr(_sys, name)
                    # tracing and the frame table see every frame; nothing under the user needs them
                    _setattr(_sys, name, depth_guard("sys." + name, original)
                             if name in ("_getframe", "_getframemodulename")
                             else refusing("sys." + name, original, user_anywhere))
        for modname in ("operator", "_operator"):
            mod = _sys.modules.get(modname)
            if mod is not None and modname not in done and fully_imported(mod):
                done.add(modname)
                for name in ("attrgetter", "methodcaller"):
                    if _hasattr(mod, name):
                        _setattr(mod, name, attr_guard(_getattr(mod, name)))
        for modname, names in REFUSED_TO_USER.items():
            mod = _sys.modules.get(modname)
            if mod is not None and modname + "/direct" not in done and fully_imported(mod):
                done.add(modname + "/direct")
                for name in names:
                    if _hasattr(mod, name):
                        _setattr(mod, name, refusing(modname + "." + name,
                                                     _getattr(mod, name), called_from_user))
        for modname, names in REFUSED_UNDER_USER.items():
            mod = _sys.modules.get(modname)
            # A module still being imported lacks some names; it is guarded once complete.
            if mod is not None and modname not in done and fully_imported(mod):
                done.add(modname)
                for name in names:
                    if _hasattr(mod, name):
                        _setattr(mod, name, refusing(modname + "." + name,
                                                     _getattr(mod, name), user_anywhere))
        tb = _sys.modules.get("traceback")
        if tb is not None and "traceback.locals" not in done and _hasattr(tb, "StackSummary"):
            done.add("traceback.locals")
            extract = tb.StackSummary.__dict__["extract"].__func__

            def guarded_extract(klass, frame_gen, *a, **k):
                if k.get("capture_locals") and user_anywhere():
                    introspection["violate"]("host", "access to interpreter internals "
                                             "(capture_locals) is not allowed")
                return extract(klass, frame_gen, *a, **k)
            tb.StackSummary.extract = classmethod(guarded_extract)

    def forbidden_input(*a):
        raise EOFError("input() is not available: the grader calls your function directly, so "
                       "take values as parameters instead of reading them")

    # --- errors ------------------------------------------------------------------------------
    def user_line(tb):
        line = 0
        while tb is not None:
            if tb.tb_frame.f_code.co_filename == USER_FILE:
                line = tb.tb_lineno
            tb = tb.tb_next
        return line

    _type_name_of = _type.__dict__["__name__"].__get__

    def safe_type_name(exc):
        """The exception's class name as the type itself knows it: a metaclass cannot fake it."""
        try:
            return _type_name_of(_type(exc))
        except _BaseException:
            return "Exception"

    def error_info(exc):
        # Only the innermost frames matter, and a recursion error has a thousand of them.
        try:
            frames = [f for f in lazy_module("traceback").extract_tb(exc.__traceback__,
                                                                     limit=-12)
                      if f.filename == USER_FILE]
        except _BaseException:
            frames = []  # a traceback the user's code tampered with
        lines = []
        for f in frames[-8:]:
            text = ("line " + _str(f.lineno) + ", in " + f.name +
                    (("\n    " + f.line) if f.line else ""))
            lines.append(text)
        msg = safe_str(exc)
        name = safe_type_name(exc)
        tb_text = "\n".join(lines + [name + (": " + msg if msg else "")])
        mro = []
        for c in _type.__dict__["__mro__"].__get__(_type(exc)):
            try:
                mro.append(_type_name_of(c))
            except _BaseException:
                pass
        return {"type": name, "message": msg,
                "line": user_line(exc.__traceback__), "column": 0, "traceback": tb_text,
                "mro": mro}

    def safe_str(obj, limit=300):
        try:
            s = _str.__str__(obj) if _isinstance(obj, _str) else _str(obj)
        except _BaseException:
            s = "<unprintable>"
        if not _isinstance(s, _str):
            s = "<unprintable>"
        return s if _len(s) <= limit else s[:limit] + "…"

    def safe_repr(obj, limit=300):
        try:
            s = _repr(obj)
            if not _isinstance(s, _str):
                s = "<unrepresentable>"
            else:
                s = _str.__getitem__(s, slice(None))
        except _BaseException:
            s = "<unrepresentable " + _type(obj).__name__ + ">"
        return s if _len(s) <= limit else s[:limit] + "…"

    def sandbox_denial(exc):
        """Classifies an exception raised by the backend's own sandbox, or returns None."""
        if _isinstance(exc, Violation):
            return (exc.rule, exc.message)
        msg = safe_str(exc)
        if _isinstance(exc, PermissionError) and _getattr(exc, "errno", None) in (
                _errno.EPERM, _errno.EACCES):
            return ("file", "file access is not allowed (" + msg + ")")
        if "host lookup is not allowed" in msg or "polyglot access is not allowed" in msg:
            return ("host", "access to the host is not allowed (" + msg + ")")
        if "was excluded" in msg and ("socket" in msg or "getaddrinfo" in msg):
            return ("network", "network access is not allowed")
        return None

    # --- canonical values ----------------------------------------------------------------------
    MAX_NODES = 200000

    def canon(value, budget=None):
        if budget is None:
            budget = [MAX_NODES]
        budget[0] -= 1
        if budget[0] < 0:
            raise ValueError("value too large to compare")
        t = _type(value)
        if value is None:
            return {"t": "None"}
        if t is _bool:
            return {"t": "bool", "v": value is True}
        if _isinstance(value, _bool):
            return {"t": "bool", "v": _bool.__bool__(value)}
        if _isinstance(value, _int):
            return {"t": "int", "v": _int.__repr__(value)}
        if _isinstance(value, _float):
            f = _float.__float__(value)
            if f != f:
                return {"t": "float", "v": "nan"}
            if f in (_float("inf"), _float("-inf")):
                return {"t": "float", "v": "inf" if f > 0 else "-inf"}
            return {"t": "float", "v": f}
        if _isinstance(value, _complex):
            return {"t": "complex", "re": value.real, "im": value.imag}
        if _isinstance(value, _str):
            return {"t": "str", "v": _str.__getitem__(value, slice(None))}
        if _isinstance(value, (_bytes, bytearray)):
            return {"t": "bytes", "v": _bytes(value).hex()}
        if _isinstance(value, _tuple):
            return {"t": "tuple", "v": [canon(x, budget) for x in _tuple.__iter__(value)]}
        if _isinstance(value, _list):
            return {"t": "list", "v": [canon(x, budget) for x in _list.__iter__(value)]}
        if _isinstance(value, _dict):
            return {"t": "dict", "v": [[canon(k, budget), canon(v, budget)]
                                       for k, v in _dict.items(value)]}
        if _isinstance(value, _frozenset):
            return {"t": "frozenset", "v": [canon(x, budget) for x in _frozenset.__iter__(value)]}
        if _isinstance(value, _set):
            return {"t": "set", "v": [canon(x, budget) for x in _set.__iter__(value)]}
        if _isinstance(value, _range):
            return {"t": "range", "v": [value.start, value.stop, value.step]}
        mod = _getattr(t, "__module__", "") or ""
        name = mod + "." + t.__qualname__
        extra = canon_library(value, t, mod, budget)
        if extra is not None:
            return extra
        if name in ("decimal.Decimal", "fractions.Fraction", "datetime.date",
                    "datetime.datetime", "datetime.time", "datetime.timedelta", "uuid.UUID"):
            return {"t": name, "v": safe_repr(value, 1000)}
        # Anything else (including user classes) is compared by identity of type and never
        # equals a plain value: this is what defeats an __eq__ that always says yes.
        return {"t": "object", "type": name, "id": _id(value)}

    def canon_library(value, t, mod, budget):
        root = mod.split(".")[0]
        if root == "numpy":
            np = _sys.modules.get("numpy")
            if np is not None and _isinstance(value, np.ndarray):
                return {"t": "ndarray", "dtype": value.dtype.kind, "shape": _list(value.shape),
                        "v": canon(value.tolist(), budget)}
            if np is not None and _isinstance(value, np.generic):
                return canon(value.item(), budget)
        if root == "pandas":
            pd = _sys.modules.get("pandas")
            if pd is not None and _isinstance(value, pd.DataFrame):
                return {"t": "DataFrame", "columns": canon(_list(value.columns), budget),
                        "index": canon(_list(value.index), budget),
                        "v": canon(value.to_numpy().tolist(), budget)}
            if pd is not None and _isinstance(value, pd.Series):
                return {"t": "Series", "name": canon(value.name, budget),
                        "index": canon(_list(value.index), budget),
                        "v": canon(value.tolist(), budget)}
        return None

    # --- running code --------------------------------------------------------------------------
    def split_last_expression(source):
        tree = _ast.parse(source, "<test>", "exec")
        last = None
        if tree.body and _isinstance(tree.body[-1], _ast.Expr):
            last = _ast.Expression(tree.body.pop().value)
        body = _compile(tree, "<test>", "exec")
        expr = _compile(last, "<test>", "eval") if last is not None else None
        return body, expr

    class Capture:
        """Swaps sys.stdout/stderr/stdin for the duration of a block."""

        def __init__(self, writer):
            self.writer = writer

        def __enter__(self):
            self.saved = (_sys.stdout, _sys.stderr, _sys.stdin)
            _sys.stdout = self.writer
            _sys.stderr = self.writer
            _sys.stdin = EmptyStdin()
            return self.writer

        def __exit__(self, *exc):
            _sys.stdout, _sys.stderr, _sys.stdin = self.saved
            return False

    # --- the session ----------------------------------------------------------------------------
    # Java drives one interpreter through a conversation (docs/harness-protocol.md): `load` runs
    # the user's module, each `case` runs one call, `tests` runs a unittest module, `finish`
    # reports tampering. Java sends each case only when its turn comes, so no case other than
    # the running one, no expected value and no reference is ever in this interpreter. Every
    # reply is a claim: Java compares the values and decides the verdict.
    session = {"state": None, "keep": 2000, "constraints": [], "mod": None, "base": None,
               "before": None, "style": "script"}

    def handle(message_json):
        try:
            msg = _loads(message_json)
            reply = dispatch(msg)
        except _MemoryError:
            reply = {"status": "memory_limit"}
        except _BaseException as e:
            # Only user code can make an operation escape (a KeyboardInterrupt from a test, an
            # exception whose __str__ raises): the user's failure, never the grader's.
            reply = {"status": "runtime_error", "error": error_info(e)}
        try:
            reply["nonce"] = msg.get("nonce")
        except _BaseException:
            pass
        return _dumps(reply)

    def dispatch(msg):
        op = msg.get("op", "")
        if op == "probe":
            return probe(msg)
        if op == "expect":
            return expect(msg)
        if op == "generate":
            return generate(msg)
        if op == "selftest":
            return selftest()
        if op == "load":
            return load(msg)
        if session["state"] is None:
            return {"status": "internal", "message": "no code loaded"}
        if op == "case":
            return late_status(run_case(msg))
        if op == "tests":
            return late_status(run_tests(msg))
        if op == "finish":
            return finish()
        return {"status": "internal", "message": "unknown operation"}

    def probe(req):
        if req.get("prepare"):
            prepare_frameworks(req.get("packages", []))  # CPython driver: set up before the clock
        found = {}
        for name in req.get("packages", []):
            try:
                m = _import(module_for(name), fromlist=["_"])
                found[name] = package_version(name, m) if req.get("versions", True) else ""
            except _BaseException:
                pass
        return {"packages": found, "implementation": IMPLEMENTATION,
                "version": _sys.version.split()[0]}

    EXPECT_MODULES = ("math", "collections", "datetime", "decimal", "fractions")
    EXPECT_NAMES = {"collections": ("Counter", "OrderedDict", "defaultdict", "deque",
                                    "namedtuple"),
                    "datetime": ("date", "time", "timedelta", "timezone"),
                    "decimal": ("Decimal",), "fractions": ("Fraction",), "math": ("inf", "pi")}

    def expect(req):
        """Evaluates expected values. Runs only in an interpreter that never sees user code."""
        ns = {"__builtins__": _builtins}
        for m in EXPECT_MODULES + _tuple(module_for(r) for r in req.get("requires", [])):
            ns[m] = _import(m)
            for sub in m.split(".")[1:]:
                ns[m] = _getattr(ns[m], sub)
        if "numpy" in ns:
            ns["np"] = ns["numpy"]
        if "pandas" in ns:
            ns["pd"] = ns["pandas"]
        for m, names in EXPECT_NAMES.items():
            for k in names:
                ns.setdefault(k, _getattr(ns[m], k))
        out = []
        for i, item in enumerate(req.get("expected", [])):
            try:
                v = _eval(_compile(item, "<expected " + _str(i + 1) + ">", "eval"), _dict(ns))
                out.append({"ok": True, "value": canon(v), "repr": safe_repr(v)})
            except _BaseException as e:
                out.append({"ok": False, "error": _type(e).__name__ + ": " + safe_str(e)})
        return {"expected": out}

    def generate(req):
        """Builds a question's random cases and their expected values. Runs only in the
        answer-key interpreter, which never sees user code: the generator and the reference are
        the question's own. Each case's call binds `args` to the generated tuple as a Python
        literal, so the user's interpreter later runs exactly the text the reference ran."""
        writer = CappedWriter(State(1 << 30), 0)  # the reference's prints are not part of it
        try:
            gen_ns = {"__builtins__": _builtins, "__name__": "generator"}
            _exec(_compile(req.get("generator", ""), "<generator>", "exec"), gen_ns)
            make = gen_ns.get("generate")
            if not callable(make):
                return {"error": "the generator defines no generate(rng, i)"}
            ref_ns = {"__builtins__": _builtins, "__name__": "solution"}
            with Capture(writer):
                _exec(_compile(req.get("reference", ""), "<reference>", "exec"), ref_ns)
            rng = lazy_module("random").Random(req.get("seed", 0))
        except _BaseException as e:
            return {"error": _type(e).__name__ + ": " + safe_str(e)}
        out = []
        for i in _range(_int(req.get("count", 0))):
            try:
                args = make(rng, i)
                if _type(args) is not _tuple:
                    raise TypeError("generate(rng, " + _str(i) + ") returned a "
                                    + _type(args).__name__ + ", not the argument tuple")
                literal = _repr(args)
                if _dumps(canon(_eval(literal, {"__builtins__": {}}))) != _dumps(canon(args)):
                    raise ValueError("the arguments of case " + _str(i + 1)
                                     + " do not survive repr(): use plain values")
                call = "args = " + literal + "\n" + req.get("call", "")
                body, expr = split_last_expression(call)
                ns = _dict(ref_ns)
                try:
                    with Capture(writer):
                        _exec(body, ns)
                        value = _eval(expr, ns) if expr is not None else None
                except _Exception as e:
                    # The reference raising is the expected outcome only for a type the
                    # question lists (ValueError for an empty list, say); anything else is a
                    # bug in the generator or the reference.
                    if _type(e).__name__ not in req.get("raises", []):
                        raise
                    out.append({"ok": True, "call": call, "raises": _type(e).__name__})
                    continue
                out.append({"ok": True, "call": call, "value": canon(value),
                            "repr": safe_repr(value)})
            except _BaseException as e:
                out.append({"ok": False, "error": "random case " + _str(i + 1) + ": "
                            + _type(e).__name__ + ": " + safe_str(e)})
                break
        return {"random": out}

    # A canary for engines whose compiled code is shared between interpreters (GraalPy): code
    # that one submission could have corrupted for everyone after it (marking library functions
    # as builtins, say) must still behave exactly so before the next submission runs here. It
    # uses only modules the harness has already loaded (namedtuple and enum walk frames as
    # typing and dataclasses do), so it costs milliseconds, not an import of typing.
    SELFTEST_CODE = """
import collections, enum, functools, sys
P = collections.namedtuple("P", "x y")
class Color(enum.Enum):
    RED = 1
    BLUE = 2
@functools.lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
result = (P(1, 2)._asdict(), [c.name for c in Color], fib(25), isinstance(P(1, 2), tuple),
          P.__module__, Color.RED.__class__.__module__, sorted({3, 1, 2}), repr(P(3, 4)))
"""

    def selftest():
        state = State(65536)
        install_guards(state, [])
        ns = {"__name__": "selftest", "__file__": USER_FILE}
        writer = CappedWriter(state, 100)
        with Capture(writer):
            _exec(_compile(SELFTEST_CODE, USER_FILE, "exec"), ns)
        return {"status": "ok", "fingerprint": safe_repr(ns["result"], 2000),
                "violation": None if state.violation is None else state.violation.rule}

    def load(req):
        """Compiles and runs the user's module; the interpreter is the user's from here on."""
        state = State(_int(req.get("output_limit", 65536)))
        keep = _int(req.get("test_output_chars", 2000))
        constraints = req.get("constraints", [])
        style = req.get("style", "script")
        source = req.get("source", "")
        session.update({"state": state, "keep": keep, "constraints": constraints,
                        "style": style, "mod": None, "base": None, "before": None})
        result = {"status": "ok", "output": ""}
        if not source.strip():
            result["status"] = "no_code"
            return result
        _sys.argv = ["solution"]
        prepare_frameworks(req.get("requires") or [])  # see the host-CPython section below
        if style == "test-writing":
            # The code under test: one implementation, unlabeled (Java decides what it is).
            target = _types.ModuleType(req.get("module_name", "target"))
            _exec(_compile(req.get("implementation", ""), "<" + target.__name__ + ">", "exec"),
                  target.__dict__)
            _sys.modules[target.__name__] = target
        code_obj = compile_user(source, constraints, result)
        if code_obj is None:
            return result
        if style in ("unittest", "test-writing"):
            lazy_module("unittest")  # loaded before the snapshot, so tampering with it shows
        if style == "unittest":
            install_strict_asserts()
            install_user_modules(req.get("extra_modules") or {}, state, constraints)
        install_guards(state, constraints)
        session["before"] = snapshot()
        top = CappedWriter(state, keep)
        name = "test_solution" if style == "test-writing" else (
            req.get("solution_module") or "solution")
        try:
            mod = new_module(name, code_obj, top, style == "test-writing")
        except _BaseException as e:
            result["output"] = top.text()
            finish_with_exception(e, state, result, top)
            return result
        result["output"] = top.text()
        session["mod"] = mod
        session["base"] = _dict(mod.__dict__)
        return late_status(result)

    def late_status(result):
        """A limit crossed or a rule broken decides the status, even if user code caught it."""
        state = session["state"]
        if result.get("status") not in (None, "ok"):
            return result
        if state.exceeded:
            result["status"] = "output_limit"
        elif state.out_of_memory and state.violation is None:
            result["status"] = "memory_limit"
        elif state.violation is not None:
            v = state.violation
            result["status"] = "sandbox" if v.rule in SANDBOX_RULES else "forbidden"
            result["violation"] = {"rule": v.rule, "message": v.message, "line": v.line}
        return result

    SANDBOX_RULES = tuple(name for name, rule in policy["rules"].items() if rule["sandbox"] == "yes")

    def finish():
        result = late_status({"status": "ok"})
        if result["status"] == "ok" and session["before"] is not None:
            changed = snapshot_diff(session["before"], snapshot())
            if changed:
                result["status"] = "forbidden"
                result["violation"] = {"rule": "tampering",
                                       "message": "your code modified " + changed +
                                                  ", which the grader relies on", "line": 0}
        return result

    def cpython_position(source, e):
        """The line and column CPython reports for a syntax error. GraalPy's parser blames the
        token after a missing colon (the first token of the next line) and puts an unexpected
        indent at line 1; both are corrected from the tokens, which every engine reads alike.
        Positions CPython itself reported pass through unchanged."""
        line, column = e.lineno or 0, e.offset or 0
        try:
            if e.msg == "expected ':'":
                end = line_end_before(source, line, column)
                if end is not None and end[0] < line:
                    return end[0], end[1] + 1
            elif e.msg == "unexpected indent":
                found = first_unexpected_indent(source)
                if found is not None:
                    return found
        except _Exception:  # the tokenizer gave up too (TokenError, bad dedent): keep the
            pass  # parser's position
        return line, column

    def code_tokens(source):
        """The source's tokens without blank-line breaks."""
        tk = lazy_module("tokenize")
        for tok in tk.generate_tokens(_io.StringIO(source).readline):
            if tok.type != tk.NL:
                yield tok

    def line_end_before(source, line, column):
        """Where the last logical line before the 1-based (line, column) ends, as CPython's
        tokenizer sees it: at its comment when it has one, else at its line break. A missing
        colon is reported there. (line, 0-based column), or None."""
        tk = lazy_module("tokenize")
        end = None
        for tok in code_tokens(source):
            if tok.start >= (line, column - 1) or tok.type == tk.ENDMARKER:
                break
            if tok.type in (tk.COMMENT, tk.NEWLINE):
                end = tok.start if end is None else end
            elif tok.type not in (tk.INDENT, tk.DEDENT):
                end = None
        return end

    def first_unexpected_indent(source):
        """(line, column) of the first indented line that does not follow a colon, where CPython
        reports "unexpected indent" (the column is the indentation's length)."""
        tk = lazy_module("tokenize")
        previous = None
        for tok in code_tokens(source):
            if tok.type == tk.INDENT:
                if previous is None or previous.string != ":":
                    return tok.start[0], _len(tok.string)
            elif tok.type not in (tk.NEWLINE, tk.DEDENT, tk.COMMENT):
                previous = tok
        return None

    def source_line(source, line):
        """The text of a 1-based line."""
        lines = source.split("\n")
        return lines[line - 1] if 1 <= line <= _len(lines) else ""

    def compile_user(source, constraints, result):
        """Parses and checks the user's code; fills result and returns None on failure."""
        try:
            tree = _ast.parse(source, USER_FILE, "exec")
        except SyntaxError as e:
            line, column = cpython_position(source, e)
            result["status"] = "syntax_error"
            result["error"] = {"type": _type(e).__name__, "message": e.msg or "invalid syntax",
                               "line": line, "column": column,
                               "traceback": ((e.text or "") if line == e.lineno else
                                             source_line(source, line)).rstrip("\n")}
            return None
        except (ValueError, _RecursionError, _MemoryError) as e:
            result["status"] = "syntax_error"
            result["error"] = {"type": "SyntaxError", "message": safe_str(e), "line": 0,
                               "column": 0, "traceback": ""}
            return None
        bad = first_forbidden(tree, constraints)
        if bad:
            result["status"] = "sandbox" if bad[3] else "forbidden"
            result["violation"] = {"rule": bad[0], "message": bad[1], "line": bad[2]}
            return None
        return _compile(tree, USER_FILE, "exec")

    def install_user_modules(sources, state, constraints):
        """Makes further user modules importable by name, in any order, on first import."""
        if not sources:
            return
        machinery = lazy_module("importlib.machinery")

        class UserModules:
            def find_spec(self, name, path=None, target=None):
                if name in sources:
                    return machinery.ModuleSpec(name, self)
                return None

            def create_module(self, spec):
                return None

            def exec_module(self, module):
                module.__file__ = USER_FILE
                tree = _ast.parse(sources[module.__name__], USER_FILE, "exec")
                bad = first_forbidden(tree, constraints)
                if bad:
                    v = Violation(bad[0], module.__name__ + ": " + bad[1], bad[2])
                    if state.violation is None:
                        state.violation = v
                    raise v
                _exec(_compile(tree, USER_FILE, "exec"), module.__dict__)

        _sys.meta_path.insert(0, UserModules())

    def new_module(name, code_obj, writer, tolerate_exit=False):
        mod = _types.ModuleType(name)
        mod.__dict__["__file__"] = USER_FILE
        _sys.modules[name] = mod
        with Capture(writer):
            try:
                _exec(code_obj, mod.__dict__)
            except _SystemExit:
                if not tolerate_exit:
                    raise
                # a stray unittest.main() at the end of a test module: the classes exist
        return mod

    def finish_with_exception(e, state, result, writer):
        """Maps an exception that escaped user code onto the result status."""
        if state.exceeded or _isinstance(e, OutputLimit):
            result["status"] = "output_limit"
            return
        denial = sandbox_denial(e) or (
            (state.violation.rule, state.violation.message) if state.violation else None)
        if denial:
            result["status"] = "sandbox" if denial[0] in SANDBOX_RULES else "forbidden"
            result["violation"] = {"rule": denial[0], "message": denial[1],
                                   "line": user_line(e.__traceback__)}
            return
        result["status"] = "memory_limit" if _isinstance(e, _MemoryError) else "runtime_error"
        result["error"] = error_info(e)
        if _isinstance(e, _SystemExit):
            result["error"]["message"] = ("your code called exit(); return from your function "
                                          "instead, so the tests can run")

    def run_case(msg):
        """Runs one call in a fresh copy of the user's namespace and reports its value."""
        state = session["state"]
        writer = CappedWriter(state, session["keep"])
        entry = {"output": ""}
        ns = _dict(session["base"] or {})
        try:
            body, expr = split_last_expression(msg.get("call", ""))
            with Capture(writer):
                _exec(body, ns)
                value = _eval(expr, ns) if expr is not None else None
            entry["status"] = "value"
            entry["value"] = canon(value)
            entry["repr"] = safe_repr(value)
        except OutputLimit:
            state.exceeded = True
            entry["status"] = "output_limit"
        except _MemoryError:
            state.out_of_memory = True
            entry["status"] = "memory_limit"
        except _BaseException as e:
            entry["status"] = "raised"
            entry["exception"] = error_info(e)
            denial = sandbox_denial(e)
            if denial and state.violation is None:
                state.violation = Violation(denial[0], denial[1], user_line(e.__traceback__))
        entry["output"] = writer.text()
        return {"status": "ok", "case": entry}

    def run_tests(msg):
        """Runs unittest test methods: a given test module against the user's code (run-tests),
        or the user's own test module against the implementation loaded with it."""
        state = session["state"]
        result = {"status": "ok", "tests": []}
        if session["style"] == "test-writing":
            tests = ordered_tests(session["mod"].__dict__)
            for cls, name in tests:
                passed, message, out = run_one_test(cls, name, state, session["keep"])
                result["tests"].append({"name": name, "passed": passed, "message": message,
                                        "output": out, "hidden": False})
                if state.exceeded or state.violation is not None:
                    break
            return result
        run_unittest_module(msg.get("module", ""), state, session["keep"], result)
        return result

    # --- unittest ----------------------------------------------------------------------------
    # assertEqual asks the values themselves, so an answer returning an object whose __eq__
    # always says yes would pass. Before the user's code runs, the comparing asserts refuse a
    # value whose == comes from the user's code when it is compared with a value of another type.
    # (Comparing two of the user's own objects, to test their __eq__, still works.)
    PAIR_ASSERTS = ("assertEqual", "assertNotEqual", "assertAlmostEqual", "assertNotAlmostEqual",
                    "assertListEqual", "assertTupleEqual", "assertSequenceEqual",
                    "assertDictEqual")
    MEMBER_ASSERTS = ("assertIn", "assertNotIn")

    def user_eq(value):
        for slot in ("__eq__", "__ne__"):
            code = _getattr(_getattr(_type(value), slot, None), "__code__", None)
            if code is not None and _getattr(code, "co_filename", None) == USER_FILE:
                return True
        return False

    def disguised(a, b, depth=0):
        if depth > 50:
            return None
        ta, tb = _type(a), _type(b)
        if ta is not tb and (user_eq(a) or user_eq(b)):
            return a if user_eq(a) else b
        if ta is tb and (ta is _list or ta is _tuple) and _len(a) == _len(b):
            for i in _range(_len(a)):
                found = disguised(a[i], b[i], depth + 1)
                if found is not None:
                    return found
        if ta is tb is _dict and _len(a) == _len(b):
            for (ka, va), (kb, vb) in zip(_dict_items(a), _dict_items(b)):
                found = disguised(ka, kb, depth + 1)
                if found is None:
                    found = disguised(va, vb, depth + 1)
                if found is not None:
                    return found
        return None

    def strict_pair(original):
        def assert_pair(self, first, second, *a, **k):
            odd = disguised(first, second)
            if odd is not None:
                raise self.failureException(
                    "got a " + _type(odd).__name__ + " object whose == is your own code, "
                    "compared with a " + _type(second if odd is first else first).__name__ +
                    ": return the real value")
            return original(self, first, second, *a, **k)
        return assert_pair

    def strict_member(original):
        def assert_member(self, member, container, *a, **k):
            if _type(container) in (_list, _tuple, _set, _frozenset):
                for item in container:
                    odd = disguised(member, item)
                    if odd is not None:
                        raise self.failureException(
                            "got a " + _type(odd).__name__ + " object whose == is your own "
                            "code: return the real value")
            return original(self, member, container, *a, **k)
        return assert_member

    def install_strict_asserts():
        case = lazy_module("unittest").TestCase
        for name in PAIR_ASSERTS + MEMBER_ASSERTS:
            original = case.__dict__.get(name)
            if original is not None:
                _setattr(case, name, (strict_pair if name in PAIR_ASSERTS else strict_member)(
                    original))

    def new_collector():
        return lazy_module("unittest").TestResult()

    def ordered_tests(module_dict):
        """Test methods in declaration order: classes in module order, methods in class order."""
        found = []
        for obj in _list(module_dict.values()):
            if (_isinstance(obj, _type) and _issubclass(obj, lazy_module("unittest").TestCase)
                    and obj.__module__ == module_dict.get("__name__")):
                for name in _list(obj.__dict__):
                    if name.startswith("test") and callable(obj.__dict__[name]):
                        found.append((obj, name))
        return found

    def run_one_test(cls, name, state, keep):
        ensure_asyncio()
        writer = CappedWriter(state, keep)
        collector = new_collector()
        escaped = None
        with Capture(writer):
            try:
                test = cls(name)
                test.run(collector)
            except OutputLimit:
                state.exceeded = True
            except _MemoryError:
                state.out_of_memory = True
                escaped = "MemoryError"
            except _BaseException as e:
                # unittest lets KeyboardInterrupt and SystemExit through; they fail this test.
                escaped = safe_type_name(e) + (": " + safe_str(e) if safe_str(e) else "")
        problems = collector.failures + collector.errors
        if collector.errors and "MemoryError" in collector.errors[0][1].strip().splitlines()[-1]:
            state.out_of_memory = True
        # A skipped test is neither a pass nor a failure, as in CPython's own runner: it does
        # not fail the run. It is reported as passed with the reason.
        skipped = bool(collector.skipped) and not problems and escaped is None
        passed = skipped or (not problems and escaped is None and collector.testsRun == 1
                             and not collector.unexpectedSuccesses and not state.exceeded)
        message = ""
        if escaped is not None:
            message = escaped
        elif problems:
            message = summarise_failure(problems[0][1])
        elif skipped:
            message = "skipped: " + safe_str(collector.skipped[0][1])
        return passed, message, writer.text()

    def summarise_failure(text):
        lines = [l for l in text.strip().splitlines() if l.strip()]
        if not lines:
            return "failed"
        last = lines[-1]
        for l in lines:
            if "File \"<solution>\"" in l or "File \"<tests>\"" in l:
                pass
        return last if _len(last) <= 400 else last[:400] + "…"

    def run_unittest_module(module_source, state, keep, result):
        writer = CappedWriter(state, keep)
        try:
            code_obj = _compile(module_source, "<tests>", "exec")
            mod = _types.ModuleType("tests_module")
            with Capture(writer):
                _exec(code_obj, mod.__dict__)
        except _BaseException as e:
            result["status"] = "runtime_error"
            result["error"] = error_info(e)
            result["error"]["message"] = "the tests could not import your code: " + \
                result["error"]["message"]
            return
        # Visible tests run first, so nothing a hidden test passed in can come back out in a
        # visible test's message or output; results keep the declaration order.
        tests = ordered_tests(mod.__dict__)
        order = ([i for i in _range(_len(tests)) if not tests[i][1].startswith("test_hidden")] +
                 [i for i in _range(_len(tests)) if tests[i][1].startswith("test_hidden")])
        done = {}
        for i in order:
            cls, name = tests[i]
            passed, message, out = run_one_test(cls, name, state, keep)
            done[i] = {"name": name, "passed": passed, "hidden": name.startswith("test_hidden"),
                       "message": message, "output": out}
            if state.exceeded or state.violation is not None:
                break
        for i in _range(_len(tests)):
            if i not in done:
                break  # the run stopped early; the state says why
            result["tests"].append(done[i])

    # === host-CPython support: OS guards, package names, Flask/Django ========================
    # (owned by the cpython backend, dailypy.runner.cpython; see docs/sandbox.md)
    #
    # Under bubblewrap the OS denies by failing with errno values, empty directories or a
    # refused loopback connection, not with the verdicts GraalPy's context gives. A PEP 578
    # audit hook turns the user's file, process, network and thread attempts into the same
    # Violation, so both backends give the same SANDBOX verdict. A hook cannot be removed once
    # added. It is added just before user code runs, and only on CPython: GraalPy's context
    # denies these itself. The sandbox stays the real boundary; this is the first layer.
    PROCESS_EVENTS = _frozenset({
        "os.system", "os.exec", "os.spawn", "os.posix_spawn", "os.fork", "os.forkpty",
        "subprocess.Popen", "os.kill", "os.killpg", "pty.spawn", "os.startfile"})
    NETWORK_EVENTS = _frozenset({
        "socket.__new__", "socket.connect", "socket.bind", "socket.getaddrinfo",
        "socket.gethostbyname", "socket.gethostbyname_ex", "socket.gethostbyaddr",
        "socket.getnameinfo", "socket.sendto", "socket.sendmsg"})
    THREAD_EVENTS = _frozenset({"_thread.start_new_thread"})
    HOST_EVENTS = _frozenset({"os.putenv", "os.unsetenv", "ctypes.dlopen", "sys.addaudithook",
                              "sys.setprofile", "sys.settrace"})
    FILE_CHANGE_EVENTS = _frozenset({
        "os.remove", "os.rename", "os.mkdir", "os.rmdir", "os.chmod", "os.chown", "os.link",
        "os.symlink", "os.truncate", "os.utime", "os.chdir", "os.chflags", "os.lchflags",
        "os.lchmod", "shutil.copyfile", "shutil.copymode", "shutil.copystat", "shutil.move",
        "shutil.rmtree", "shutil.make_archive", "shutil.unpack_archive"})
    FILE_READ_EVENTS = _frozenset({"open", "os.listdir", "os.scandir", "glob.glob", "mmap.__new__",
                                   "sqlite3.connect"})
    # Libraries called by user code may read their own files (a lazy import, time-zone data);
    # these roots are read-only in the sandbox and hold nothing but the installed Python.
    READ_ROOTS = _tuple(sorted({"/usr/", _sys.base_prefix.rstrip("/") + "/",
                                _sys.prefix.rstrip("/") + "/"}))
    WRITE_FLAGS = 0
    try:
        import os as _os
        WRITE_FLAGS = (_os.O_WRONLY | _os.O_RDWR | _os.O_CREAT | _os.O_TRUNC | _os.O_APPEND)
    except _BaseException:
        pass
    host_guard = {"violate": None, "added": False}

    def user_on_stack():
        """(direct, anywhere): is the audited call made by user code itself, or under it?"""
        # 0 = this function, 1 = the hook, 2 = whoever raised the event
        return called_from_user(3), innermost_user_frame(2) is not None

    def wants_write(event, args):
        if event != "open" or _len(args) < 3:
            return False
        mode, flags = args[1], args[2]
        if _isinstance(mode, _str):
            return any(c in mode for c in "wax+")
        return _isinstance(flags, _int) and (flags & WRITE_FLAGS) != 0

    def event_path(event, args):
        path = args[0] if args else None
        if event in ("os.listdir", "os.scandir") and path is None:
            return "."
        if _isinstance(path, _bytes):
            try:
                path = path.decode("utf-8", "replace")
            except _BaseException:
                path = "?"
        return path

    def audit(event, args):
        violate = host_guard["violate"]
        if violate is None:
            return
        if event in PROCESS_EVENTS:
            violate("process", "starting processes is not allowed in the sandbox (" + event + ")")
        if event in NETWORK_EVENTS:
            violate("network", "network access is not allowed in the sandbox (" + event + ")")
        if event in THREAD_EVENTS:
            violate("thread", "creating threads is not allowed in the sandbox")
        if event in HOST_EVENTS:
            direct, anywhere = user_on_stack()
            if direct:
                violate("host", "access to the host is not allowed in the sandbox (" + event + ")")
            return
        if event in FILE_CHANGE_EVENTS:
            direct, anywhere = user_on_stack()
            if anywhere:
                violate("file", "file access is not allowed: " + event)
            return
        if event in FILE_READ_EVENTS:
            direct, anywhere = user_on_stack()
            if not anywhere:
                return
            path = event_path(event, args)
            if event == "sqlite3.connect" and path in (":memory:", ""):
                return
            inside = _isinstance(path, _str) and path.startswith(READ_ROOTS)
            if direct or wants_write(event, args) or not inside:
                violate("file", "file access is not allowed: " + event + "(" +
                        safe_repr(path, 80) + ")")

    def activate_host_guards(violate):
        if IMPLEMENTATION != "cpython" or not _hasattr(_sys, "addaudithook"):
            return
        host_guard["violate"] = violate
        if not host_guard["added"]:
            host_guard["added"] = True
            _sys.addaudithook(audit)

    # Questions name distributions in `requires`; a few import under another name.
    IMPORT_NAMES = {"djangorestframework": "rest_framework", "scikit-learn": "sklearn",
                    "pillow": "PIL", "beautifulsoup4": "bs4", "pyyaml": "yaml",
                    "python-dateutil": "dateutil"}

    def module_for(requirement):
        return IMPORT_NAMES.get(requirement.lower(), requirement)

    def package_version(requirement, module):
        try:
            return _str(lazy_module("importlib.metadata").version(requirement))
        except _BaseException:
            return _str(_getattr(module, "__version__", "unknown"))

    # Flask needs nothing: its test client calls the app in-process. Django needs settings
    # before any model or view is defined, so they are prepared here, before user code runs:
    # an in-memory SQLite database, the user's module `solution` as both an installed app (so
    # its models register without an app_label) and the URLconf (so its `urlpatterns` serve the
    # test Client), and tables created as each of the user's models is defined.
    DJANGO_APP_MODULE = "dailypy_django_app"

    # Modules imported for the user before the guards are on: some libraries probe the host
    # while they import (pandas runs `uname -p` through platform.processor(), urllib3 under
    # DRF opens an IPv6 socket), which is the library's doing, not the user's.
    PRELOAD = {"django": ("django.db.models", "django.http", "django.urls", "django.shortcuts",
                          "django.views", "django.views.decorators.http",
                          "django.core.exceptions", "django.test"),
               "djangorestframework": ("rest_framework.views", "rest_framework.serializers",
                                       "rest_framework.response", "rest_framework.status",
                                       "rest_framework.generics", "rest_framework.viewsets",
                                       "rest_framework.routers", "rest_framework.decorators")}

    def prepare_frameworks(requires):
        names = {r.lower() for r in requires}
        if IMPLEMENTATION != "cpython" or not names:
            return
        if "django" in names or "djangorestframework" in names:
            prepare_django("djangorestframework" in names)
        for name in _sorted(names):
            for module in (module_for(name),) + PRELOAD.get(name, ()):
                try:
                    lazy_module(module)
                except _Exception:
                    pass  # not installed here: the user's own import reports it

    def prepare_django(with_rest_framework):
        conf = lazy_module("django.conf")
        if conf.settings.configured:
            return
        apps_mod = lazy_module("django.apps")
        solution_name = "solution"

        class SolutionApp(apps_mod.AppConfig):
            name = solution_name
            label = solution_name
            path = "/nonexistent/solution"  # no files: the code arrives as text
            default_auto_field = "django.db.models.BigAutoField"

        holder = _types.ModuleType(DJANGO_APP_MODULE)
        holder.SolutionApp = SolutionApp
        _sys.modules[DJANGO_APP_MODULE] = holder
        # A placeholder that the real user module replaces when it runs.
        _sys.modules.setdefault(solution_name, _types.ModuleType(solution_name))
        installed = ["django.contrib.contenttypes", "django.contrib.auth"]
        if with_rest_framework:
            installed.append("rest_framework")
        installed.append(DJANGO_APP_MODULE + ".SolutionApp")
        conf.settings.configure(
            DEBUG=False,
            SECRET_KEY="dailypy-sandbox-not-a-secret",
            ALLOWED_HOSTS=["testserver", "localhost", "127.0.0.1"],
            DATABASES={"default": {"ENGINE": "django.db.backends.sqlite3", "NAME": ":memory:"}},
            INSTALLED_APPS=installed,
            MIDDLEWARE=[],
            ROOT_URLCONF=solution_name,
            DEFAULT_AUTO_FIELD="django.db.models.BigAutoField",
            USE_TZ=True,
            TIME_ZONE="UTC",
            LOGGING_CONFIG=None,
            TEMPLATES=[{"BACKEND": "django.template.backends.django.DjangoTemplates",
                        "DIRS": [], "APP_DIRS": False}],
            REST_FRAMEWORK={"DEFAULT_AUTHENTICATION_CLASSES": [],
                            "DEFAULT_PERMISSION_CLASSES": [],
                            "UNAUTHENTICATED_USER": None,
                            "DEFAULT_RENDERER_CLASSES": [
                                "rest_framework.renderers.JSONRenderer"]},
        )
        lazy_module("django").setup()
        connection = lazy_module("django.db").connection
        signals = lazy_module("django.db.models.signals")

        def create_table(sender, **kwargs):
            meta = sender._meta
            if (meta.app_label != solution_name or meta.abstract or meta.proxy
                    or not meta.managed):
                return
            try:
                with connection.schema_editor() as editor:
                    editor.create_model(sender)
            except _Exception:
                pass  # a duplicate or odd model: saving it later gives the user a clear error

        signals.class_prepared.connect(create_table, weak=False)
    # === end of host-CPython support ===========================================================

    return handle


handle = _make(SANDBOX_POLICY)
del _make
handle
