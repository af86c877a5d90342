package org.pattoo.status;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * Liveness of the two APIs, with the original pattoo's texts so its tooling keeps working.
 * Readiness (database reachable, schema current) is {@code /api/v1/health/ready} ({@link
 * org.pattoo.health.ReadinessResource}).
 */
@Path("v1/{api: agent|web}/status")
@Produces(MediaType.TEXT_PLAIN)
public class StatusResource {

  @GET
  public String status(@PathParam("api") String api) {
    return api.equals("agent")
        ? "The Pattoo Agent API is Operational.\n"
        : "The Pattoo Web API is Operational.\n";
  }
}
