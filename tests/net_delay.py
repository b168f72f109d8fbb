"""A slow office network between the app and its server, on loopback.

`DelayProxy(upstream_host, upstream_port, delay_s)` listens on a free loopback port
and forwards every connection to the upstream server, holding each chunk of bytes
for `delay_s` in each direction, so a round trip costs 2 x delay_s more than on
loopback (30 ms each way: an office network at 60 ms round trip, or a 30 ms one at
twice the cost, whichever the test means). Bandwidth is not limited: a chunk is
sent as soon as its time has come, behind the ones before it.

Threads, not asyncio: a pump per direction reads and stamps, a sender per direction
waits out each stamp. `close()` stops listening and cuts every connection.

`delayed(url, delay_s)` runs it in a process of its own (`python net_delay.py HOST
PORT DELAY`), as a network would be: its threads never take the app's GIL, so a
GUI stall measured through it is the app's own.
"""

from __future__ import annotations

import contextlib
import queue
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass

from sqlalchemy import URL, make_url


class DelayProxy:
    def __init__(self, host: str, port: int, delay_s: float) -> None:
        self.upstream = (host, port)
        self.delay_s = delay_s
        self._server = socket.create_server(("127.0.0.1", 0))
        self.port = int(self._server.getsockname()[1])
        self._open: list[socket.socket] = []
        self._lock = threading.Lock()
        self._closed = threading.Event()
        self.connections = 0
        threading.Thread(target=self._accept, name="delay-proxy", daemon=True).start()

    def url(self, url: str | URL) -> URL:
        """The same URL, through this proxy."""
        parsed = make_url(url) if isinstance(url, str) else url
        return parsed.set(host="127.0.0.1", port=self.port)

    def _accept(self) -> None:
        while not self._closed.is_set():
            try:
                client, _ = self._server.accept()
            except OSError:
                return
            try:
                upstream = socket.create_connection(self.upstream, timeout=10)
            except OSError:
                client.close()
                continue
            upstream.settimeout(None)
            for s in (client, upstream):
                s.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
            with self._lock:
                self._open += [client, upstream]
                self.connections += 1
            for src, dst in ((client, upstream), (upstream, client)):
                held: queue.Queue[tuple[float, bytes]] = queue.Queue()
                threading.Thread(target=self._pump, args=(src, held), daemon=True).start()
                threading.Thread(target=self._send, args=(dst, held), daemon=True).start()

    def _pump(self, src: socket.socket, held: queue.Queue[tuple[float, bytes]]) -> None:
        while True:
            try:
                data = src.recv(65536)
            except OSError:
                data = b""
            held.put((time.monotonic() + self.delay_s, data))
            if not data:
                return

    def _send(self, dst: socket.socket, held: queue.Queue[tuple[float, bytes]]) -> None:
        while True:
            due, data = held.get()
            wait = due - time.monotonic()
            if wait > 0:
                time.sleep(wait)
            try:
                if not data:
                    dst.shutdown(socket.SHUT_WR)
                    return
                dst.sendall(data)
            except OSError:
                return

    def close(self) -> None:
        self._closed.set()
        self._server.close()
        with self._lock:
            for s in self._open:
                with contextlib.suppress(OSError):
                    s.close()


@dataclass
class ProxyProcess:
    process: subprocess.Popen[str]
    port: int

    def connections(self) -> int:
        """How many connections it has forwarded so far."""
        assert self.process.stdin is not None and self.process.stdout is not None
        self.process.stdin.write("count\n")
        self.process.stdin.flush()
        return int(self.process.stdout.readline())


@contextlib.contextmanager
def delayed(url: str, delay_s: float) -> Iterator[tuple[ProxyProcess, str]]:
    """A proxy process to the server of `url`, and the URL through it."""
    parsed = make_url(url)
    process = subprocess.Popen(
        [sys.executable, __file__, parsed.host or "127.0.0.1", str(parsed.port or 5432),
         str(delay_s)],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
    )  # fmt: skip
    try:
        assert process.stdout is not None
        port = int(process.stdout.readline())
        proxy = ProxyProcess(process, port)
        yield proxy, parsed.set(host="127.0.0.1", port=port).render_as_string(hide_password=False)
    finally:
        process.kill()
        process.wait(10)


def main() -> None:
    host, port, delay = sys.argv[1], int(sys.argv[2]), float(sys.argv[3])
    proxy = DelayProxy(host, port, delay)
    print(proxy.port, flush=True)
    for line in sys.stdin:  # until the parent closes our stdin
        if line.strip() == "count":
            print(proxy.connections, flush=True)
    proxy.close()


if __name__ == "__main__":
    main()
