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

