package io.pareto.webhook;

import io.pareto.common.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Which URLs may receive webhooks: http(s) only and, unless {@code
 * pareto.webhooks.allow-private-targets} is on (tests and single-machine setups), no loopback,
 * private, link-local or wildcard address, so an ADMIN cannot point the server at its own network
 * (SSRF). Checked when an endpoint is saved and again before each send, since DNS can change.
 */
@ApplicationScoped
public class WebhookTargets {
  private final boolean allowPrivate;

  public WebhookTargets(
      @ConfigProperty(name = "pareto.webhooks.allow-private-targets", defaultValue = "false")
          boolean allowPrivate) {
    this.allowPrivate = allowPrivate;
  }

  /** The URL, or a 400 problem naming {@code url}. */
  public URI require(String url) {
    String why = refusal(url);
    if (why != null) throw ProblemException.badRequest("url", "WEBHOOK_TARGET_REFUSED", why);
    return URI.create(url);
  }

  /** Why the URL may not receive deliveries, or null when it may. */
  public String refusal(String url) {
    URI uri;
    try {
      uri = new URI(url);
    } catch (Exception e) {
      return "not a URL";
    }
    String scheme = uri.getScheme();
    if (scheme == null || !(scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https")))
      return "only http and https URLs receive webhooks";
    if (uri.getHost() == null || uri.getUserInfo() != null) return "needs a host and no user info";
    if (allowPrivate) return null;
    try {
      for (InetAddress a : InetAddress.getAllByName(uri.getHost())) {
        if (a.isLoopbackAddress()
            || a.isSiteLocalAddress()
            || a.isLinkLocalAddress()
            || a.isAnyLocalAddress()
            || a.isMulticastAddress()
            || isUniqueLocal(a)) return "loopback and private addresses are refused";
      }
    } catch (UnknownHostException e) {
      return "the host does not resolve";
    }
    return null;
  }

  /** IPv6 fc00::/7, which InetAddress does not count as site-local. */
  private static boolean isUniqueLocal(InetAddress a) {
    byte[] b = a.getAddress();
    return b.length == 16 && (b[0] & 0xfe) == 0xfc;
  }
}
