package org.pattoo.testing;

import jakarta.json.Json;
import jakarta.json.JsonObject;

/** Logins and authenticated GraphQL calls through the API, as the web UI or a script makes them. */
public final class Logins {

  static final String LOGIN =
      "mutation($u: String!, $p: String!) { login(username: $u, password: $p) {"
          + " accessToken accessTokenExpiresAt refreshToken refreshTokenExpiresAt passwordExpired } }";

  private Logins() {}

  /** The whole answer to a login with these credentials. */
  public static JsonObject attempt(String username, String password) throws Exception {
    return GraphQL.postAs(
        null, LOGIN, Json.createObjectBuilder().add("u", username).add("p", password).build());
  }

  /** The tokens of a login that must succeed. */
  public static JsonObject login(String username, String password) throws Exception {
    JsonObject answer = attempt(username, password);
    if (answer.containsKey("errors")) {
      throw new AssertionError("login of " + username + " failed: " + answer.get("errors"));
    }
    return answer.getJsonObject("data").getJsonObject("login");
  }

  /** The Authorization header value for a login's access token. */
  public static String bearer(JsonObject tokens) {
    return "Bearer " + tokens.getString("accessToken");
  }

  /** The answer to {@code query} sent with this Authorization header (null: none). */
  public static JsonObject as(String authorization, String query) throws Exception {
    return GraphQL.postAs(authorization, query, Json.createObjectBuilder().build());
  }

  /** The first error message of an answer, or null when it has none. */
  public static String error(JsonObject answer) {
    return answer.containsKey("errors")
        ? answer.getJsonArray("errors").getJsonObject(0).getString("message")
        : null;
  }
}
