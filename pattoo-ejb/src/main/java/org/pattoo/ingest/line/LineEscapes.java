package org.pattoo.ingest.line;

/**
 * Line protocol's escaping rules: which characters a backslash escapes where. Any other backslash
 * is a literal, as InfluxDB reads it.
 */
final class LineEscapes {

  /** In measurements, tag keys and values, and field keys. */
  static final String NAME = ",= ";

  /** Inside a string field value. */
  static final String STRING = "\"\\";

  private LineEscapes() {}

  /** {@code text} with the backslash before each character of {@code escapable} dropped. */
  static String unescape(String text, String escapable) {
    if (text.indexOf('\\') < 0) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\\' && i + 1 < text.length() && escapable.indexOf(text.charAt(i + 1)) >= 0) {
        c = text.charAt(++i);
      }
      out.append(c);
    }
    return out.toString();
  }
}
