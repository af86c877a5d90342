package org.pattoo.health;

import jakarta.inject.Inject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.pattoo.json.Jsonp;

/**
 * The same readiness as MicroProfile Health's {@code /health/ready}, in its format, served by the
 * application on its own port. Load balancers and agents need one URL on every server: WildFly's
 * MicroProfile Health serves only its management port and leaves out the checks of an EAR's modules
 * (WFLY-12835), so there its {@code /health/ready} says nothing about the database.
 */
@Path("v1/health/ready")
@Produces(MediaType.APPLICATION_JSON)
public class ReadinessResource {

  @Inject @Readiness private DatabaseReadiness database;

  @GET
  public Response ready() {
    HealthCheckResponse check = database.call();
    boolean up = check.getStatus() == HealthCheckResponse.Status.UP;
    JsonObjectBuilder json =
        Jsonp.object().add("name", check.getName()).add("status", up ? "UP" : "DOWN");
    check.getData().ifPresent(data -> json.add("data", asJson(data)));
    return Response.status(up ? 200 : 503)
        .entity(
            Jsonp.object()
                .add("status", up ? "UP" : "DOWN")
                .add("checks", Jsonp.array().add(json))
                .build()
                .toString())
        .build();
  }

  private static JsonObjectBuilder asJson(Map<String, Object> data) {
    JsonObjectBuilder json = Jsonp.object();
    data.forEach((key, value) -> json.add(key, String.valueOf(value)));
    return json;
  }
}
