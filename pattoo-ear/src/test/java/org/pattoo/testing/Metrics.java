package org.pattoo.testing;

import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the server's /pattoo/metrics as Prometheus would, with the read-only test token. */
public final class Metrics {

  private Metrics() {}

  /** The whole scrape; fails unless the server answers 200. */
  public static String scrape() throws Exception {
    HttpResponse<String> r = TestServer.getAs(TestUsers.readerAuthorization(), "/pattoo/metrics");
    if (r.statusCode() != 200) {
      throw new AssertionError("GET /pattoo/metrics: HTTP " + r.statusCode() + " " + r.body());
    }
    return r.body();
  }

  /** A sample's value in a scrape, e.g. {@code name{label="v"}}; 0 when it has none yet. */
  public static double value(String scrape, String series) {
    Matcher m = Pattern.compile("(?m)^" + Pattern.quote(series) + " (\\S+)$").matcher(scrape);
    return m.find() ? Double.parseDouble(m.group(1)) : 0;
  }
}
