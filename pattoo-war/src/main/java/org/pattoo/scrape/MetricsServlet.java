package org.pattoo.scrape;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.pattoo.api.BearerCredentials;
import org.pattoo.api.WebAuthentication;
import org.pattoo.metrics.Registry;

/**
 * {@code GET /pattoo/metrics}: the Prometheus text format, for a scrape job with {@code
 * authorization: {credentials_file: ...}} holding an API token (read-only, as scraping is).
 */
@WebServlet("/metrics")
public class MetricsServlet extends HttpServlet {

  @Inject private WebAuthentication authentication;
  @Inject private Registry registry;

  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse res) throws IOException {
    try {
      if (authentication.caller(req).isEmpty()) {
        refuse(res, 401, "authentication required: send Authorization: Bearer <API token>");
        return;
      }
    } catch (BearerCredentials.CredentialException e) {
      refuse(res, e.status(), e.getMessage());
      return;
    }
    res.setContentType(Registry.contentType());
    registry.scrape(res.getOutputStream());
  }

  private static void refuse(HttpServletResponse res, int status, String message)
      throws IOException {
    res.setStatus(status);
    if (status == 401) {
      res.setHeader("WWW-Authenticate", "Bearer realm=\"pattoo\"");
    }
    res.setContentType("text/plain; charset=utf-8");
    res.getWriter().println(message);
  }
}
