package org.pattoo.ingest;

import java.util.List;

/** What a decoder refused, as "where: message" lines, for assertions on exact texts. */
public final class Violations {

  /** A decoding that is expected to fail. */
  public interface Decoding {
    void run() throws Exception;
  }

  private Violations() {}

  public static List<String> of(Decoding decoding) {
    try {
      decoding.run();
    } catch (InvalidPayloadException e) {
      return e.violations().stream().map(Violation::toString).toList();
    } catch (Exception e) {
      throw new AssertionError(e);
    }
    throw new AssertionError("decoded without violations");
  }
}
