# The Python half of llmos-pyworker, embedded in the executable and run once at start-up.
#
# The zygote (this process) imports numpy and matplotlib once, then serves requests from the
# host over fd 3 (frames: 4-byte little-endian length + JSON). For each run it forks a child
# which enters the sandbox (_llmos_native.enter_sandbox: namespaces, rlimits, Landlock,
# seccomp) before it compiles a single byte of the artifact. The child talks to the host
# directly over the same fd while the zygote waits for it; the zygote reports how it ended.
import ast
import base64
import builtins
import codecs
import datetime
import functools
import io
import json
import linecache
import math
import os
import random
import shutil
import sys
import time
import traceback
import tempfile
import types

import _llmos_native as native

FD = 3
DEVNULL_IN = open(os.devnull, "r")
CO_COROUTINE = 0x80  # inspect.CO_COROUTINE, without importing inspect


def send(obj):
    native.write_frame(json.dumps(obj, ensure_ascii=False, allow_nan=False, separators=(",", ":")).encode("utf-8", "surrogatepass"))


def receive():
    data = native.read_frame()
    return None if data is None else json.loads(data)


# ---------------------------------------------------------------- preload (once, in the zygote)
PRELOAD_ERRORS = []
try:
    import numpy as np
except Exception as e:  # numpy missing: the worker still runs plain Python
    np = None
    PRELOAD_ERRORS.append("numpy: %s" % e)
try:
    import matplotlib
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    # Draw and save one figure with text: loads the font cache, the font and libpng now, so a
    # child never reads them (or builds caches) in its sandbox.
    _fig = plt.figure(figsize=(1, 1))
    _fig.gca().set_title("warm")
    _fig.savefig(io.BytesIO(), format="png")
    plt.close("all")
    del _fig
except Exception as e:
    plt = None
    matplotlib = None
    PRELOAD_ERRORS.append("matplotlib: %s" % e)


# ---------------------------------------------------------------- the llmos module (used in the child)
class LimitError(Exception):
    """A kernel API refused a request (storage quota, sleep too long): kind `limit`."""


class StorageError(OSError):
    """Storage is unavailable (the host's data dir is unusable)."""


def _storage_call(op, key, value=None):
    if not isinstance(key, str):
        raise TypeError("llmos.storage.%s: key must be a str, got %s" % (op, type(key).__name__))
    if not key:
        raise ValueError("llmos.storage.%s: key must not be empty" % op)
    req = {"t": "storage", "op": op, "key": key}
    if op == "set":
        try:
            req["value"] = json.dumps(value, ensure_ascii=False, allow_nan=False, separators=(",", ":"))
        except (TypeError, ValueError) as e:
            raise TypeError("llmos.storage.set: the value cannot be stored as JSON: %s" % e) from None
    send(req)
    reply = receive()
    if reply is None:
        raise StorageError("llmos.storage.%s: the host did not answer" % op)
    if reply.get("ok"):
        return reply.get("value")
    kind = reply.get("kind")
    msg = reply.get("message", "storage failed")
    if kind == "limit":
        raise LimitError(msg)
    if kind == "type":
        raise TypeError(msg)
    raise StorageError(msg)


def _storage_get(key):
    text = _storage_call("get", key)
    return None if text is None else json.loads(text)


def _storage_set(key, value):
    _storage_call("set", key, value)
    return None


def _storage_remove(key):
    return bool(_storage_call("remove", key))


def _log(stream):
    def log(*args):
        text = " ".join(str(a) for a in args)
        OUT.emit_entry("log" if stream == "log" else "err", text)
    return log


_B36 = "0123456789abcdefghijklmnopqrstuvwxyz"


def _uid():
    return "%d-%s" % (int(time.time() * 1000), "".join(random.choice(_B36) for _ in range(6)))


def _number(name, v):
    if isinstance(v, bool) or not isinstance(v, (int, float)) and not (np is not None and isinstance(v, np.number)):
        raise TypeError("llmos.utils.%s: arguments must be numbers, got %s" % (name, type(v).__name__))
    return float(v)


def _clamp(v, lo, hi):
    ints = all(isinstance(x, int) and not isinstance(x, bool) for x in (v, lo, hi))
    v, lo, hi = _number("clamp", v), _number("clamp", lo), _number("clamp", hi)
    if lo > hi:
        raise ValueError("llmos.utils.clamp: min (%r) is greater than max (%r)" % (lo, hi))
    r = min(max(v, lo), hi)
    return int(r) if ints else r  # clamp(150, 0, 100) is 100, as in JavaScript, not 100.0


def _lerp(a, b, t):
    a, b, t = _number("lerp", a), _number("lerp", b), _number("lerp", t)
    return a + (b - a) * t


def _sleep(ms):
    ms = _number("sleep", ms)
    if ms < 0 or ms != ms:
        raise ValueError("llmos.utils.sleep: ms must be a non-negative number")
    if ms > 10000:
        raise LimitError("llmos.utils.sleep: at most 10000 ms, got %g" % ms)
    time.sleep(ms / 1000.0)


def _make_module(name, doc, **attrs):
    m = types.ModuleType(name, doc)
    for k, v in attrs.items():
        setattr(m, k, v)
    return m


storage_mod = _make_module("llmos.storage", "Persistent JSON values, shared with JavaScript artifacts of the same id.",
                           get=_storage_get, set=_storage_set, remove=_storage_remove)
log_mod = _make_module("llmos.log", "info goes to logs, warn and error to stderr.",
                       info=_log("log"), warn=_log("err"), error=_log("err"))
utils_mod = _make_module("llmos.utils", "Small helpers, as LLMOS.utils.", uid=_uid, clamp=_clamp, lerp=_lerp, sleep=_sleep)
llmos_mod = _make_module("llmos", "The llmos kernel API for Python artifacts.", storage=storage_mod, log=log_mod,
                         utils=utils_mod, LimitError=LimitError, StorageError=StorageError, version="0.1.0")
sys.modules.update({"llmos": llmos_mod, "llmos.storage": storage_mod, "llmos.log": log_mod, "llmos.utils": utils_mod})


# ---------------------------------------------------------------- output capture (child)
class Output:
    def __init__(self):
        self.budget = {"log": 1 << 20, "err": 1 << 20}
        self.truncated = {"log": False, "err": False}

    def emit_entry(self, stream, text):
        if self.budget[stream] <= 0:
            self.truncated[stream] = True
            return
        if len(text) > self.budget[stream]:
            text = text[: self.budget[stream]]
            self.truncated[stream] = True
        self.budget[stream] -= len(text) + 1
        send({"t": "out", "s": stream, "text": text})


OUT = Output()


class FdCapture:
    """What is written to fd 1 or 2 directly (os.write, a C extension's printf) goes to an
    unlinked file in the scratch dir; the stream reads it back whenever it is written to and at
    the end, so such output lands in logs/stderr in order with print's. The file is emptied on
    each read, so it stays small (RLIMIT_FSIZE bounds what one burst can leave)."""

    MAX_READ = 8 << 20  # more than any output cap: past this it is dropped, and marked as cut

    def __init__(self, scratch, fd):
        path = os.path.join(scratch, ".fd%d" % fd)
        w = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | os.O_APPEND | os.O_CLOEXEC, 0o600)
        self._r = os.open(path, os.O_RDWR | os.O_CLOEXEC)
        os.unlink(path)
        os.dup2(w, fd)
        os.close(w)
        self.fd = fd
        self._decoder = codecs.getincrementaldecoder("utf-8")("replace")

    def take(self, final=False):
        size = os.fstat(self._r).st_size
        data = b""
        dropped = False
        if size:
            data = os.pread(self._r, min(size, self.MAX_READ), 0)
            dropped = size > self.MAX_READ
            os.ftruncate(self._r, 0)
        return self._decoder.decode(data, final), dropped


class BinaryWriter(io.RawIOBase):
    """sys.stdout.buffer / sys.stderr.buffer: bytes, decoded as UTF-8 into the text stream."""

    def __init__(self, text):
        super().__init__()
        self._text = text
        self._decoder = codecs.getincrementaldecoder("utf-8")("replace")

    def writable(self):
        return True

    def write(self, b):
        data = bytes(memoryview(b))
        self._text.write(self._decoder.decode(data))
        return len(data)

    def finish(self):
        self._text.write(self._decoder.decode(b"", True))


class LineStream(io.TextIOBase):
    """sys.stdout / sys.stderr: one entry per complete line, the rest at the end."""

    def __init__(self, stream, capture=None):
        super().__init__()
        self._stream = stream
        self._pending = ""
        self._capture = capture
        self._buffer = None

    @property
    def encoding(self):
        return "utf-8"

    @property
    def buffer(self):
        if self._buffer is None:
            self._buffer = BinaryWriter(self)
        return self._buffer

    def writable(self):
        return True

    def isatty(self):
        return False

    def fileno(self):
        if self._capture is None:
            raise io.UnsupportedOperation("fileno")
        return self._capture.fd

    def drain(self, final=False):
        if self._capture is not None:
            text, dropped = self._capture.take(final)
            if dropped:
                OUT.truncated[self._stream] = True
            if text:
                self._feed(text)

    def write(self, s):
        if not isinstance(s, str):
            raise TypeError("write() argument must be str, not %s" % type(s).__name__)
        self.drain()
        self._feed(s)
        return len(s)

    def _feed(self, s):
        self._pending += s
        if "\n" in self._pending:
            *lines, self._pending = self._pending.split("\n")
            for line in lines:
                OUT.emit_entry(self._stream, line)
        elif len(self._pending) > (1 << 20):
            OUT.emit_entry(self._stream, self._pending)
            self._pending = ""

    def finish(self):
        if self._buffer is not None:
            self._buffer.finish()
        self.drain(True)
        if self._pending:
            OUT.emit_entry(self._stream, self._pending)
            self._pending = ""


# ---------------------------------------------------------------- result conversion (child)
def to_jsonable(v, depth=0, seen=None):
    if v is None or isinstance(v, (bool, str)):
        return v
    if isinstance(v, int):
        return v if -(2 ** 63) <= v < 2 ** 63 else str(v)
    if isinstance(v, float):
        return v if math.isfinite(v) else None
    if np is not None:
        if isinstance(v, np.generic):
            return to_jsonable(v.item(), depth, seen)
        if isinstance(v, np.ndarray):
            return to_jsonable(v.tolist(), depth, seen)
    if depth > 200:
        return "[Too deep]"
    if seen is None:
        seen = set()
    if isinstance(v, (list, tuple, dict, set, frozenset)):
        if id(v) in seen:
            return "[Circular]"
        seen.add(id(v))
        try:
            if isinstance(v, dict):
                keys = [k if isinstance(k, str) else str(k) for k in v]
                if len(set(keys)) == len(keys):
                    return {t: to_jsonable(x, depth + 1, seen) for t, x in zip(keys, v.values())}
                # 1 and "1" would collapse into one JSON key: the entries instead, as for a Map.
                return [[to_jsonable(k, depth + 1, seen), to_jsonable(x, depth + 1, seen)] for k, x in v.items()]
            items = sorted(v, key=repr) if isinstance(v, (set, frozenset)) else v
            return [to_jsonable(x, depth + 1, seen) for x in items]
        finally:
            seen.discard(id(v))
    if isinstance(v, (types.FunctionType, types.BuiltinFunctionType, types.MethodType, functools.partial)):
        # As a JavaScript function comes back (`[Function name]`): a repr's address differs every run.
        return "[Function %s]" % (getattr(v, "__qualname__", None) or getattr(getattr(v, "func", None), "__qualname__", None)
                                  or "(anonymous)")
    if isinstance(v, (datetime.date, datetime.time)):
        return v.isoformat()  # as a JavaScript Date comes back (datetime is a date subclass)
    return repr(v)


def collect_figures():
    images = []
    if plt is None:
        return images
    for n in plt.get_fignums():
        fig = plt.figure(n)
        buf = io.BytesIO()
        fig.savefig(buf, format="png")
        w, h = fig.canvas.get_width_height()
        images.append({"id": "figure-%d" % n, "mime": "image/png", "width": int(w), "height": int(h),
                       "data": base64.b64encode(buf.getvalue()).decode("ascii")})
    plt.close("all")
    return images


DRIVER_FILENAME = "<llmos>"  # this file's name in tracebacks (worker_main.cpp compiles it so)


def recursing(frames):
    """Whether the innermost frame's call site recurs throughout the traceback."""
    if len(frames) < 50:
        return False
    last = frames[-1]
    return sum(1 for fs in frames if (fs.filename, fs.lineno, fs.name) == (last.filename, last.lineno, last.name)) * 2 > len(frames)


MAX_TRACEBACK_FRAMES = 100  # a deeper traceback shows its outermost and innermost 50


def artifact_frames(tb):
    """The traceback's frames from the artifact's first one on, without the worker's own; a
    runaway recursion's (hundreds of thousands) as its outer and inner ends, since extracting
    and formatting them all took seconds and more memory than the limit left. Returns
    (frames, how many there were, how many were left out, where the gap is)."""
    total = 0
    t = tb
    while t is not None:
        total += 1
        t = t.tb_next
    keep = lambda frames: [fs for fs in frames if fs.filename != DRIVER_FILENAME]  # noqa: E731
    if total <= MAX_TRACEBACK_FRAMES:
        return keep(traceback.extract_tb(tb)) if tb is not None else [], total, 0, None
    half = MAX_TRACEBACK_FRAMES // 2
    inner = tb
    for _ in range(total - half):
        inner = inner.tb_next
    outer = keep(traceback.extract_tb(tb, limit=half))
    return outer + keep(traceback.extract_tb(inner)), total, total - 2 * half, len(outer)


def error_of(exc, filename):
    name = type(exc).__name__
    kind = "runtime"
    line = column = None
    if isinstance(exc, SyntaxError):
        kind = "syntax"
        text = exc.msg or "invalid syntax"
        if exc.filename == filename:
            line = exc.lineno
            column = exc.offset if exc.offset and exc.offset > 0 else None
        stack = "".join(traceback.format_exception_only(type(exc), exc)).rstrip("\n")
    else:
        if isinstance(exc, MemoryError):
            kind = "memory"
        elif isinstance(exc, RecursionError):
            kind = "stack"
        elif isinstance(exc, LimitError):
            kind = "limit"
        text = str(exc)
        tb = exc.__traceback__
        # Frames from the artifact's first one on: the worker's own frames are not the user's.
        while tb is not None and tb.tb_frame.f_code.co_filename != filename:
            tb = tb.tb_next
        frames, total, omitted, gap = artifact_frames(tb)
        if isinstance(exc, SystemError) and text == "error return without exception set" and recursing(frames):
            # CPython 3.11 raises this when a new frame cannot be allocated (the failed data-stack
            # push sets no MemoryError): unbounded recursion past a raised
            # sys.setrecursionlimit, stopped by the memory limit instead of the recursion limit.
            name, kind = "RecursionError", "stack"
            text = "maximum recursion depth exceeded (%d frames filled the memory limit before sys.setrecursionlimit(%d) was reached)" % (
                total, sys.getrecursionlimit())
        for fs in frames:
            if fs.filename == filename:
                line = fs.lineno
                column = fs.colno + 1 if getattr(fs, "colno", None) is not None else None
        parts = ["Traceback (most recent call last):\n"] if frames else []
        if omitted:
            parts += traceback.format_list(frames[:gap])
            parts.append("  [... %d frames left out ...]\n" % omitted)
            parts += traceback.format_list(frames[gap:])
        else:
            parts += traceback.format_list(frames)
        parts += traceback.format_exception_only(type(exc), exc) if name == type(exc).__name__ else [name + ": " + text + "\n"]
        stack = "".join(parts).rstrip("\n")
    message = name + (": " + text if text else "")
    return {"name": name, "message": message, "stack": stack, "line": line, "column": column, "kind": kind}


def run_artifact(code, filename, g):
    """Runs `code` as a Jupyter cell; returns the value of a final expression (or None)."""
    linecache.cache[filename] = (len(code), None, code.splitlines(True), filename)
    tree = ast.parse(code, filename, "exec")
    last = None
    if tree.body and isinstance(tree.body[-1], ast.Expr):
        node = tree.body.pop()
        last = ast.Expression(node.value)
        # As in Jupyter, a final `;` runs the expression but hides its value.
        lines = code.splitlines()
        if node.end_lineno and node.end_lineno <= len(lines):
            if lines[node.end_lineno - 1][node.end_col_offset:].lstrip().startswith(";"):
                tree.body.append(node)
                last = None
    # As in Jupyter, `await` works at the top level: such a cell runs as a coroutine on a fresh
    # asyncio event loop (so it cannot call asyncio.run itself, as there).
    flags = ast.PyCF_ALLOW_TOP_LEVEL_AWAIT
    body = compile(tree, filename, "exec", flags=flags)
    final = compile(last, filename, "eval", flags=flags) if last is not None else None
    awaits = lambda c: c is not None and bool(c.co_flags & CO_COROUTINE)  # noqa: E731
    if not awaits(body) and not awaits(final):
        exec(body, g)
        value = eval(final, g) if final is not None else None
        if isinstance(value, types.CoroutineType):
            # A final `main()` of an async def stands for its result, as a final promise does in
            # JavaScript here (Jupyter would show "<coroutine object ...>" and never run it).
            import asyncio
            return asyncio.run(value)
        return value

    async def cell():
        ran = eval(body, g)
        if awaits(body):
            await ran
        if final is None:
            return None
        value = eval(final, g)
        if awaits(final):
            value = await value
        return (await value) if isinstance(value, types.CoroutineType) else value

    import asyncio
    return asyncio.run(cell())


def _system_refused(command):
    """libc's system() reports a refused spawn as the shell's exit status 127 (32512), which reads
    as "the command was not found"; the sandbox's refusal is an error, as from os.fork or subprocess."""
    raise PermissionError(1, "Operation not permitted: the sandbox cannot start processes", command)


def _write_then_read_back(fd, data, _write=os.write):
    """os.write: what goes to fd 1 or 2 is read back into logs/stderr at once, so a flood of
    os.write is capped like one of print instead of filling the capture file."""
    n = _write(fd, data)
    if fd in (1, 2):
        stream = sys.stdout if fd == 1 else sys.stderr
        if isinstance(stream, LineStream):
            stream.drain()
    return n


def child_main(scratch):
    """A pre-forked child: sandboxed first, then waits for its one run."""
    sandbox = failure = None
    captures = (None, None)
    try:
        os.environ.clear()
        os.environ.update({"HOME": scratch, "TMPDIR": scratch, "MPLCONFIGDIR": scratch, "LANG": "C.UTF-8",
                           "PATH": "/nonexistent"})
        os.chdir(scratch)
        captures = (FdCapture(scratch, 1), FdCapture(scratch, 2))
        os.write = _write_then_read_back
        sandbox = native.enter_sandbox(scratch, READ_PATHS, SANDBOX_MODE != "off")  # noqa: F821
        if SANDBOX_MODE != "off":  # noqa: F821
            os.system = _system_refused
    except Exception as e:
        failure = str(e)
    send({"t": "ready"})  # the host may now count on this child (nothing is left to prepare)
    req = receive()
    if req is None or req.get("t") != "run":
        os._exit(0)
    if failure is not None:
        send({"t": "result", "ok": False, "sandboxFailed": True,
              "error": {"name": "SandboxError", "message": "SandboxError: %s" % failure, "stack": "", "kind": "internal"}})
        os._exit(0)
    native.set_run_limits(int(req.get("memoryBytes", 128 << 20)), int(req.get("timeoutMs", 5000)))
    tempfile.tempdir = scratch
    filename = req.get("filename") or "artifact.py"
    OUT.budget = {"log": int(req.get("maxLogsBytes", 1 << 20)), "err": int(req.get("maxStderrBytes", 1 << 20))}
    out, err = LineStream("log", captures[0]), LineStream("err", captures[1])
    sys.stdout, sys.stderr, sys.stdin = out, err, DEVNULL_IN
    g = {"__name__": "__main__", "__builtins__": builtins, "__file__": filename}
    result = {"t": "result", "ok": True, "output": "null", "images": [], "sandbox": sandbox}
    base = native.max_rss()
    try:
        try:
            value = run_artifact(req["code"], filename, g)
        except SystemExit as e:
            if e.code not in (None, 0):
                raise
            value = None
        out.finish()
        err.finish()
        text = json.dumps(to_jsonable(value), ensure_ascii=False, allow_nan=False, separators=(",", ":"))
        limit = int(req.get("maxOutputBytes", 1 << 20))
        if len(text) > limit:
            text = json.dumps(text[: max(0, limit - 64)] + "...", ensure_ascii=False)
            result["outputTruncated"] = True
        result["output"] = text
        if value is not None:
            shown = repr(value)
            result["outputText"] = shown if len(shown) <= limit else shown[:limit] + "..."
        result["images"] = collect_figures()
    except BaseException as e:  # noqa: the artifact's failure, whatever it is, becomes the result
        try:
            out.finish()
            err.finish()
        except BaseException:
            pass
        result["ok"] = False
        try:
            result["error"] = error_of(e, filename)
        except MemoryError:  # describing it needs memory too: the essentials then
            result["error"] = {"name": type(e).__name__, "message": type(e).__name__, "stack": "", "line": None,
                               "column": None, "kind": "memory" if isinstance(e, MemoryError) else "runtime"}
        try:
            result["images"] = collect_figures()
        except BaseException:
            result["images"] = []
    result["memoryUsed"] = max(0, native.max_rss() - base)
    result["truncated"] = OUT.truncated
    try:
        send(result)
    except BaseException as e:
        send({"t": "result", "ok": False, "error": {"name": "MemoryError" if isinstance(e, MemoryError) else "Error",
              "message": "the result could not be sent: %s" % type(e).__name__, "stack": "", "kind":
              "memory" if isinstance(e, MemoryError) else "internal"}})
    os._exit(0)


def read_paths():
    paths = set()
    for p in sys.path:
        if p and os.path.isabs(p) and os.path.isdir(p):
            paths.add(os.path.realpath(p))
    for p in (sys.prefix, sys.exec_prefix):
        paths.add(os.path.join(p, "lib", "python%d.%d" % sys.version_info[:2]))
    if matplotlib is not None:
        paths.add(os.path.realpath(matplotlib.get_data_path()))
    paths.update(["/usr/share/fonts", "/usr/share/matplotlib", "/usr/share/zoneinfo", "/usr/lib/x86_64-linux-gnu",
                  "/usr/lib/locale", "/dev/null", "/dev/urandom", "/dev/zero"])
    libdir = os.path.dirname(os.path.realpath(np.__file__)) if np is not None else None
    if libdir:
        paths.add(os.path.dirname(libdir))
    return sorted(p for p in paths if os.path.exists(p))


READ_PATHS = read_paths()


def serve(scratch_base, pool_size):
    """The zygote: keeps `pool_size` sandboxed children ready, each with its own socket to the
    host (passed over fd 3 with SCM_RIGHTS); reports each child's end and replaces it."""
    import array
    import socket
    ctl = socket.socket(fileno=FD)
    send({"t": "hello", "pid": os.getpid(), "python": sys.version.split()[0], "preloadErrors": PRELOAD_ERRORS,
          "readPaths": READ_PATHS, "sandboxSupport": native.sandbox_support(), "pool": pool_size})
    scratches = {}
    counter = 0

    def spawn():
        nonlocal counter
        counter += 1
        scratch = os.path.join(scratch_base, "run-%d" % counter)
        os.mkdir(scratch, 0o700)
        host_end, child_end = socket.socketpair(socket.AF_UNIX, socket.SOCK_STREAM)
        pid = os.fork()
        if pid == 0:
            try:
                os.setpgid(0, 0)
                host_end.close()
                os.dup2(child_end.fileno(), FD)  # replaces the control socket: the child never holds it
                child_end.close()
                child_main(scratch)
            finally:
                os._exit(70)
        child_end.close()
        try:
            os.setpgid(pid, pid)
        except OSError:
            pass
        scratches[pid] = scratch
        frame = json.dumps({"t": "spawned", "pid": pid}).encode()
        ctl.sendmsg([len(frame).to_bytes(4, "little") + frame],
                    [(socket.SOL_SOCKET, socket.SCM_RIGHTS, array.array("i", [host_end.fileno()]))])
        host_end.close()

    import gc
    gc.collect()
    gc.freeze()  # the preloaded objects stay out of the children's collections (fewer copied pages)
    for _ in range(pool_size):
        spawn()
    while True:
        try:
            pid, status = os.waitpid(-1, 0)
        except InterruptedError:
            continue
        shutil.rmtree(scratches.pop(pid, ""), ignore_errors=True) if pid in scratches else None
        send({"t": "exit", "pid": pid, "exited": os.WIFEXITED(status),
              "code": os.WEXITSTATUS(status) if os.WIFEXITED(status) else 0,
              "signal": os.WTERMSIG(status) if os.WIFSIGNALED(status) else 0})
        spawn()


try:
    serve(SCRATCH_BASE, max(1, int(POOL_SIZE)))  # noqa: F821 (set by the C++ side before this runs)
except (BrokenPipeError, ConnectionResetError):
    pass  # the host is gone: the children die with this process (PR_SET_PDEATHSIG)
finally:
    shutil.rmtree(SCRATCH_BASE, ignore_errors=True)  # noqa: F821 (the host may not get to it)
