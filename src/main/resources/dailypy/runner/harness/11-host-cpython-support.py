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
