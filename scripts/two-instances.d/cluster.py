"""Processes of scripts/two-instances: two backends on loopback, HAProxy in front, psql for checks."""
import os
import signal
import subprocess
import time
import urllib.request

HAPROXY_CFG = """global
    log stdout format raw local0
    maxconn 256

defaults
    mode http
    log global
    timeout connect 2s
    timeout client 60s
    timeout server 60s
    timeout http-keep-alive 5s
    # Retry only a connection that could not be made (the request never left HAProxy), on the other
    # server. No empty-response / response-timeout / junk-response: the server may have received the
    # request and written, and HAProxy would send a POST twice.
    retries 3
    retry-on conn-failure
    option redispatch 1

frontend pareto
    bind 127.0.0.1:{lb}
    capture request header X-Two-Seq len 40
    log-format "%[capture.req.hdr(0)] %s %ST %tsc %Ta"
    default_backend backends

backend backends
    balance roundrobin
    option httpchk GET /q/health/ready
    http-check expect status 200
    default-server inter 1s fastinter 500ms downinter 1s fall 2 rise 2
    http-response set-header X-Served-By %s
    server a 127.0.0.1:{a} check
    server b 127.0.0.1:{b} check
"""


class Backend:
    def __init__(self, name, port, jar, work, jvm_props, env):
        self.name, self.port, self.jar, self.work = name, port, jar, work
        self.props, self.env = jvm_props, env
        self.proc = None
        self.pids = []
        self.log = os.path.join(work, f"backend-{name}.log")

    def start(self):
        cmd = ["java", "-Xmx384m", "-XX:TieredStopAtLevel=1"]
        cmd += [f"-D{k}={v}" for k, v in self.props.items()]
        cmd += [f"-Dquarkus.http.port={self.port}", "-jar", self.jar]
        out = open(self.log, "a")
        self.proc = subprocess.Popen(cmd, stdout=out, stderr=subprocess.STDOUT, env=self.env)
        self.pids.append(self.proc.pid)
        return self

    def ready(self, timeout):
        deadline = time.time() + timeout
        while time.time() < deadline:
            if self.proc.poll() is not None:
                return False
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{self.port}/q/health/ready", timeout=5) as r:
                    if r.status == 200:
                        return True
            except OSError:
                pass
            time.sleep(0.5)
        return False

    def kill9(self):
        self.proc.send_signal(signal.SIGKILL)
        self.proc.wait()

    def stop(self):
        if self.proc and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(30)
            except subprocess.TimeoutExpired:
                self.proc.kill()


class Haproxy:
    def __init__(self, binary, work, lb, a, b):
        self.binary, self.work = binary, work
        self.cfg = os.path.join(work, "haproxy.cfg")
        self.log = os.path.join(work, "haproxy.log")
        with open(self.cfg, "w") as f:
            f.write(HAPROXY_CFG.format(lb=lb, a=a, b=b))
        self.proc = None

    def start(self):
        out = open(self.log, "a")
        self.proc = subprocess.Popen([self.binary, "-db", "-f", self.cfg], stdout=out, stderr=subprocess.STDOUT)
        return self

    def ready(self, port, timeout=30):
        """Both servers answer through the balancer (two answers in a row, one from each)."""
        deadline, seen = time.time() + timeout, set()
        while time.time() < deadline and len(seen) < 2:
            if self.proc.poll() is not None:
                return False
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/q/health/ready", timeout=5) as r:
                    seen.add(r.headers.get("X-Served-By"))
            except OSError:
                time.sleep(0.2)
        return len(seen) == 2

    def stop(self):
        if self.proc and self.proc.poll() is None:
            self.proc.terminate()
            self.proc.wait(10)

    def served(self):
        """seq -> (server, status, termination state) from the request log."""
        out = {}
        with open(self.log, errors="replace") as f:
            for line in f:
                parts = line.split()
                if len(parts) >= 4 and parts[0] != "-":
                    out[parts[0]] = (parts[1].split("/")[-1], parts[2], parts[3])
        return out


class Psql:
    def __init__(self, host, port, db, user, password):
        self.args = ["psql", "-h", host, "-p", str(port), "-U", user, "-v", "ON_ERROR_STOP=1", "-X", "-At", "-F", "\t"]
        self.db = db
        self.env = dict(os.environ, PGPASSWORD=password or "")

    def rows(self, sql, db=None):
        out = subprocess.run(self.args + ["-d", db or self.db, "-c", sql], env=self.env, check=True,
                             capture_output=True, text=True).stdout
        return [line.split("\t") for line in out.splitlines() if line]

    def fresh_database(self):
        """Empties the run's database (created when missing): the counts start from nothing."""
        if not self.rows(f"SELECT 1 FROM pg_database WHERE datname = '{self.db}'", db="postgres"):
            self.rows(f'CREATE DATABASE "{self.db}"', db="postgres")
        self.rows("DROP SCHEMA public CASCADE; CREATE SCHEMA public")
