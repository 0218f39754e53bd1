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

