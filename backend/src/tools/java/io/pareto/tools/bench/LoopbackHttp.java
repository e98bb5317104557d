package io.pareto.tools.bench;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The timed requests' client: HTTP/1.1 over one kept-alive socket, request written in one go, body
 * read by Content-Length or chunks. java.net.http.HttpClient hands every exchange to its selector
 * thread and back through futures: on the same warm server it measured the account list page at
 * 2.7-4.2 ms p50 and an account by id at 0.8-1.6 ms where wrk measured 1.05 ms and 0.28 ms, so the
 * ratio charged the API for the client (the SQL side runs over the lean JDBC driver).
 */
final class LoopbackHttp implements AutoCloseable {
  record Response(int status, byte[] body) {}

  private final String host;
  private final int port;
  private Socket socket;
  private InputStream in;
  private OutputStream out;

  LoopbackHttp(URI base) {
    if (!"http".equals(base.getScheme())
        || (base.getRawPath() != null
            && !base.getRawPath().isEmpty()
            && !base.getRawPath().equals("/"))) {
      throw new IllegalArgumentException("--base must be http://host:port, got " + base);
    }
    this.host = base.getHost();
    this.port = base.getPort() < 0 ? 80 : base.getPort();
  }

  /**
   * One exchange; on any failure the connection is dropped, so a late or partial reply cannot leak
   * into the next.
   */
  Response send(String method, String path, String authorization, String jsonBody)
      throws IOException {
    try {
      return exchange(method, path, authorization, jsonBody);
    } catch (IOException | RuntimeException e) {
      close();
      throw e;
    }
  }

  private Response exchange(String method, String path, String authorization, String jsonBody)
      throws IOException {
    byte[] body = jsonBody == null ? new byte[0] : jsonBody.getBytes(StandardCharsets.UTF_8);
    String head =
        method
            + " "
            + path
            + " HTTP/1.1\r\nHost: "
            + host
            + ":"
            + port
            + "\r\nAuthorization: "
            + authorization
            + "\r\nAccept: application/json\r\n"
            + (jsonBody == null
                ? ""
                : "Content-Type: application/json\r\nContent-Length: " + body.length + "\r\n")
            + "\r\n";
    if (socket == null) open();
    byte[] h = head.getBytes(StandardCharsets.UTF_8);
    byte[] request = new byte[h.length + body.length];
    System.arraycopy(h, 0, request, 0, h.length);
    System.arraycopy(body, 0, request, h.length, body.length);
    out.write(request);
    out.flush();
    return read();
  }

  private void open() throws IOException {
    socket = new Socket();
    socket.connect(new InetSocketAddress(host, port), 5_000);
    socket.setTcpNoDelay(true);
    socket.setSoTimeout(600_000); // a classification run or an import may take minutes at scale
    in = new BufferedInputStream(socket.getInputStream(), 65_536);
    out = socket.getOutputStream();
  }

  private Response read() throws IOException {
    int code;
    do { // 1xx interim answers end at their blank line; the real one follows
      code = Integer.parseInt(line().split(" ")[1]);
      if (code / 100 == 1) while (!line().isEmpty()) {}
    } while (code / 100 == 1);
    long length = -1;
    boolean chunked = false;
    boolean close = false;
    for (String l = line(); !l.isEmpty(); l = line()) {
      String lower = l.toLowerCase(Locale.ROOT);
      if (lower.startsWith("content-length:")) length = Long.parseLong(lower.substring(15).trim());
      else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) chunked = true;
      else if (lower.startsWith("connection:") && lower.contains("close")) close = true;
    }
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    if (code == 204 || code == 304) {
      // no body by definition, whatever the headers say
    } else if (chunked) {
      for (int size = Integer.parseInt(line().split(";")[0].trim(), 16);
          size > 0;
          size = Integer.parseInt(line().split(";")[0].trim(), 16)) {
        body.write(exactly(size));
        line();
      }
      while (!line().isEmpty()) {} // trailers
    } else if (length >= 0) {
      body.write(exactly(Math.toIntExact(length)));
    } else {
      body.write(in.readAllBytes());
      close = true;
    }
    if (close) close();
    return new Response(code, body.toByteArray());
  }

  private byte[] exactly(int n) throws IOException {
    byte[] b = in.readNBytes(n);
    if (b.length != n)
      throw new IOException("connection closed after " + b.length + " of " + n + " body bytes");
    return b;
  }

  private String line() throws IOException {
    StringBuilder s = new StringBuilder();
    for (int c = in.read(); c != '\n'; c = in.read()) {
      if (c < 0) throw new IOException("connection closed mid-response");
      if (c != '\r') s.append((char) c);
    }
    return s.toString();
  }

  @Override
  public void close() throws IOException {
    if (socket != null) socket.close();
    socket = null;
  }
}
