package org.pattoo.receive;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import java.util.logging.Logger;
import org.pattoo.api.Problems;
import org.pattoo.auth.AgentTokenCheck;
import org.pattoo.config.Settings;
import org.pattoo.ingest.IngestMetrics;

/**
 * Lets an agent post when it presents an agent token ({@code Authorization: Bearer}, InfluxDB's
 * {@code Token}, or the password of {@code Basic}): configured or made by an admin, or when it
 * posts from one of {@code pattoo.ingest.open-networks}, which is how legacy agents without tokens
 * are allowed. A wrong token is refused even from an open network. Also counts and times every
 * answer.
 */
@Provider
@AgentIngest
@Priority(Priorities.AUTHENTICATION)
public class AgentAuthFilter implements ContainerRequestFilter, ContainerResponseFilter {

  private static final Logger LOG = Logger.getLogger(AgentAuthFilter.class.getName());
  private static final String STARTED = "pattoo.ingest.started";

  @Inject private Settings settings;
  @Inject private AgentTokenCheck tokens;
  @Inject private IngestMetrics metrics;
  @Context private HttpServletRequest request;

  @Override
  public void filter(ContainerRequestContext ctx) {
    ctx.setProperty(STARTED, System.nanoTime());
    Optional<String> token = presentedToken(ctx.getHeaderString(HttpHeaders.AUTHORIZATION));
    String refusal;
    if (token.isPresent()) {
      if (tokens.nameOf(token.get()).isPresent()) {
        return;
      }
      refusal = "invalid agent token";
    } else {
      if (fromOpenNetwork()) {
        return;
      }
      refusal =
          "a bearer token is required (pattoo.ingest.tokens) for clients outside"
              + " pattoo.ingest.open-networks";
    }
    LOG.fine(() -> "refused " + request.getRemoteAddr() + ": " + refusal);
    ctx.abortWith(
        Problems.of(401, refusal)
            .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"pattoo\"")
            .build());
  }

  @Override
  public void filter(ContainerRequestContext req, ContainerResponseContext res) {
    Object started = req.getProperty(STARTED);
    double seconds = started instanceof Long t ? (System.nanoTime() - t) / 1e9 : 0;
    metrics.answered(formatOf(req), res.getStatus(), seconds);
  }

  /** "pattoo" for the original agents' JSON, "influx" for line protocol. */
  static String formatOf(ContainerRequestContext req) {
    return req.getUriInfo().getPath().contains("agent/receive") ? "pattoo" : "influx";
  }

  private boolean fromOpenNetwork() {
    try {
      InetAddress client = InetAddress.getByName(request.getRemoteAddr());
      return settings.ingest().openNetworks().stream().anyMatch(n -> n.contains(client));
    } catch (UnknownHostException e) {
      return false;
    }
  }

  static Optional<String> presentedToken(String authorization) {
    if (authorization == null || authorization.isBlank()) {
      return Optional.empty();
    }
    String[] parts = authorization.trim().split("\\s+", 2);
    String credential = parts.length == 2 ? parts[1] : "";
    return switch (parts[0].toLowerCase()) {
      case "bearer", "token" -> Optional.of(credential);
      case "basic" -> Optional.of(basicPassword(credential));
      default -> Optional.of(""); // an unknown scheme is a wrong credential, never "none"
    };
  }

  private static String basicPassword(String encoded) {
    try {
      String decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
      return decoded.substring(decoded.indexOf(':') + 1);
    } catch (IllegalArgumentException e) {
      return "";
    }
  }
}
