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

