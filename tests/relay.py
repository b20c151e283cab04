"""A TCP relay between a laptop and the test PostgreSQL server: the camp's LAN, which a test
can cut (every open connection closed at once, new ones refused) and mend."""

from __future__ import annotations

import contextlib
import socket
import threading

from sqlalchemy.engine import make_url


class Relay:
    def __init__(self, server_url: str, host: str = "127.0.0.1") -> None:
        """A relay listening on `host` (an address of this machine the laptop reaches)."""
        target = make_url(server_url)
        self._to = (target.host or "127.0.0.1", target.port or 5432)
        self._host = host
        self._lock = threading.Lock()
        self._open: list[socket.socket] = []
        self._listener: socket.socket | None = None
        self.port = 0
        self.mend()
        self.url = target.set(host=host, port=self.port).render_as_string(hide_password=False)

    def mend(self) -> None:
        """The LAN back (on the same port)."""
        listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        listener.bind((self._host, self.port))
        listener.listen(16)
        self.port = listener.getsockname()[1]
        self._listener = listener
        threading.Thread(target=self._accept, args=(listener,), daemon=True).start()

    def cut(self) -> None:
        """The cable pulled: open connections broken, new ones refused."""
        with self._lock:
            listener, self._listener = self._listener, None
            sockets, self._open = self._open, []
        if listener is not None:  # shut first: a close alone leaves accept() accepting
            with contextlib.suppress(OSError):
                listener.shutdown(socket.SHUT_RDWR)
            listener.close()
        for s in sockets:
            with contextlib.suppress(OSError):
                s.shutdown(socket.SHUT_RDWR)
            s.close()

    def _accept(self, listener: socket.socket) -> None:
        while True:
            try:
                near, _ = listener.accept()
            except OSError:
                return  # cut
            far = socket.create_connection(self._to)
            with self._lock:
                self._open += [near, far]
            for a, b in ((near, far), (far, near)):
                threading.Thread(target=self._pipe, args=(a, b), daemon=True).start()

    @staticmethod
    def _pipe(source: socket.socket, sink: socket.socket) -> None:
        try:
            while data := source.recv(65536):
                sink.sendall(data)
        except OSError:
            pass
        finally:
            for s in (source, sink):
                with contextlib.suppress(OSError):
                    s.shutdown(socket.SHUT_RDWR)
