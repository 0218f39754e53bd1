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
        the question's own. A case is the generated tuple as a Python literal: both the
        reference here and the user's interpreter later run the question's call with `args`
        bound to that literal's value, so both see exactly the same input."""
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
                sent = literal_value(literal)
                if _dumps(canon(sent)) != _dumps(canon(args)):
                    raise ValueError("the arguments of case " + _str(i + 1)
                                     + " do not survive repr(): use plain values")
                body, expr = split_last_expression(req.get("call", ""), keep=True)
                ns = _dict(ref_ns)
                ns["args"] = sent
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
                    out.append({"ok": True, "args": literal, "raises": _type(e).__name__})
                    continue
                out.append({"ok": True, "args": literal, "value": canon(value),
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
        # the text that was just checked, compiled again: far cheaper than compiling its tree
        # on interpreted GraalPy, and the same code, as parsing is deterministic
        return _compile(source, USER_FILE, "exec")

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
                _exec(_compile(sources[module.__name__], USER_FILE, "exec"), module.__dict__)

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
            random_case = "args" in msg  # the question's call over generated arguments
            body, expr = split_last_expression(msg.get("call", ""), keep=random_case)
            if random_case:
                ns["args"] = literal_value(msg.get("args"))
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

