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

