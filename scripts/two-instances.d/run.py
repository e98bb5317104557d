"""scripts/two-instances: two backends on one PostgreSQL behind HAProxy, a mixed load, one kill -9.
Prints a figure per assertion and exits non-zero when one fails (see the shell script's header)."""
import argparse
import json
import os
import random
import sys
import threading
import time
import uuid

from checks import Checks
from cluster import Backend, Haproxy, Psql
from http_client import Caller, Journal

PASSWORD = "Two-Instances-7kq!Rz"
TICK_SECONDS = 15


def parse():
    p = argparse.ArgumentParser()
    p.add_argument("--duration", type=int, default=180)
    p.add_argument("--jar", required=True)
    p.add_argument("--work", required=True)
    p.add_argument("--haproxy", default="/usr/sbin/haproxy")
    p.add_argument("--port", type=int, default=19100)
    p.add_argument("--pg-url", required=True)
    p.add_argument("--pg-user", default="postgres")
    p.add_argument("--pg-password", default="")
    p.add_argument("--workers", type=int, default=6)
    p.add_argument("--no-restart", dest="restart", action="store_false")
    p.add_argument("--start-timeout", type=int, default=300)
    return p.parse_args()


def pg_parts(url):
    rest = url.split("//", 1)[1]
    hostport, db = rest.split("/", 1)
    host, _, port = hostport.partition(":")
    return host, int(port or 5432), db.split("?")[0]


class Worker(threading.Thread):
    """Writes accounts (unique names, an Idempotency-Key each; every 4th write is sent twice) and
    reads them back, until stop is set."""

    def __init__(self, wid, caller, run, stop, writes):
        super().__init__(daemon=True)
        self.wid, self.caller, self.run_id, self.stop, self.writes = wid, caller, run, stop, writes

    def run(self):
        n = 0
        while not self.stop.is_set():
            n += 1
            name = f"TWO-{self.run_id}-{self.wid}-{n}"
            key = str(uuid.uuid4())
            body = {"name": name, "region": "华东", "strategicValue": 3, "estimatedAnnualPotential": "1000000.00"}
            hdr = {"Idempotency-Key": key}
            status, h, text = self.caller.call("POST", "/api/v1/accounts", body, hdr, kind="write", name=name)
            acked = status == 201
            replay_ok = None
            if acked and n % 4 == 0:
                # The same request again, as a client that lost the answer would send it: through the
                # round robin it reaches the other instance, which must replay, not write again.
                s2, h2, t2 = self.caller.call("POST", "/api/v1/accounts", body, hdr, kind="replay", name=name)
                # A retry lost with the killed backend has no answer to judge; the in-flight check counts it.
                if s2 not in ("conn-error", 502):
                    replay_ok = s2 == 201 and h2.get("idempotent-replayed") == "true" and t2 == text
            self.writes.append({"name": name, "acked": acked, "replay_ok": replay_ok})
            if acked:
                acc = text.split('"id":', 1)[1].split(",", 1)[0]
                self.caller.call("GET", f"/api/v1/accounts/{acc}", kind="read")
            self.caller.call("GET", f"/api/v1/accounts?q=TWO-{self.run_id}-{self.wid}-&size=5", kind="read")
            if self.wid % 3 == 0:
                self.caller.call("GET", "/api/v1/analytics/categories", kind="read")
            time.sleep(random.uniform(0.02, 0.08))


def main():
    a = parse()
    run = uuid.uuid4().hex[:6]
    host, pg_port, db = pg_parts(a.pg_url)
    psql = Psql(host, pg_port, db, a.pg_user, a.pg_password)
    psql.fresh_database()
    lb, pa, pb = a.port, a.port + 1, a.port + 2
    env = dict(os.environ, PARETO_DB_URL=a.pg_url, PARETO_DB_USER=a.pg_user, PARETO_DB_PASSWORD=a.pg_password,
               PARETO_ADMIN_EMAIL="two.admin@pareto.local", PARETO_ADMIN_PASSWORD=PASSWORD)
    env.pop("PARETO_SESSION_SECRET", None)  # the shared key must come from the database
    props = {
        "quarkus.profile": "prod,postgresql",
        "quarkus.http.host": "127.0.0.1",
        "quarkus.log.console.json": "false",
        "pareto.demo-data": "false",
        "pareto.classification.cron": f"0/{TICK_SECONDS} * * * * ?",
        "pareto.rate-limit.window": "1h",
        "pareto.rate-limit.read-only": "40",
        "pareto.rate-limit.read-write": "0",
        # Everything signs in from 127.0.0.1: the per-address limit would stop the script itself.
        "pareto.security.login.max-failures-per-ip": "1000",
        "quarkus.datasource.jdbc.max-size": "12",
    }
    backends = {n: Backend(n, p, a.jar, a.work, props, env) for n, p in (("a", pa), ("b", pb))}
    haproxy = Haproxy(a.haproxy, a.work, lb, pa, pb)
    checks = Checks(psql, run)
    t0 = time.time()
    try:
        # Both at once on an empty database: migrations, the first admin and the signing key race.
        for b in backends.values():
            b.start()
        for b in backends.values():
            if not b.ready(a.start_timeout):
                print(f"FAIL backend {b.name} did not become ready; last lines of {b.log}:")
                os.system(f"tail -30 {b.log}")
                return 1
        if not haproxy.start().ready(lb):
            print(f"FAIL HAProxy did not route to both backends; see {haproxy.log}")
            return 1
        startup = time.time() - t0
        print(f"==> both backends ready in {startup:.0f} s; HAProxy on :{lb} -> :{pa}, :{pb}; run {run}")
        admin = Caller(lb).sign_in("two.admin@pareto.local", PASSWORD)
        reps = [checks.user(admin, f"two.rep{i}.{run}@pareto.local", "REP", PASSWORD) for i in range(2)]
        checks.sessions_cross_instances(reps[0], pa, pb, PASSWORD)
        checks.throttle(admin, pa, pb, PASSWORD)
        checks.rate_limit(reps[0], pa, pb, 40, PASSWORD)

        journal = Journal(run)
        stop = threading.Event()
        writes = []
        workers = []
        for wid in range(a.workers):
            email = reps[wid % 2]
            c = Caller(lb, journal, worker=f"w{wid}")
            if wid % 2 == 0:
                c.sign_in(email, PASSWORD)
            else:
                c.token = checks.token(Caller(lb).sign_in(email, PASSWORD), "READ_WRITE")
            workers.append(Worker(wid, c, run, stop, writes))
        load_start = time.time()
        for w in workers:
            w.start()
        victim = backends["b"]
        time.sleep(a.duration * 0.4)
        kill_at = time.time()
        victim.kill9()
        kill_done = time.time()
        print(f"==> {time.time() - load_start:.0f} s: kill -9 backend b (pid {victim.pids[-1]})")
        restarted, up_at = False, None
        if a.restart:
            time.sleep(a.duration * 0.2)
            victim.start()
            restarted = victim.ready(a.start_timeout)
            up_at = time.time()
            print(f"==> {up_at - load_start:.0f} s: backend b {'ready again' if restarted else 'DID NOT RESTART'}")
            if not restarted:
                checks.report("the killed instance starts again", False, f"see {victim.log}")
        time.sleep(max(5.0, load_start + a.duration - time.time()))
        stop.set()
        for w in workers:
            w.join(90)
        load_end = time.time()
        time.sleep(1.5)  # HAProxy logs a request when it ends
        with open(os.path.join(a.work, "journal.json"), "w") as f:
            json.dump({"kill_at": kill_at, "kill_done": kill_done, "entries": journal.entries}, f)
        checks.requests(journal, haproxy.served(), kill_at, kill_done, "b", restarted, up_at)
        checks.writes(writes)
        checks.schedule(backends, load_start, load_end, TICK_SECONDS)
        if restarted:  # the signing key comes from the database on the new process too
            checks.sessions_cross_instances(reps[1], pa, pb, PASSWORD)
        print(f"==> load {load_end - load_start:.0f} s, whole run {time.time() - t0:.0f} s; logs in {a.work}")
    finally:
        haproxy.stop()
        for b in backends.values():
            b.stop()
    return checks.verdict()


if __name__ == "__main__":
    sys.exit(main())
