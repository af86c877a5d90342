package org.pattoo.api;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the web API's credential from {@code Authorization: Bearer}, the only place it is taken: a
 * token in a URL ends up in proxy logs, browser history and Referer headers, so one is refused.
 */
public final class BearerCredentials {

  /** Query parameters that carry credentials in other APIs; refused here, never read. */
  static final Set<String> URL_CREDENTIALS =
      Set.of("access_token", "token", "jwt", "api_key", "apikey", "refresh_token", "password");

  private BearerCredentials() {}

  /** The bearer token, empty when the request has no Authorization header. */
  public static Optional<String> of(HttpServletRequest request) throws CredentialException {
    String query = request.getQueryString();
    if (query != null) {
      for (String pair : query.split("&")) {
        String name = URLDecoder.decode(pair.split("=", 2)[0], StandardCharsets.UTF_8);
        if (URL_CREDENTIALS.contains(name.toLowerCase(Locale.ROOT))) {
          throw new CredentialException(
              400,
              "credentials go in the Authorization header, never in the URL (found " + name + ")");
        }
      }
    }
    String header = request.getHeader("Authorization");
    if (header == null || header.isBlank()) {
      return Optional.empty();
    }
    String[] parts = header.trim().split("\\s+", 2);
    if (parts.length != 2 || !parts[0].equalsIgnoreCase("Bearer")) {
      throw new CredentialException(401, "expecting Authorization: Bearer <token>");
    }
    return Optional.of(parts[1]);
  }

  /** A credential in the wrong place or form: the status and a one-line message. */
  public static final class CredentialException extends Exception {
    private final int status;

    public CredentialException(int status, String message) {
      super(message, null, false, false);
      this.status = status;
    }

    public int status() {
      return status;
    }
  }
}
