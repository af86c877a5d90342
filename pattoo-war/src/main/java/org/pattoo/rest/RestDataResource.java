package org.pattoo.rest;

import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.logging.Logger;
import org.pattoo.api.CallerLanguage;
import org.pattoo.api.Problems;
import org.pattoo.json.Jsonp;
import org.pattoo.query.DatapointInfo;
import org.pattoo.query.DatapointQueries;
import org.pattoo.query.QueryException;
import org.pattoo.query.ReadConnections;
import org.pattoo.query.Resolution;
import org.pattoo.query.SeriesPoint;
import org.pattoo.query.SeriesQueries;
import org.pattoo.series.DataType;
import org.pattoo.storage.DatabaseOutage;

/**
 * {@code GET /pattoo/api/v1/web/rest/data/{idxDatapoint}?secondsago=N}: the last N seconds (default
 * 7 days) as {@code [{"timestamp": ms, "value": v}]}, the original's shape (original-pattoo.md
 * §4.6). Unlike the original, counters wrap correctly, the range ends now, and long ranges come
 * from rollups (the AUTO resolution). A string datapoint gives {@code []} as it did there.
 */
@Path("v1/web/rest/data/{idxDatapoint}")
@Produces(MediaType.APPLICATION_JSON)
public class RestDataResource {

  private static final Logger LOG = Logger.getLogger(RestDataResource.class.getName());
  private static final long MAX_SECONDS = 100L * 365 * 86_400;

  @Inject DatapointQueries datapoints;
  @Inject SeriesQueries series;
  @Inject Clock clock;
  @Inject CallerLanguage language;

  @GET
  public Response data(
      @PathParam("idxDatapoint") String idx,
      @QueryParam("secondsago") @DefaultValue("604800") String secondsAgo) {
    long id;
    long seconds;
    try {
      id = Long.parseLong(idx);
      seconds = Long.parseLong(secondsAgo);
    } catch (NumberFormatException e) {
      return Problems.of(400, "idxDatapoint and secondsago must be integers").build();
    }
    if (seconds < 1 || seconds > MAX_SECONDS) {
      return Problems.of(400, "secondsago: expecting 1-" + MAX_SECONDS + ", found " + seconds)
          .build();
    }
    try {
      List<DatapointInfo> found = datapoints.byIds(List.of(id), language.get());
      if (found.isEmpty()) {
        return Problems.of(404, "no datapoint " + id).build();
      }
      JsonArrayBuilder out = Jsonp.array();
      if (found.get(0).dataType() != DataType.STRING.code()) {
        long now = clock.millis();
        for (SeriesPoint p :
            series
                .series(List.of(id), now - seconds * 1000, now, Resolution.AUTO)
                .get(0)
                .points()) {
          JsonObjectBuilder point = Jsonp.object().add("timestamp", p.timestamp());
          out.add(p.value() == null ? point.addNull("value") : point.add("value", p.value()));
        }
      }
      return Response.ok(out.build().toString()).build();
    } catch (QueryException e) {
      return Problems.of(400, e.getMessage()).build();
    } catch (SQLException e) {
      if (ReadConnections.timedOut(e)) {
        // Prometheus answers a query timeout with 503 too; retrying the same read will not help.
        return Problems.of(
                503, "query cancelled: it ran longer than pattoo.query.statement-timeout")
            .build();
      }
      if (!DatabaseOutage.is(e)) {
        return Problems.internalError(LOG, e, "; see the server log").build();
      }
      LOG.warning("REST data read failed: " + e.getMessage());
      return Problems.of(503, "database unavailable, try again later")
          .header("Retry-After", "10")
          .build();
    }
  }
}
