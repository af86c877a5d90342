package org.pattoo.api;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.logging.Logger;
import org.pattoo.ingest.Violation;
import org.pattoo.json.Jsonp;

/** Error answers as RFC 9457 problem details: one line of detail, and each violation listed. */
public final class Problems {

  public static final String MEDIA_TYPE = "application/problem+json";

  private Problems() {}

  /**
   * A 500 naming a correlation id, under which the cause and its stack trace go to the server log:
   * the client learns where to look, never our internals. {@code more} ends the detail.
   */
  public static Response.ResponseBuilder internalError(Logger log, Throwable e, String more) {
    return of(500, "internal error " + Correlation.logged(log, e) + more);
  }

  public static Response.ResponseBuilder of(int status, String detail) {
    return of(status, detail, List.of());
  }

  public static Response.ResponseBuilder of(int status, String detail, List<Violation> errors) {
    Response.Status known = Response.Status.fromStatusCode(status);
    JsonObjectBuilder body =
        Jsonp.object()
            .add("type", "about:blank")
            .add("title", known != null ? known.getReasonPhrase() : "HTTP " + status)
            .add("status", status)
            .add("detail", detail);
    if (!errors.isEmpty()) {
      JsonArrayBuilder list = Jsonp.array();
      errors.forEach(
          v -> list.add(Jsonp.object().add("where", v.where()).add("message", v.message())));
      body.add("errors", list);
    }
    return Response.status(status).type(MEDIA_TYPE).entity(body.build().toString());
  }
}
