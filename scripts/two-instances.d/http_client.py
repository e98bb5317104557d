"""The client side of scripts/two-instances: one keep-alive HTTP connection per caller, session
cookies or an API token, and a journal of every request (start, end, status) for the assertions."""
import http.client
import json
import threading
import time
from http.cookies import SimpleCookie


class Journal:
    """Every request the run made; seq is sent as X-Two-Seq so HAProxy's log names its server."""

    def __init__(self, run):
        self.run = run
        self.lock = threading.Lock()
        self.seq = 0
        self.entries = []

    def next_seq(self):
        with self.lock:
            self.seq += 1
            return f"{self.run}-{self.seq}"

    def add(self, entry):
        with self.lock:
            self.entries.append(entry)


class Caller:
    """A signed-in caller on one address: a session (cookies + CSRF header) or a bearer token."""

    def __init__(self, port, journal=None, token=None, worker="setup"):
        self.port = port
        self.journal = journal
        self.token = token
        self.worker = worker
        self.cookies = {}
        self.conn = None

    def sign_in(self, email, password):
        status, _, body = self.call("POST", "/api/v1/session", {"email": email, "password": password})
        if status != 200:
            raise RuntimeError(f"sign-in of {email} on :{self.port} answered {status}: {body[:200]}")
        return self

    def on(self, port):
        """The same credentials against another address (cookies are shared, not copied)."""
        other = Caller(port, self.journal, self.token, self.worker)
        other.cookies = self.cookies
        return other

    def call(self, method, path, body=None, headers=None, kind="other", name=None):
        h = {"Accept": "application/json"}
        if body is not None:
            h["Content-Type"] = "application/json"
        if self.token:
            h["Authorization"] = f"Bearer {self.token}"
        if self.cookies:
            h["Cookie"] = "; ".join(f"{k}={v}" for k, v in self.cookies.items())
            if method != "GET" and "pareto_csrf" in self.cookies:
                h["X-CSRF-Token"] = self.cookies["pareto_csrf"]
        h.update(headers or {})
        seq = self.journal.next_seq() if self.journal else None
        if seq:
            h["X-Two-Seq"] = seq
        data = json.dumps(body).encode() if body is not None else None
        start = time.time()
        status, resp_headers, text = "conn-error", {}, ""
        try:
            if self.conn is None:
                self.conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=60)
            self.conn.request(method, path, body=data, headers=h)
            resp = self.conn.getresponse()
            text = resp.read().decode("utf-8", "replace")
            status = resp.status
            resp_headers = {k.lower(): v for k, v in resp.getheaders()}
            for cookie in resp.headers.get_all("Set-Cookie") or []:
                for morsel in SimpleCookie(cookie).values():
                    if morsel.value:
                        self.cookies[morsel.key] = morsel.value
                    else:
                        self.cookies.pop(morsel.key, None)
        except (OSError, http.client.HTTPException) as e:
            text = repr(e)
            self.close()
        end = time.time()
        if not self.journal:
            self.close()  # set-up calls are far apart: no keep-alive connection to go stale
        if self.journal and seq:
            self.journal.add(
                {
                    "seq": seq,
                    "worker": self.worker,
                    "method": method,
                    "path": path,
                    "kind": kind,
                    "name": name,
                    "start": start,
                    "end": end,
                    "status": status,
                    "served_by": resp_headers.get("x-served-by"),
                    "replayed": resp_headers.get("idempotent-replayed") == "true",
                    "body": text[:300] if status not in (200, 201) else None,
                }
            )
        return status, resp_headers, text

    def close(self):
        if self.conn is not None:
            try:
                self.conn.close()
            except OSError:
                pass
            self.conn = None
