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

