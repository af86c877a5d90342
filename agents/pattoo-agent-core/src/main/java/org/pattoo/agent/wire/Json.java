package org.pattoo.agent.wire;

/** The little JSON the wire format needs: quoted strings and numbers. */
public final class Json {

  private Json() {}

  public static String string(String s) {
    StringBuilder out = new StringBuilder(s.length() + 2).append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < 0x20) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.append('"').toString();
  }

  /** Integers without a decimal point, as Python's json writes them; other numbers as doubles. */
  public static String number(Number n) {
    if (n instanceof Long || n instanceof Integer || n instanceof Short || n instanceof Byte) {
      return Long.toString(n.longValue());
    }
    if (n instanceof java.math.BigInteger || n instanceof java.math.BigDecimal) {
      return n.toString();
    }
    return Double.toString(n.doubleValue());
  }
}
