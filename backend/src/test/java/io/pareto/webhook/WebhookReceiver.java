package io.pareto.webhook;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/** A loopback HTTP listener standing in for an integration: it verifies and records deliveries. */
final class WebhookReceiver implements AutoCloseable {
  record Received(String event, long delivery, String body, boolean signed) {}

  final List<Received> received = new CopyOnWriteArrayList<>();

  /** The status every request gets; 503 plays a receiver that is down. */
  final AtomicInteger answer = new AtomicInteger(200);

  volatile String secret;
  private final HttpServer server;

  WebhookReceiver() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 200);
    server.setExecutor(Executors.newFixedThreadPool(8));
    server.createContext(
        "/hook",
        ex -> {
          String body = new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
          int status = answer.get();
          if (status == 200) {
            boolean signed =
                WebhookSignature.verify(
                    secret,
                    ex.getRequestHeaders().getFirst("Pareto-Signature"),
                    body,
                    Instant.now(),
                    Duration.ofMinutes(5));
            received.add(
                new Received(
                    ex.getRequestHeaders().getFirst("Pareto-Event"),
                    Long.parseLong(ex.getRequestHeaders().getFirst("Pareto-Delivery")),
                    body,
                    signed));
          }
          ex.sendResponseHeaders(status, -1);
          ex.close();
        });
    server.start();
  }

  String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
