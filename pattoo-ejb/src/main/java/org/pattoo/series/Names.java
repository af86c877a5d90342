package org.pattoo.series;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The original server's name rules (original-pattoo.md §2.5) for metadata keys and metrics. */
public final class Names {

  private static final Pattern WORD = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);

  private Names() {}

  /**
   * Runs of word characters joined with {@code _}, lower-cased: "test this out" → test_this_out.
   */
  public static String tokenize(String text) {
    StringBuilder out = new StringBuilder(text.length());
    Matcher m = WORD.matcher(text);
    while (m.find()) {
      if (!out.isEmpty()) {
        out.append('_');
      }
      out.append(m.group());
    }
    return out.toString().toLowerCase(Locale.ROOT);
  }

  /** Stored keys carry the agent program, so two programs' "cpu" never meet. */
  public static String prefixed(String program, String key) {
    return program + "_" + key;
  }
}
