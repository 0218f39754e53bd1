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

