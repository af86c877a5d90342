package org.pattoo.rest;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.pattoo.api.BearerCredentials;
import org.pattoo.api.CurrentCaller;
import org.pattoo.api.Problems;
import org.pattoo.api.WebAuthentication;
import org.pattoo.auth.Caller;
import org.pattoo.json.Jsonp;

/** The REST data route reads like GraphQL does: only with an access token or an API token. */
@WebFilter(urlPatterns = "/api/v1/web/rest/*")
public class RestAuthFilter extends HttpFilter {

  @Inject private WebAuthentication authentication;
  @Inject private CurrentCaller current;

  @Override
  protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
      throws IOException, ServletException {
    Optional<Caller> caller;
    try {
      caller = authentication.caller(req);
    } catch (BearerCredentials.CredentialException e) {
      refuse(res, e.status(), e.getMessage());
      return;
    }
    if (caller.isEmpty()) {
      refuse(res, 401, "authentication required: send Authorization: Bearer <token>");
      return;
    }
    if (caller.get().passwordExpired()) {
      refuse(res, 403, "password expired: change it with changePassword first");
      return;
    }
    current.set(caller, req.getRemoteAddr());
    chain.doFilter(req, res);
  }

  private static void refuse(HttpServletResponse res, int status, String detail)
      throws IOException {
    String body =
        Jsonp.object()
            .add("type", "about:blank")
            .add("title", status == 401 ? "Unauthorized" : status == 403 ? "Forbidden" : "Error")
            .add("status", status)
            .add("detail", detail)
            .build()
            .toString();
    res.setStatus(status);
    if (status == 401) {
      res.setHeader("WWW-Authenticate", "Bearer realm=\"pattoo\"");
    }
    res.setContentType(Problems.MEDIA_TYPE);
    res.getOutputStream().write(body.getBytes(StandardCharsets.UTF_8));
  }
}
