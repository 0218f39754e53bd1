    # --- running code --------------------------------------------------------------------------
    # The random cases' call, compiled once: all of a question's random cases share it. Only
    # that call is kept (one slot): a hidden case's call is never kept past its own run, so the
    # interpreter holds no case but the one running.
    kept_call = {}

    def split_last_expression(source, keep=False):
        """The call's statements and, when it ends in an expression, that expression compiled on
        its own, so its value can be reported. For ASCII text both are compiled from the text,
        cut where the parse tree says the last statement starts: on interpreted GraalPy,
        compiling an AST costs 15-40 ms for a ten-line call and compiling its text 1-3 ms.
        (Columns are UTF-8 bytes on CPython but characters on GraalPy, so other text is compiled
        from the tree.)"""
        known = kept_call.get(source)
        if known is not None:
            return known
        tree = _ast.parse(source, "<test>", "exec")
        last = tree.body[-1] if tree.body else None
        if last is None or not _isinstance(last, _ast.Expr):
            body, expr = _compile(source, "<test>", "exec"), None
        elif source.isascii():
            lines = source.split("\n")
            start, end = last.lineno - 1, last.end_lineno - 1
            before = lines[:start] + [lines[start][:last.col_offset]]
            if start == end:
                expression = lines[start][last.col_offset:last.end_col_offset]
            else:
                expression = "\n".join([lines[start][last.col_offset:]] + lines[start + 1:end]
                                       + [lines[end][:last.end_col_offset]])
            body = _compile("\n".join(before), "<test>", "exec")
            # leading newlines keep the expression's line number in tracebacks
            expr = _compile("\n" * start + expression, "<test>", "eval")
        else:
            tree.body.pop()
            body = _compile(tree, "<test>", "exec")
            expr = _compile(_ast.Expression(last.value), "<test>", "eval")
        if keep:
            kept_call.clear()
            kept_call[source] = (body, expr)
        return body, expr

    def literal_value(literal):
        """A random case's arguments from their repr(): plain values only (no builtins)."""
        return _eval(_compile(literal, "<args>", "eval"), {"__builtins__": {}})

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

