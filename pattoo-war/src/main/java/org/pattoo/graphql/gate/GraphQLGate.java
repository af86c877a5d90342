package org.pattoo.graphql.gate;

import graphql.language.Document;
import graphql.parser.InvalidSyntaxException;
import graphql.parser.Parser;
import io.smallrye.graphql.execution.context.SmallRyeContextManager;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.pattoo.api.BearerCredentials;
import org.pattoo.api.CurrentCaller;
import org.pattoo.api.WebAuthentication;
import org.pattoo.auth.Caller;
import org.pattoo.config.GraphQLSettings;
import org.pattoo.config.Settings;
import org.pattoo.graphql.answer.GraphQLAnswers;
import org.pattoo.json.Jsonp;

/**
 * Stands in front of the GraphQL servlet. Takes only POSTed JSON within {@code
 * pattoo.graphql.max-request-bytes}; authenticates the bearer token; parses the query and refuses
 * it when it is deeper, wider or costlier than the {@code pattoo.graphql.*} limits or when the
 * caller may not send it (no token: only login and refresh), all before any of it runs. An admitted
 * request is answered here ({@link GraphQLAnswers}), not by SmallRye's servlet: that servlet stays
 * mapped to this path (web.xml) only so that it is not also reachable at its default one.
 */
@WebFilter(urlPatterns = "/api/v1/web/graphql")
public class GraphQLGate extends HttpFilter {

  @Inject private Settings settings;
  @Inject private WebAuthentication authentication;
  @Inject private CurrentCaller current;
  @Inject private GraphQLAnswers answers;

  @Override
  protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
      throws IOException, ServletException {
    try {
      byte[] body = admit(req);
      answers.answer(body, req, res);
    } catch (Refusal r) {
      refuse(res, r);
    } finally {
      // SmallRye leaves the request (variables, passwords included) in a thread-local; the
      // server prints such leftovers into its log when the application stops.
      SmallRyeContextManager.clearCurrentSmallRyeContext();
    }
  }

  private byte[] admit(HttpServletRequest req) throws Refusal, IOException {
    if (!"POST".equals(req.getMethod())) {
      throw new Refusal(405, "METHOD_NOT_ALLOWED", "GraphQL takes POST requests with a JSON body");
    }
    Optional<Caller> caller = authenticate(req);
    GraphQLSettings limits = settings.graphql();
    byte[] body = readBody(req.getInputStream(), limits.maxRequestBytes());
    GraphQLRequest request = GraphQLRequest.parse(body);
    Document document = parse(request.query(), caller.isPresent());
    Optional<QueryShape> shape =
        QueryShape.measure(
            document, request.operationName(), request.variables(), limits.maxFields());
    if (shape.isPresent()) { // else GraphQL's validator names the missing operation
      QueryLimits.check(shape.get(), limits);
    }
    AccessRules.check(caller, shape);
    current.set(caller, req.getRemoteAddr());
    return body;
  }

  private Optional<Caller> authenticate(HttpServletRequest req) throws Refusal {
    try {
      return authentication.caller(req);
    } catch (BearerCredentials.CredentialException e) {
      String code =
          switch (e.status()) {
            case 401 -> "UNAUTHENTICATED";
            case 503 -> "UNAVAILABLE";
            default -> "BAD_REQUEST";
          };
      throw new Refusal(e.status(), code, e.getMessage());
    }
  }

  private static Document parse(String query, boolean authenticated) throws Refusal {
    try {
      return Parser.parse(query);
    } catch (InvalidSyntaxException e) {
      if (!authenticated) {
        AccessRules.check(Optional.empty(), Optional.empty());
      }
      throw new Refusal(400, "GRAPHQL_PARSE_FAILED", "query: " + e.getMessage());
    }
  }

  private static byte[] readBody(InputStream in, int maxBytes) throws Refusal, IOException {
    byte[] body = in.readNBytes(maxBytes + 1);
    if (body.length > maxBytes) {
      throw new Refusal(
          413,
          "REQUEST_TOO_LARGE",
          "request body larger than " + maxBytes + " bytes (pattoo.graphql.max-request-bytes)");
    }
    return body;
  }

  /** A GraphQL error answer, so GraphQL clients show the message as they show any other. */
  static void refuse(HttpServletResponse res, Refusal r) throws IOException {
    String json =
        Jsonp.object()
            .add(
                "errors",
                Jsonp.array()
                    .add(
                        Jsonp.object()
                            .add("message", r.getMessage())
                            .add("extensions", Jsonp.object().add("code", r.code()))))
            .build()
            .toString();
    res.setStatus(r.status());
    if (r.status() == 401) {
      res.setHeader("WWW-Authenticate", "Bearer realm=\"pattoo\"");
    }
    res.setContentType("application/json");
    res.setCharacterEncoding("UTF-8");
    res.getOutputStream().write(json.getBytes(StandardCharsets.UTF_8));
  }
}
