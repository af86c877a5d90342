package org.pattoo.api;

import jakarta.ejb.EJBException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Logger;
import org.pattoo.ingest.InvalidPayloadException;
import org.pattoo.ingest.PayloadTooLargeException;
import org.pattoo.ingest.StorageException;
import org.pattoo.storage.DatabaseOutage;

/** Maps every failure to a problem answer; no stack trace ever reaches a client. */
public final class ProblemMappers {

  private static final Logger LOG = Logger.getLogger(ProblemMappers.class.getName());

  /** Seconds an agent should wait before retrying while the database is away. */
  static final int RETRY_AFTER_SECONDS = 10;

  private ProblemMappers() {}

  @Provider
  public static class InvalidPayload implements ExceptionMapper<InvalidPayloadException> {
    @Override
    public Response toResponse(InvalidPayloadException e) {
      return Problems.of(
              400,
              e.violations().size() + " problem(s) in the posted data; nothing was stored",
              e.violations())
          .build();
    }
  }

  @Provider
  public static class PayloadTooLarge implements ExceptionMapper<PayloadTooLargeException> {
    @Override
    public Response toResponse(PayloadTooLargeException e) {
      // Closing tells a client still uploading to stop instead of stalling on a full window.
      return Problems.of(413, e.getMessage() + "; nothing was stored, send smaller batches")
          .header("Connection", "close")
          .build();
    }
  }

  @Provider
  public static class Storage implements ExceptionMapper<StorageException> {
    @Override
    public Response toResponse(StorageException e) {
      return storageProblem(e, e.isUnavailable());
    }
  }

  /** The container's wrapper, e.g. when the commit itself fails because the database went. */
  @Provider
  public static class Ejb implements ExceptionMapper<EJBException> {
    @Override
    public Response toResponse(EJBException e) {
      return storageProblem(e, DatabaseOutage.is(e));
    }
  }

  @Provider
  public static class WebApplication implements ExceptionMapper<WebApplicationException> {
    @Override
    public Response toResponse(WebApplicationException e) {
      Response original = e.getResponse();
      Response.ResponseBuilder problem = Problems.of(original.getStatus(), e.getMessage());
      original.getHeaders().forEach((k, values) -> values.forEach(v -> problem.header(k, v)));
      return problem.type(Problems.MEDIA_TYPE).build();
    }
  }

  @Provider
  public static class Unexpected implements ExceptionMapper<Throwable> {
    @Override
    public Response toResponse(Throwable e) {
      return internalError(e);
    }
  }

  private static Response storageProblem(Exception e, boolean unavailable) {
    if (!unavailable) {
      return internalError(e);
    }
    LOG.warning("refused a request: " + e.getMessage());
    return Problems.of(503, "database unavailable; nothing was stored, retry later")
        .header("Retry-After", RETRY_AFTER_SECONDS)
        .build();
  }

  private static Response internalError(Throwable e) {
    return Problems.internalError(LOG, e, "; nothing was stored, see the server log").build();
  }
}
