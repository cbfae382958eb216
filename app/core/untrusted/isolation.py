"""Decoding untrusted images in separate, limited worker processes.

Evidence images may be crafted to break the decoders (Pillow's C code and the libraries under
it). Decoded inside the app, a decoder crash would take the app down and a file that makes a
decoder allocate without bound would exhaust the laptop's memory. So `imagemeta.inspect_image`
runs in a small pool of long-lived worker processes, each one:

- started from a clean interpreter ('forkserver' on Linux and macOS, 'spawn' on Windows), never
  forked from the app, which may hold Qt state, SQLite connections and the vault key;
- limited: address space (RLIMIT_AS, MEMORY_LIMIT_BYTES), CPU time per image (RLIMIT_CPU, its soft
  limit raised before each image), core dumps off (the bytes are plaintext evidence), no new file
  descriptors once warmed up (RLIMIT_NOFILE at the lowest free descriptor: a decoder taken over
  by a crafted file cannot open a file or a socket, or start a dynamically linked program);
- watched: the parent kills a worker that takes longer than WALL_SECONDS_PER_IMAGE, and starts
  a new one when the next image comes. Windows has no RLIMIT_AS or RLIMIT_CPU and macOS does not
  enforce RLIMIT_AS: there this wall-clock timeout and the restart are what remain (a Job Object
  memory limit would be the Windows equivalent, not done yet).

Bytes go to the worker through a pipe; what comes back is untrusted too, and checked as such
(decoder_reply.py). If a worker dies, times out or answers out of protocol, the evidence is
stored without thumbnail and metadata, exactly as for an image Pillow cannot read.
"""

from __future__ import annotations

import atexit
import io
import multiprocessing
import os
import signal
import struct
import sys
import threading
from concurrent.futures import Future
from queue import SimpleQueue
from typing import Any

from app.core.untrusted.decoder_reply import MAX_REPLY_BYTES, BadReply, decode_reply, encode_reply
from app.core.untrusted.imagemeta import DECODE_LIMIT_BYTES, ImageInfo

# The largest image imagemeta accepts (64 megapixels as RGBA) measured 525 MiB of peak memory to
# thumbnail, plus up to 64 MiB of input and ~40 MiB of interpreter: 512 MiB would silently lose
# the thumbnails of legitimate large PNGs, so the limit sits just above what a legitimate file needs.
MEMORY_LIMIT_BYTES = 768 * 1024 * 1024
CPU_SECONDS_PER_IMAGE = 15
WALL_SECONDS_PER_IMAGE = 30.0
DEFAULT_WORKERS = 2



# --------------------------------------------------------------------------------------------
# The worker process


def _limit_self(memory_limit: int) -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C in a terminal is for the app, not its workers
    from app.hardening import disable_core_dumps

    disable_core_dumps()
    try:
        import resource

        resource.setrlimit(resource.RLIMIT_AS, (memory_limit, memory_limit))
    except (ImportError, ValueError, OSError, AttributeError):
        pass  # Windows: no resource module; macOS: RLIMIT_AS refused or not enforced


def _cpu_budget(seconds: int) -> None:
    """RLIMIT_CPU counts the whole life of the process: allow `seconds` more from now."""
    try:
        import resource

        usage = resource.getrusage(resource.RUSAGE_SELF)
        soft = int(usage.ru_utime + usage.ru_stime) + 1 + seconds
        _, hard = resource.getrlimit(resource.RLIMIT_CPU)
        if hard != resource.RLIM_INFINITY:
            soft = min(soft, hard)
        resource.setrlimit(resource.RLIMIT_CPU, (soft, hard))
    except (ImportError, ValueError, OSError):
        pass


def _forbid_new_descriptors() -> None:
    try:
        import resource

        lowest_free = os.open(os.devnull, os.O_RDONLY)
        os.close(lowest_free)
        # Lowering the hard limit cannot be undone by this process.
        resource.setrlimit(resource.RLIMIT_NOFILE, (lowest_free, lowest_free))
    except (ImportError, ValueError, OSError):
        pass


def _warm_up() -> None:
    """Decode one small image of each kind, so that every module a decode may import lazily (Pillow
    plugins, EXIF tags, text codecs) is loaded before new file descriptors are forbidden."""
    from PIL import Image

    from app.core.untrusted import imagemeta

    exif = Image.Exif()
    exif[0x010F], exif[0x0110], exif[0x0132], exif[0x0112] = "Make", "Model ü", "2024:01:02 03:04:05", 6
    exif.get_ifd(0x8769).update({0x9003: "2024:01:02 03:04:05", 0x9011: "+04:00"})
    exif.get_ifd(0x8825).update({1: "N", 2: (40.0, 24.0, 1.5), 3: "E", 4: (49.0, 51.0, 2.5)})
    samples = []
    for mode, fmt, options in (("RGB", "JPEG", {"exif": exif}), ("RGBA", "PNG", {}), ("P", "PNG", {}),
                               ("P", "GIF", {}), ("RGB", "WEBP", {}), ("RGB", "TIFF", {"exif": exif}),
                               ("I;16", "PNG", {}), ("F", "TIFF", {}), ("RGB", "BMP", {}), ("LA", "PNG", {})):
        out = io.BytesIO()
        try:
            Image.new(mode, (24, 16)).save(out, fmt, **options)
        except (OSError, KeyError, ValueError):
            continue  # a format this Pillow build cannot write
        samples.append(out.getvalue())
    for data in samples:
        encode_reply(imagemeta.inspect_image(data, encode_thumbnail=False))
    encode_reply(imagemeta.inspect_image(b"\xff\xd8\xff\xe0 not really a JPEG", encode_thumbnail=False))


def _worker_main(conn: Any, memory_limit: int, cpu_seconds: int) -> None:
    _limit_self(memory_limit)
    from app.core.untrusted import imagemeta

    if os.name == "posix" and "app.core.untrusted.isolation_preload" not in sys.modules:
        _warm_up()  # not forked from our warmed-up fork server ('spawn', or a server started elsewhere)
    _forbid_new_descriptors()
    while True:
        try:
            untrusted_bytes = _receive(conn.fileno()) if hasattr(os, "readv") else conn.recv_bytes()
        except (EOFError, OSError):
            return  # the app closed the pipe or exited
        _cpu_budget(cpu_seconds)
        try:
            reply = encode_reply(imagemeta.inspect_image(untrusted_bytes, encode_thumbnail=False))
        except BaseException:  # noqa: BLE001 — a hostile file must not end the loop with a traceback
            reply = encode_reply(None)
        del untrusted_bytes
        try:
            conn.send_bytes(reply)
        except (EOFError, OSError):
            return


def _read_into(fd: int, view: memoryview) -> None:
    got = 0
    while got < len(view):
        n = os.readv(fd, [view[got:]])
        if n == 0:
            raise EOFError
        got += n


def _receive(fd: int) -> bytearray:
    """One message as Connection.send_bytes frames it, read straight into its buffer.

    (Connection.recv_bytes assembles the message in a BytesIO and copies it twice more: for 2 MB
    screenshots that was a measurable share of the per-image cost.)
    """
    header = bytearray(4)
    _read_into(fd, memoryview(header))
    (size,) = struct.unpack("!i", header)
    if size == -1:
        header = bytearray(8)
        _read_into(fd, memoryview(header))
        (size,) = struct.unpack("!Q", header)
    data = bytearray(size)
    _read_into(fd, memoryview(data))
    return data


# --------------------------------------------------------------------------------------------
# The pool


def _start_method() -> str:
    # A frozen build (PyInstaller) supports 'spawn' through multiprocessing.freeze_support(), which
    # the entry point must call; the fork server needs a real Python interpreter to start.
    if sys.platform == "win32" or getattr(sys, "frozen", False):
        return "spawn"
    return "forkserver" if "forkserver" in multiprocessing.get_all_start_methods() else "spawn"


class _Worker:
    """One worker process, started on first use and again after it dies or is killed."""

    def __init__(self, ctx: Any, memory_limit: int, cpu_seconds: int) -> None:
        self._ctx = ctx
        self._memory_limit = memory_limit
        self._cpu_seconds = cpu_seconds
        self._process: Any = None
        self._conn: Any = None
        self._lock = threading.Lock()
        self.busy = False
        self.starts = 0

    @property
    def pid(self) -> int | None:
        process = self._process
        return process.pid if process is not None else None

    def _start(self) -> None:
        parent_end, child_end = self._ctx.Pipe(duplex=True)
        process = self._ctx.Process(target=_worker_main, args=(child_end, self._memory_limit, self._cpu_seconds),
                                    name="threatlog-image-decoder", daemon=True)
        process.start()
        child_end.close()
        with self._lock:
            self._process, self._conn = process, parent_end
        self.starts += 1

    def kill(self) -> None:
        """Kill the process now (from any thread); `stop` reaps it."""
        with self._lock:
            process = self._process
            if process is not None:
                try:
                    process.kill()
                except (ValueError, OSError):
                    pass

    def stop(self) -> None:
        with self._lock:
            process, conn = self._process, self._conn
            self._process = self._conn = None
        if conn is not None:
            conn.close()  # the worker sees EOF and exits
        if process is not None:
            process.join(2)
            if process.exitcode is None:
                process.kill()
                process.join(5)

    def decode(self, untrusted_bytes: bytes, timeout: float) -> ImageInfo | None:
        process = self._process
        if process is None or not process.is_alive():
            self.stop()
            self._start()
        watchdog = threading.Timer(timeout, self.kill)
        watchdog.daemon = True
        self.busy = True
        watchdog.start()
        try:
            self._conn.send_bytes(untrusted_bytes)
            reply = self._conn.recv_bytes(MAX_REPLY_BYTES)
        except (EOFError, OSError):
            # Died (a decoder crash, the memory or CPU limit), killed by the watchdog, or a reply
            # longer than any real one: no metadata for this image, a fresh worker for the next.
            self.stop()
            return None
        finally:
            watchdog.cancel()
            self.busy = False
        try:
            return decode_reply(reply)
        except BadReply:
            self.stop()  # out of protocol: this worker is not trusted any more
            return None


class DecoderPool:
    """Decodes images in `workers` isolated processes; `submit` returns a Future of ImageInfo | None.

    Futures never raise: every failure of a worker is an image without metadata.
    """

    def __init__(self, workers: int = DEFAULT_WORKERS, *, memory_limit: int = MEMORY_LIMIT_BYTES,
                 cpu_seconds: int = CPU_SECONDS_PER_IMAGE, timeout: float = WALL_SECONDS_PER_IMAGE,
                 start_method: str | None = None) -> None:
        method = start_method or _start_method()
        self._ctx = multiprocessing.get_context(method)
        if method == "forkserver":
            # The fork server imports Pillow once; each worker is forked from it, ready to decode.
            self._ctx.set_forkserver_preload(["app.core.untrusted.isolation_preload"])
        self._timeout = timeout
        self._workers = [_Worker(self._ctx, memory_limit, cpu_seconds) for _ in range(max(1, workers))]
        self._jobs: SimpleQueue[tuple[bytes, Future[ImageInfo | None]] | None] = SimpleQueue()
        self._threads: list[threading.Thread] = []
        self._lock = threading.Lock()
        self._closed = False

    def submit(self, untrusted_bytes: bytes) -> Future[ImageInfo | None]:
        future: Future[ImageInfo | None] = Future()
        if not untrusted_bytes or len(untrusted_bytes) > DECODE_LIMIT_BYTES:
            future.set_result(None)  # imagemeta would refuse it anyway: nothing to ship
            return future
        with self._lock:
            if self._closed:
                raise RuntimeError("the decoder pool is shut down")
            if not self._threads:
                for n, worker in enumerate(self._workers):
                    thread = threading.Thread(target=self._serve, args=(worker,), daemon=True,
                                              name=f"image-decoder-{n}")
                    thread.start()
                    self._threads.append(thread)
        self._jobs.put((untrusted_bytes, future))
        return future

    def _serve(self, worker: _Worker) -> None:
        while (job := self._jobs.get()) is not None:
            untrusted_bytes, future = job
            del job
            if not future.set_running_or_notify_cancel():
                continue
            try:
                result = worker.decode(untrusted_bytes, self._timeout)
            except BaseException:  # noqa: BLE001 — e.g. a worker that cannot be started: no thumbnail
                worker.stop()
                result = None
            del untrusted_bytes
            future.set_result(result)
        worker.stop()

    def worker_pids(self) -> list[int]:
        return [pid for pid in (w.pid for w in self._workers) if pid is not None]

    def busy_pids(self) -> list[int]:
        return [pid for pid in (w.pid for w in self._workers if w.busy) if pid is not None]

    @property
    def worker_starts(self) -> int:
        return sum(w.starts for w in self._workers)

    def shutdown(self) -> None:
        with self._lock:
            if self._closed:
                return
            self._closed = True
            threads, self._threads = self._threads, []
        for _ in threads:
            self._jobs.put(None)
        for thread in threads:
            thread.join(10)
        for worker in self._workers:
            worker.stop()

    def __enter__(self) -> DecoderPool:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.shutdown()


_default_pool: DecoderPool | None = None
_default_lock = threading.Lock()


def default_pool() -> DecoderPool:
    """The process's shared pool, started on first use and shut down at exit.

    Shared because starting workers costs ~0.1 s and users attach one screenshot at a time;
    tests that need other limits make their own DecoderPool.
    """
    global _default_pool
    with _default_lock:
        if _default_pool is None:
            _default_pool = DecoderPool()
            atexit.register(_default_pool.shutdown)
        return _default_pool
