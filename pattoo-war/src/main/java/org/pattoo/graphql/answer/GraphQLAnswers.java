package org.pattoo.graphql.answer;

import graphql.ExecutionResult;
import io.smallrye.graphql.execution.ExecutionResponse;
import io.smallrye.graphql.execution.ExecutionService;
import io.smallrye.graphql.spi.config.Config;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.pattoo.json.Jsonp;

/**
 * Runs a GraphQL request through SmallRye's execution, as its servlet would, and writes the answer.
 * An answer with only {@code data} is written straight from the execution's result (see {@link
 * DataWriter}); one with errors or extensions is written by SmallRye, which shapes those.
 */
@ApplicationScoped
public class GraphQLAnswers {

  private static final String JSON = "application/json;charset=UTF-8";

  @Inject ExecutionService execution;

  /** Answers {@code body}, a GraphQL-over-HTTP JSON object the caller has checked. */
  public void answer(byte[] body, HttpServletRequest req, HttpServletResponse res)
      throws IOException {
    JsonObject input;
    try (var reader = Jsonp.reader(new ByteArrayInputStream(body))) {
      input = reader.readObject();
    }
    try {
      execution.executeSync(input, metadata(req), response -> write(response, res));
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  private static void write(ExecutionResponse response, HttpServletResponse res) {
    res.setContentType(JSON);
    try {
      ExecutionResult result = response.getExecutionResult();
      if (dataOnly(result) && DataWriter.writable(result.getData())) {
        new DataWriter(res.getOutputStream())
            .raw("{\"data\":")
            .write(result.getData())
            .raw("}")
            .flush();
      } else {
        try (var writer = Jsonp.provider().createWriter(res.getOutputStream())) {
          writer.writeObject(response.getExecutionResultAsJsonObject());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static boolean dataOnly(ExecutionResult result) {
    return result.getErrors().isEmpty()
        && (result.getExtensions() == null || result.getExtensions().isEmpty())
        && !Config.get().isExcludeNullFieldsInResponses();
  }

  /** What SmallRye's servlet hands its execution besides the body: the request's headers. */
  private static Map<String, Object> metadata(HttpServletRequest req) {
    Map<String, List<String>> headers = new ConcurrentHashMap<>();
    if (req.getHeaderNames() != null) {
      for (String name : Collections.list(req.getHeaderNames())) {
        headers.put(name, Collections.list(req.getHeaders(name)));
      }
    }
    Map<String, Object> out = new ConcurrentHashMap<>();
    out.put("httpHeaders", headers);
    return out;
  }
}
