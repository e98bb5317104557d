package io.pareto.tools.bench;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * kind "concurrent": {@code writers} clients (16 by default), each on its own kept-alive
 * connection, released together, each sending {@code iterations} writes ({@code method} {@code
 * path} {@code body}) for the first row of {@code params} — typically all to one account, where
 * every write rebuilds the same derived rows. In the body and path, {@code ${n}} is the request's
 * number (unique over the run). Reports the throughput over the wall time, p50 / p99 / max latency
 * and the requests that did not answer 2xx; any such error fails the run.
 */
final class ConcurrentWriters {
  private final Benchmark b;

  ConcurrentWriters(Benchmark b) {
    this.b = b;
  }

  void run(String feature, Scenario s) throws Exception {
    Map<String, Object> p = s.params() == null ? Map.of() : b.query(s.params()).get(0);
    int writers = s.writers() == null ? 16 : s.writers();
    int iterations = s.iterationsOr(50);
    int each =
        Math.max(
            Math.min(5, iterations),
            (int) Math.round(iterations * Double.parseDouble(b.opt.get("scale"))));
    String method = s.method() == null ? "POST" : s.method();
    String tag =
        Long.toString(System.currentTimeMillis(), 36); // re-runs on --reuse must not repeat names
    double[] ms = new double[writers * each];
    AtomicInteger errors = new AtomicInteger();
    AtomicReference<String> firstError = new AtomicReference<>();
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(writers);
    List<Future<?>> done = new ArrayList<>();
    for (int w = 0; w < writers; w++) {
      int writer = w;
      done.add(
          pool.submit(
              () -> {
                try (LoopbackHttp http = new LoopbackHttp(URI.create(b.opt.get("base")))) {
                  http.send(
                      "GET",
                      "/api/v1/session",
                      b.auth,
                      null); // connect before the start, not inside the timing
                  start.await();
                  for (int i = 0; i < each; i++) {
                    int n = writer * each + i;
                    Map<String, Object> q = new HashMap<>(p);
                    q.put("n", tag + "-" + n);
                    String body = s.body() == null ? "" : Benchmark.jsonBody(s.body(), q);
                    long t = System.nanoTime();
                    LoopbackHttp.Response r =
                        http.send(method, Benchmark.path(s.path(), q), b.auth, body);
                    ms[n] = (System.nanoTime() - t) / 1e6;
                    if (r.status() / 100 != 2) {
                      errors.incrementAndGet();
                      firstError.compareAndSet(
                          null, r.status() + " " + new String(r.body(), StandardCharsets.UTF_8));
                    }
                  }
                }
                return null;
              }));
    }
    long t0 = System.nanoTime();
    start.countDown();
    try {
      for (Future<?> f : done) f.get(10, TimeUnit.MINUTES);
    } finally {
      pool.shutdownNow();
    }
    double seconds = (System.nanoTime() - t0) / 1e9;
    double target = s.target("errors");
    boolean ok = errors.get() <= (Double.isNaN(target) ? 0 : target);
    if (!ok) {
      b.failures++;
      System.err.println("    first error: " + firstError.get());
    }
    b.concurrentRows.add(
        String.format(
            Locale.ROOT,
            "| %s | %s | %d × %d | %.0f | %s / %s / %s | %d | %s |",
            feature,
            s.name(),
            writers,
            each,
            ms.length / seconds,
            Benchmark.fmt(Stats.quantile(ms, 0.50)),
            Benchmark.fmt(Stats.quantile(ms, 0.99)),
            Benchmark.fmt(Stats.of(ms).max()),
            errors.get(),
            ok ? "✓" : "✗"));
    System.err.println("    " + b.concurrentRows.get(b.concurrentRows.size() - 1));
  }
}
