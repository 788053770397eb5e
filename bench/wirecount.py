#!/usr/bin/env python3
"""A counting TCP proxy for the PostgreSQL and MySQL/MariaDB client protocols (stdlib only).

It sits between a client and a server on 127.0.0.1, forwards every byte unchanged, and parses
the client's side of the conversation to count what the client asked for: statements executed,
and the messages that make the client wait for the server (round trips). It needs no server
setting and sees only the connections made through it, so it is immune to other clients of a
shared server. It cannot read encrypted traffic: when the client switches to TLS the counts
are marked unreliable.

    with WireCounter("mysql", "127.0.0.1", 3306) as wc:
        run_client(port=wc.port)
    print(wc.summary())

Statements: PostgreSQL simple Query ('Q') and extended-protocol Execute ('E') messages; MySQL
COM_QUERY, COM_STMT_EXECUTE and COM_STMT_BULK_EXECUTE command packets (sequence id 0).
Round trips: how many times the client sent something after the server had answered, i.e.
the number of client flights, each of which waited for the server (the start-up and
authentication exchanges included). Pipelined messages sent without waiting count once.
`messages` counts every client message type (PostgreSQL) or command (MySQL).

Run as a script it proxies until Ctrl-C and then prints the summary:
    wirecount.py postgres 127.0.0.1 5432 [LISTEN_PORT]
"""
import collections
import re
import socket
import struct
import sys
import threading

PG_SSL_REQUEST, PG_GSS_REQUEST, PG_CANCEL = 80877103, 80877104, 80877102

MYSQL_COMMANDS = {
    0x01: "COM_QUIT", 0x02: "COM_INIT_DB", 0x03: "COM_QUERY", 0x0e: "COM_PING",
    0x16: "COM_STMT_PREPARE", 0x17: "COM_STMT_EXECUTE", 0x18: "COM_STMT_SEND_LONG_DATA",
    0x19: "COM_STMT_CLOSE", 0x1a: "COM_STMT_RESET", 0x1b: "COM_SET_OPTION",
    0x1f: "COM_RESET_CONNECTION", 0xfa: "COM_STMT_BULK_EXECUTE",
}
MYSQL_EXECUTES = {0x03, 0x17, 0xfa}
CLIENT_SSL, CLIENT_COMPRESS = 0x0800, 0x0020


def statement_kind(sql):
    """A short, stable label for a statement: its first three words, quotes dropped and the
    benchmark's numbered names folded (t_17 -> t_N), e.g. 'CREATE TABLE t_N', 'UPDATE godwit_version SET'."""
    s = re.sub(r"/\*.*?\*/|--[^\n]*", " ", sql, flags=re.S)
    words = []
    for w in re.findall(r"[\"`]?[A-Za-z_][A-Za-z0-9_$.]*[\"`]?|\S", s):
        if not re.match(r"[\"`A-Za-z_]", w):
            break
        w = re.sub(r"(^|_)t_\d+", r"\1t_N", w.strip('"`'))
        words.append(w.upper() if not words else w)
        if len(words) == 3:
            break
    return " ".join(words) or "(empty)"


class _Conn:
    """Parser state of one client connection."""

    def __init__(self, counter, proto):
        self.c, self.proto, self.buf = counter, proto, b""
        self.startup = True            # PostgreSQL: untyped start-up messages still to come
        self.ssl_asked = None          # PostgreSQL: a request whose one-byte answer decides TLS
        self.answer = None
        self.server_spoke = True       # the next client bytes start a new round trip
        self.names = {}                # PostgreSQL: statement name -> SQL; portal -> SQL
        self.portals = {}
        self.prepared = {}             # MySQL: statement ids are the server's; keep last prepared SQL

    def feed(self, data):
        if self.c.encrypted:
            return
        self.buf += data
        while not self.c.encrypted:
            n = self._pg_one() if self.proto == "postgres" else self._mysql_one()
            if not n:
                return
            self.buf = self.buf[n:]

    # ---------------------------------------------------------------- PostgreSQL
    def _pg_one(self):
        b = self.buf
        if self.ssl_asked is not None and self.answer in (b"S", b"G"):
            self.c.encrypted = True            # the client now speaks TLS (or GSS encryption)
            return 0
        if self.startup:
            if len(b) < 8:
                return 0
            length, code = struct.unpack("!ii", b[:8])
            if len(b) < length:
                return 0
            if code in (PG_SSL_REQUEST, PG_GSS_REQUEST):
                # The server answers with one byte ('S'/'G': encryption follows, 'N': plain),
                # which the other direction records before the client can send anything else.
                self.ssl_asked, self.answer = code, None
            elif code != PG_CANCEL:
                self.startup = False
            return length
        if len(b) < 5:
            return 0
        kind = chr(b[0])
        length = struct.unpack("!i", b[1:5])[0]
        if len(b) < 1 + length:
            return 0
        body = b[5:1 + length]
        c = self.c
        c.messages[kind] += 1
        if kind == "Q":
            sql = body.rstrip(b"\0").decode(errors="replace")
            c.statements += 1
            c.kinds[statement_kind(sql)] += 1
        elif kind == "P":
            name, rest = body.split(b"\0", 1)
            self.names[name] = rest.split(b"\0", 1)[0].decode(errors="replace")
        elif kind == "B":
            portal, rest = body.split(b"\0", 1)
            stmt = rest.split(b"\0", 1)[0]
            self.portals[portal] = self.names.get(stmt, "?")
        elif kind == "E":
            portal = body.split(b"\0", 1)[0]
            c.statements += 1
            c.kinds[statement_kind(self.portals.get(portal, "?"))] += 1
        return 1 + length

    # ---------------------------------------------------------------- MySQL / MariaDB
    def _mysql_one(self):
        b = self.buf
        if len(b) < 4:
            return 0
        length = b[0] | b[1] << 8 | b[2] << 16
        seq = b[3]
        if len(b) < 4 + length:
            return 0
        body = b[4:4 + length]
        c = self.c
        if self.startup:
            # Handshake response (seq 1, or an SSL request: 32 bytes with CLIENT_SSL).
            if length >= 4:
                caps = struct.unpack("<I", body[:4])[0]
                if caps & CLIENT_SSL and length == 32:
                    c.encrypted = True
                    return 0
                if caps & CLIENT_COMPRESS:
                    c.encrypted = True         # compressed packets: not parsed
                    return 0
            self.startup = False
            return 4 + length
        if seq == 0 and body:
            cmd = body[0]
            name = MYSQL_COMMANDS.get(cmd, f"COM_0x{cmd:02x}")
            c.messages[name] += 1
            if cmd == 0x03:
                c.statements += 1
                c.kinds[statement_kind(body[1:].decode(errors="replace"))] += 1
            elif cmd == 0x16:
                self.prepared["last"] = body[1:].decode(errors="replace")
            elif cmd in (0x17, 0xfa):
                c.statements += 1
                c.kinds[statement_kind(self.prepared.get("last", "?")) + " (prepared)"] += 1
        return 4 + length


class WireCounter:
    """Listens on 127.0.0.1:<ephemeral port> (self.port) and forwards to host:port."""

    def __init__(self, proto, host, port, listen_port=0):
        assert proto in ("postgres", "mysql")
        self.proto, self.target = proto, (host, int(port))
        self.statements = self.round_trips = self.connections = 0
        self.messages = collections.Counter()
        self.kinds = collections.Counter()
        self.encrypted = False
        self.lock = threading.Lock()
        self.srv = socket.socket()
        self.srv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self.srv.bind(("127.0.0.1", listen_port))
        self.srv.listen(16)
        self.port = self.srv.getsockname()[1]
        self.threads = []
        self.closing = False

    def __enter__(self):
        t = threading.Thread(target=self._accept, daemon=True)
        t.start()
        return self

    def __exit__(self, *exc):
        self.close()

    def close(self):
        self.closing = True
        try:
            self.srv.close()
        except OSError:
            pass
        for t in list(self.threads):
            t.join(timeout=5)

    def _accept(self):
        while not self.closing:
            try:
                client, _ = self.srv.accept()
            except OSError:
                return
            server = socket.create_connection(self.target)
            for s in (client, server):
                s.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
            self.connections += 1
            conn = _Conn(self, self.proto)
            up = threading.Thread(target=self._pump, args=(client, server, conn, True), daemon=True)
            down = threading.Thread(target=self._pump, args=(server, client, conn, False), daemon=True)
            self.threads += [up, down]
            up.start()
            down.start()

    def _pump(self, src, dst, conn, upstream):
        try:
            while True:
                data = src.recv(65536)
                if not data:
                    break
                if upstream:
                    with self.lock:
                        if conn.server_spoke:
                            self.round_trips += 1
                            conn.server_spoke = False
                        conn.feed(data)
                else:
                    conn.server_spoke = True
                if not upstream and conn.ssl_asked is not None and conn.answer is None:
                    conn.answer = data[:1]
                dst.sendall(data)
        except OSError:
            pass
        finally:
            for s in (src, dst):
                try:
                    s.shutdown(socket.SHUT_RDWR)
                except OSError:
                    pass
                try:
                    s.close()
                except OSError:
                    pass

    def summary(self):
        return dict(statements=self.statements, round_trips=self.round_trips, connections=self.connections,
                    encrypted=self.encrypted, messages=dict(self.messages), kinds=dict(self.kinds.most_common()))


if __name__ == "__main__":
    if len(sys.argv) < 4:
        sys.exit(__doc__)
    wc = WireCounter(sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4]) if len(sys.argv) > 4 else 0)
    print(f"wirecount: listening on 127.0.0.1:{wc.port} -> {sys.argv[2]}:{sys.argv[3]} (Ctrl-C to stop)",
          file=sys.stderr)
    with wc:
        try:
            threading.Event().wait()
        except KeyboardInterrupt:
            pass
    import json
    print(json.dumps(wc.summary(), indent=1))
