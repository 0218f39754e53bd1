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

