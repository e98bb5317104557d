"""The assertions of scripts/two-instances; each prints its figures and PASS or FAIL."""
import json
import math
import threading
import time

from http_client import Caller


class Checks:
    def __init__(self, psql, run):
        self.psql, self.run = psql, run
        self.failed = []

    def report(self, name, ok, figures):
        print(f"{'PASS' if ok else 'FAIL'} {name}: {figures}")
        if not ok:
            self.failed.append(name)

    def verdict(self):
        print(f"==> {'PASS' if not self.failed else 'FAIL: ' + ', '.join(self.failed)}")
        return 1 if self.failed else 0

    # ---- set-up through the API ----
    def user(self, admin, email, role, password):
        body = {"email": email, "name": email.split("@")[0], "role": role, "password": password}
        status, _, text = admin.call("POST", "/api/v1/users", body)
        if status != 201:
            raise RuntimeError(f"creating {email}: {status} {text[:200]}")
        return email

    def token(self, caller, scope):
        status, _, text = caller.call("POST", "/api/v1/tokens", {"name": f"two-instances {scope}", "scope": scope})
        if status != 201:
            raise RuntimeError(f"creating a token: {status} {text[:200]}")
        return json.loads(text)["secret"]

    # ---- assertions ----
    def sessions_cross_instances(self, email, pa, pb, password):
        """Signed in on one instance, the cookie reads and writes on the other (both directions)."""
        results = []
        for first, second in ((pa, pb), (pb, pa)):
            c = Caller(first).sign_in(email, password)
            read, _, _ = c.on(second).call("GET", "/api/v1/accounts?size=1")
            name = f"TWO-{self.run}-session-{first}-{time.time_ns()}"
            write, _, _ = c.on(second).call("POST", "/api/v1/accounts", {"name": name})
            results.append((first, second, read, write))
        ok = all(r == 200 and w == 201 for _, _, r, w in results)
        figures = "; ".join(f"signed in on :{f}, on :{s} read {r} write {w}" for f, s, r, w in results)
        self.report("session signed in on one instance works on the other", ok, figures)

    def requests(self, journal, served, kill_at, kill_done, victim, restarted, up_at):
        entries = journal.entries
        good = lambda e: e["status"] in (200, 201)  # noqa: E731
        before = [e for e in entries if e["end"] < kill_at]
        after = [e for e in entries if e["start"] > kill_done]
        in_flight = [e for e in entries if e["start"] <= kill_done and e["end"] >= kill_at]
        failed = [e for e in entries if not good(e)]
        # HAProxy answers 502 (and logs the server) or, when the request went over a reused server connection,
        # closes the client connection without an answer and without a log line. The survivor answered and
        # logged everything it received, so a request it never logged and nobody answered went to the victim.
        to_victim = lambda e: served.get(e["seq"], (None,))[0] == victim or (  # noqa: E731
            e["seq"] not in served and e["status"] == "conn-error"
        )
        stray = [e for e in failed if not (e in in_flight and to_victim(e) and e["end"] < kill_done + 10)]
        by_server = {}
        for e in entries:
            s = served.get(e["seq"], ("none",))[0]
            by_server[s] = by_server.get(s, 0) + 1
        after_restart = [e for e in entries if restarted and e["start"] > up_at and e.get("served_by") == victim]
        figures = (
            f"{len(entries)} requests ({', '.join(f'{k}: {v}' for k, v in sorted(by_server.items()))}); "
            f"before the kill {sum(map(good, before))}/{len(before)} ok; in flight at the kill {len(in_flight)}, "
            f"failed {len(failed)} (all to {victim}: {not stray}); after the kill {sum(map(good, after))}/{len(after)} ok;"
            + (f" {len(after_restart)} served by the restarted {victim}" if restarted else f" {victim} not restarted")
        )
        for e in stray[:5]:
            print(
                f"     stray failure: {e['method']} {e['path']} {e['status']} {served.get(e['seq'])} {e['body']}"
                f" (started {e['start'] - kill_at:+.2f} s, ended {e['end'] - kill_at:+.2f} s from the kill)"
            )
        ok = not stray and (not restarted or len(after_restart) > 0)
        self.report("only requests in flight to the killed instance fail", ok, figures)

    def writes(self, writes):
        rows = self.psql.rows(
            f"SELECT name, COUNT(*) FROM account WHERE name LIKE 'TWO-{self.run}-%' AND name NOT LIKE"
            f" 'TWO-{self.run}-session-%' GROUP BY name"
        )
        in_db = {name: int(n) for name, n in rows}
        acked = [w for w in writes if w["acked"]]
        unacked = [w for w in writes if not w["acked"]]
        acked_once = sum(1 for w in acked if in_db.get(w["name"]) == 1)
        unacked_once = sum(1 for w in unacked if in_db.get(w["name"]) == 1)
        unacked_absent = sum(1 for w in unacked if w["name"] not in in_db)
        duplicated = sum(1 for n in in_db.values() if n > 1)
        unknown = len(set(in_db) - {w["name"] for w in writes})
        replays = [w for w in writes if w["replay_ok"] is not None]
        replays_ok = sum(1 for w in replays if w["replay_ok"])
        ok = (
            acked_once == len(acked)
            and unacked_once + unacked_absent == len(unacked)
            and duplicated == 0
            and unknown == 0
            and replays_ok == len(replays)
        )
        self.report(
            "no lost and no duplicated writes",
            ok and len(acked) > 0,
            f"{len(acked)} acknowledged, {acked_once} of them in the database exactly once; {len(unacked)} not"
            f" acknowledged: {unacked_once} there once, {unacked_absent} absent; {duplicated} duplicated rows;"
            f" {replays_ok}/{len(replays)} answered retries with the same Idempotency-Key replayed the first answer",
        )

    def schedule(self, backends, start, end, every):
        ticks = self.psql.rows(
            "SELECT EXTRACT(EPOCH FROM fire_time)::bigint, instance FROM classification_schedule_tick"
        )
        runs = self.psql.rows(
            "SELECT EXTRACT(EPOCH FROM started_at) FROM classification_run WHERE requested_by = 'scheduler'"
        )
        killed = {f"{pid}@" for b in backends.values() for pid in b.pids[:-1]}
        per_tick = {}
        for (started,) in runs:
            slot = math.floor(float(started) / every) * every
            per_tick[slot] = per_tick.get(slot, 0) + 1
        expected = math.floor(end / every) - math.ceil(start / every) + 1
        inside = [(int(t), i) for t, i in ticks if start <= int(t) <= end]
        lost = [t for t, i in inside if per_tick.get(t, 0) == 0 and not any(i.startswith(k) for k in killed)]
        doubled = sum(1 for n in per_tick.values() if n > 1)
        by_instance = {}
        for _, i in inside:
            by_instance[i] = by_instance.get(i, 0) + 1
        ok = len(inside) == expected and doubled == 0 and not lost
        self.report(
            "one scheduled classification run per tick across both instances",
            ok,
            f"{expected} ticks of every {every} s during the load, {len(inside)} claimed"
            f" ({', '.join(f'{k}: {v}' for k, v in by_instance.items())}); {len(runs)} scheduled runs in all,"
            f" {doubled} ticks run twice, {len(lost)} claimed ticks without a run",
        )

    def throttle(self, admin, pa, pb, password):
        """Wrong passwords for one user spread over both instances: the limit holds in total."""
        limit = 5
        seq_user = self.user(admin, f"two.throttle1.{self.run}@pareto.local", "REP", password)
        seq = [Caller(p).call("POST", "/api/v1/session", {"email": seq_user, "password": "wrong-Password-1"})[0]
               for p in [pa, pb] * 4]
        par_user = self.user(admin, f"two.throttle2.{self.run}@pareto.local", "REP", password)
        par = []
        lock = threading.Lock()

        def attempt(port):
            s = Caller(port).call("POST", "/api/v1/session", {"email": par_user, "password": "wrong-Password-1"})[0]
            with lock:
                par.append(s)

        threads = [threading.Thread(target=attempt, args=(p,)) for p in [pa, pb] * 6]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        ok = seq == [401] * limit + [429] * 3 and par.count(401) == limit and par.count(429) == len(par) - limit
        self.report(
            "sign-in throttle counts shared",
            ok,
            f"limit {limit}; 8 wrong passwords alternating :{pa}/:{pb}: {seq.count(401)}x401 then"
            f" {seq.count(429)}x429; 12 in parallel over both: {par.count(401)}x401, {par.count(429)}x429",
        )

    def rate_limit(self, email, pa, pb, limit, password):
        """A read-only token used on both instances is limited once, not once per instance."""
        left = 3600 - time.time() % 3600
        if left < 60:  # the fixed window (1 h for the run) must not reset in the middle
            time.sleep(left + 1)
        token = self.token(Caller(pa).sign_in(email, password), "READ_ONLY")
        statuses = [Caller(p, token=token).call("GET", "/api/v1/accounts?size=1")[0] for p in [pa, pb] * 25]
        ok = statuses.count(200) == limit and statuses.count(429) == 50 - limit
        self.report(
            "per-token rate limit counts shared",
            ok,
            f"limit {limit} per window; 50 calls alternating :{pa}/:{pb}: {statuses.count(200)}x200,"
            f" {statuses.count(429)}x429",
        )
