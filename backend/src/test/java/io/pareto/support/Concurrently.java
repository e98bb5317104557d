package io.pareto.support;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs {@code threads} writers released together, each doing {@code writes} writes, and tallies the
 * HTTP status of every request they sent (a write may send several, e.g. create then transition).
 */
public final class Concurrently {
  private Concurrently() {}

  /** One write: thread t (0-based), its i-th write, and n = t × writes + i, unique over the run. */
  @FunctionalInterface
  public interface Write {
    void run(int t, int i, int n, Tally tally) throws Exception;
  }

  /** Status codes seen, by request kind ("create contact" → 201 × 160). */
  public static final class Tally {
    private final ConcurrentHashMap<String, ConcurrentHashMap<Integer, AtomicInteger>> counts =
        new ConcurrentHashMap<>();

    public int record(String request, int status) {
      counts
          .computeIfAbsent(request, k -> new ConcurrentHashMap<>())
          .computeIfAbsent(status, k -> new AtomicInteger())
          .incrementAndGet();
      return status;
    }

    public int count(String request, int status) {
      var byStatus = counts.get(request);
      AtomicInteger n = byStatus == null ? null : byStatus.get(status);
      return n == null ? 0 : n.get();
    }

    /** Requests of this kind that answered anything else than the listed statuses. */
    public int other(String request, Integer... expected) {
      var byStatus = counts.getOrDefault(request, new ConcurrentHashMap<>());
      List<Integer> ok = List.of(expected);
      return byStatus.entrySet().stream()
          .filter(e -> !ok.contains(e.getKey()))
          .mapToInt(e -> e.getValue().get())
          .sum();
    }

    @Override
    public String toString() {
      return counts.toString();
    }
  }

  public static Tally run(int threads, int writes, Write write) throws Exception {
    Tally tally = new Tally();
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<?>> done = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        int thread = t;
        done.add(
            pool.submit(
                () -> {
                  start.await();
                  for (int i = 0; i < writes; i++) write.run(thread, i, thread * writes + i, tally);
                  return null;
                }));
      }
      start.countDown();
      for (Future<?> f : done) f.get(10, TimeUnit.MINUTES);
    } finally {
      pool.shutdownNow();
    }
    return tally;
  }
}
