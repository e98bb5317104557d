package io.pareto.webhook;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.LongAdder;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * The background worker: claims due deliveries in batches, sends them concurrently (a batch holds
 * at most one delivery per record and endpoint, see {@link WebhookDeliveries#claim}) and records
 * each outcome. A failure waits {@code base × 2^(attempts-1)}, capped at an hour, times a random
 * factor in [0.5, 1) so that receivers coming back are not hit by every sender at once; past the
 * retry window the delivery fails for good and its endpoint is disabled.
 */
@ApplicationScoped
public class WebhookSender {
  private static final Logger LOG = Logger.getLogger(WebhookSender.class);
  static final Duration MAX_DELAY = Duration.ofHours(1);

  private final WebhookDeliveries deliveries;
  private final WebhookTargets targets;
  private final HttpClient http;
  private final int batch;
  private final Duration timeout;
  private final Duration base;

  public WebhookSender(
      WebhookDeliveries deliveries,
      WebhookTargets targets,
      @ConfigProperty(name = "pareto.webhooks.batch", defaultValue = "200") int batch,
      @ConfigProperty(name = "pareto.webhooks.timeout", defaultValue = "10s") Duration timeout,
      @ConfigProperty(name = "pareto.webhooks.backoff-base", defaultValue = "10s") Duration base) {
    this.deliveries = deliveries;
    this.targets = targets;
    this.batch = batch;
    this.timeout = timeout;
    this.base = base;
    this.http =
        HttpClient.newBuilder()
            // HTTP/2 over plain http means an h2c upgrade offer on every request, which receivers
            // ignore; 1.1 keeps pooled connections without it (docs/benchmarks.md, webhooks)
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(timeout)
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
  }

  @Scheduled(
      identity = "webhook-sender",
      every = "${pareto.webhooks.poll-every:1s}",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  void tick() {
    // drain what is due now, then wait for the next tick; bounded so a flood cannot starve it
    for (int round = 0; round < 100; round++) {
      if (sendDue() < batch) return;
    }
  }

  /** Sends one batch of due deliveries; returns how many were claimed. */
  public int sendDue() {
    long t0 = System.nanoTime();
    List<WebhookDeliveries.Claimed> claimed =
        QuarkusTransaction.requiringNew()
            .call(() -> deliveries.claim(batch, timeout.multipliedBy(3)));
    long t1 = System.nanoTime();
    spent.claim.add(t1 - t0);
    if (claimed.isEmpty()) return 0;
    List<CompletableFuture<WebhookDeliveries.Outcome>> sent = new ArrayList<>();
    for (WebhookDeliveries.Claimed c : claimed) sent.add(send(c));
    List<WebhookDeliveries.Outcome> outcomes = sent.stream().map(CompletableFuture::join).toList();
    long t2 = System.nanoTime();
    spent.send.add(t2 - t1);
    QuarkusTransaction.requiringNew().run(() -> deliveries.record(outcomes));
    spent.record.add(System.nanoTime() - t2);
    return claimed.size();
  }

  /** Where the worker's time went since start-up (nanoseconds), for the throughput benchmark. */
  record Spent(LongAdder claim, LongAdder send, LongAdder record) {}

  private final Spent spent = new Spent(new LongAdder(), new LongAdder(), new LongAdder());

  Spent spent() {
    return spent;
  }

  private CompletableFuture<WebhookDeliveries.Outcome> send(WebhookDeliveries.Claimed c) {
    Instant now = Instant.now();
    String refused = targets.refusal(c.url());
    if (refused != null) return CompletableFuture.completedFuture(failed(c, now, null, refused));
    HttpRequest req =
        HttpRequest.newBuilder(URI.create(c.url()))
            .timeout(timeout)
            .header("Content-Type", "application/json")
            .header("User-Agent", "Pareto-Webhooks")
            .header("Pareto-Event", c.eventType())
            .header("Pareto-Delivery", String.valueOf(c.id()))
            .header(
                "Pareto-Signature",
                WebhookSignature.header(c.secret(), now.getEpochSecond(), c.payload()))
            .POST(HttpRequest.BodyPublishers.ofString(c.payload()))
            .build();
    return http.sendAsync(req, HttpResponse.BodyHandlers.discarding())
        .handle(
            (res, err) -> {
              if (err != null) return failed(c, now, null, String.valueOf(err.getMessage()));
              int code = res.statusCode();
              if (code >= 200 && code < 300)
                return new WebhookDeliveries.Outcome(
                    c.id(), c.endpointId(), true, false, code, null, now, null);
              return failed(c, now, code, "HTTP " + code);
            });
  }

  private WebhookDeliveries.Outcome failed(
      WebhookDeliveries.Claimed c, Instant now, Integer code, String error) {
    Instant next = now.plus(delay(c.attempts(), base));
    boolean givenUp = next.isAfter(c.retryUntil());
    if (givenUp)
      LOG.warnf("webhook delivery %d to endpoint %d gave up: %s", c.id(), c.endpointId(), error);
    return new WebhookDeliveries.Outcome(
        c.id(), c.endpointId(), false, givenUp, code, error, now, givenUp ? null : next);
  }

  /** The wait after the n-th failed attempt (n ≥ 1). */
  static Duration delay(int attempts, Duration base) {
    long ms = base.toMillis() << Math.min(Math.max(attempts - 1, 0), 20);
    ms = Math.min(ms, MAX_DELAY.toMillis());
    return Duration.ofMillis((long) (ms * (0.5 + ThreadLocalRandom.current().nextDouble() * 0.5)));
  }
}
