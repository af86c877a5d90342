package org.pattoo.config;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads typed values from a key lookup, collecting every impossible value instead of stopping at
 * the first, clamping unwise ones with a warning, and remembering the effective value of each key.
 */
public final class SettingsReader {

  private static final Pattern DURATION = Pattern.compile("(-?\\d+)(ms|s|m|h|d|w|y)");
  private static final Pattern SECRET_KEY = Pattern.compile(".*(password|secret|token|tokens)$");

  private final Function<String, Optional<String>> lookup;
  private final List<String> problems = new ArrayList<>();
  private final List<String> warnings = new ArrayList<>();
  private final Map<String, String> effective = new LinkedHashMap<>();

  public SettingsReader(Function<String, Optional<String>> lookup) {
    this.lookup = lookup;
  }

  /**
   * A duration written the Prometheus way ({@code 500ms}, {@code 30s}, {@code 5m}, {@code 35d}).
   * Zero, negative or unparsable values are errors; values outside [min, max] are clamped.
   */
  public Duration duration(String key, Duration fallback, Duration min, Duration max) {
    Duration value = fallback;
    Optional<String> raw = raw(key);
    if (raw.isPresent()) {
      Optional<Duration> parsed = parseDuration(raw.get());
      if (parsed.isEmpty() || parsed.get().isNegative() || parsed.get().isZero()) {
        return problem(
            key,
            "expecting a positive duration such as 30s, 5m or 35d, found \"" + raw.get() + "\"",
            fallback);
      }
      value = clamp(key, parsed.get(), min, max);
    }
    effective.put(key, format(value));
    return value;
  }

  /**
   * How long data is kept: a duration of at least {@code min}, or {@code forever} (empty). Shorter
   * values are errors rather than clamped, since they would delete data.
   */
  public Optional<Duration> retention(String key, Optional<Duration> fallback, Duration min) {
    Optional<Duration> value = fallback;
    Optional<String> raw = raw(key);
    if (raw.isPresent()) {
      if (raw.get().trim().equalsIgnoreCase("forever")) {
        value = Optional.empty();
      } else {
        Optional<Duration> parsed = parseDuration(raw.get());
        if (parsed.isEmpty() || parsed.get().compareTo(min) < 0) {
          return problem(
              key,
              "expecting forever or a duration of at least "
                  + format(min)
                  + " such as 35d, found \""
                  + raw.get()
                  + "\"",
              fallback);
        }
        value = parsed;
      }
    }
    effective.put(key, value.map(SettingsReader::format).orElse("forever"));
    return value;
  }

  /** An integer in [min, max]; anything else is an error. */
  public int integer(String key, int fallback, int min, int max) {
    int value = fallback;
    Optional<String> raw = raw(key);
    if (raw.isPresent()) {
      try {
        value = Integer.parseInt(raw.get().trim());
      } catch (NumberFormatException e) {
        return problem(key, expectingRange(min, max) + ", found \"" + raw.get() + "\"", fallback);
      }
      if (value < min || value > max) {
        return problem(key, expectingRange(min, max) + ", found " + value, fallback);
      }
    }
    effective.put(key, Integer.toString(value));
    return value;
  }

  /** {@code true} or {@code false}, in any case; anything else is an error. */
  public boolean bool(String key, boolean fallback) {
    Optional<String> raw = raw(key);
    if (raw.isEmpty()) {
      effective.put(key, Boolean.toString(fallback));
      return fallback;
    }
    String text = raw.get().trim();
    if (!text.equalsIgnoreCase("true") && !text.equalsIgnoreCase("false")) {
      return problem(key, "expecting true or false, found \"" + raw.get() + "\"", fallback);
    }
    boolean value = Boolean.parseBoolean(text);
    effective.put(key, Boolean.toString(value));
    return value;
  }

  /** Free text, trimmed; a blank value counts as unset. */
  public String string(String key, String fallback) {
    String value = raw(key).map(String::trim).orElse(fallback);
    effective.put(key, value);
    return value;
  }

  /**
   * Comma-separated items, trimmed, empty items dropped; an unset key gives the fallback and {@code
   * none} the empty list (MicroProfile Config treats an empty value as unset).
   */
  public List<String> list(String key, List<String> fallback) {
    List<String> value =
        raw(key)
            .map(v -> v.trim().equalsIgnoreCase("none") ? "" : v)
            .map(v -> Arrays.stream(v.split(",")).map(String::trim).filter(t -> !t.isEmpty()))
            .map(s -> s.toList())
            .orElse(fallback);
    effective.put(key, String.join(",", value));
    return value;
  }

  /** Records an impossible value found by the caller's own parsing of a key. */
  public void invalid(String key, String message) {
    problems.add(key + ": " + message);
  }

  /** Throws naming every impossible value read so far. */
  public void failOnProblems() {
    if (!problems.isEmpty()) {
      throw new InvalidSettingsException(problems);
    }
  }

  /** Clamping notices, one line per key. */
  public List<String> warnings() {
    return List.copyOf(warnings);
  }

  /** Every key read, with its effective value; secrets are masked. */
  public Map<String, String> effectiveMasked() {
    Map<String, String> masked = new LinkedHashMap<>();
    effective.forEach((k, v) -> masked.put(k, SECRET_KEY.matcher(k).matches() ? "****" : v));
    return masked;
  }

  /** Parses {@code <integer><unit>}; a plain number is not accepted, to avoid unit mistakes. */
  static Optional<Duration> parseDuration(String text) {
    Matcher m = DURATION.matcher(text.trim());
    if (!m.matches()) {
      return Optional.empty();
    }
    long n;
    try {
      n = Long.parseLong(m.group(1));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
    return Optional.of(
        switch (m.group(2)) {
          case "ms" -> Duration.ofMillis(n);
          case "s" -> Duration.ofSeconds(n);
          case "m" -> Duration.ofMinutes(n);
          case "h" -> Duration.ofHours(n);
          case "d" -> Duration.ofDays(n);
          case "w" -> Duration.ofDays(7 * n);
          default -> Duration.ofDays(365 * n);
        });
  }

  /** Renders a duration in the largest unit that divides it exactly. */
  static String format(Duration d) {
    long ms = d.toMillis();
    long[] sizes = {365L * 86_400_000, 7L * 86_400_000, 86_400_000, 3_600_000, 60_000, 1000, 1};
    String[] units = {"y", "w", "d", "h", "m", "s", "ms"};
    for (int i = 0; i < sizes.length; i++) {
      if (ms % sizes[i] == 0) {
        return ms / sizes[i] + units[i];
      }
    }
    return ms + "ms";
  }

  private Optional<String> raw(String key) {
    return lookup.apply(key).filter(v -> !v.isBlank());
  }

  private Duration clamp(String key, Duration value, Duration min, Duration max) {
    Duration bounded = value.compareTo(min) < 0 ? min : value.compareTo(max) > 0 ? max : value;
    if (!bounded.equals(value)) {
      warnings.add(
          key
              + ": "
              + format(value)
              + " is outside "
              + format(min)
              + "-"
              + format(max)
              + ", using "
              + format(bounded));
    }
    return bounded;
  }

  private <T> T problem(String key, String message, T fallback) {
    invalid(key, message);
    return fallback;
  }

  private static String expectingRange(int min, int max) {
    return "expecting an integer " + min + "-" + max;
  }
}
