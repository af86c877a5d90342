package org.pattoo.translation;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The original's translation CSVs (original-pattoo.md §8): a header row, then one translation per
 * row, {@code language,key,translation,units} for keys and {@code language,key,translation} for
 * agent programs. Every bad row is reported by its line number; a file with any is refused whole.
 */
final class TranslationCsv {

  static final List<String> KEY_COLUMNS = List.of("language", "key", "translation", "units");
  static final List<String> AGENT_COLUMNS = List.of("language", "key", "translation");

  /** One data row; {@code units} is empty for agent translations. */
  record Row(long line, String language, String key, String translation, String units) {}

  private TranslationCsv() {}

  /**
   * The good rows of {@code text}, whose header must be {@code columns}; the bad ones go to {@code
   * problems}.
   */
  static List<Row> parse(String text, List<String> columns, CsvProblems problems) {
    List<Row> rows = new ArrayList<>();
    Map<String, Long> seen = new HashMap<>();
    String body = text.startsWith("\uFEFF") ? text.substring(1) : text; // spreadsheets' BOM
    try (CSVParser parser = CSVFormat.RFC4180.builder().get().parse(new StringReader(body))) {
      boolean header = true;
      long line = 1; // where the next record starts: a quoted field may span lines
      for (CSVRecord r : parser) {
        long start = line;
        line = parser.getCurrentLineNumber() + 1;
        if (header) {
          header = false;
          checkHeader(r, columns, problems);
          continue;
        }
        if (r.size() == 1 && r.get(0).isBlank()) {
          continue; // a blank line, as spreadsheets leave at the end
        }
        String problem = problem(r, columns);
        if (problem != null) {
          problems.add(start, problem);
          continue;
        }
        Row row =
            new Row(
                start,
                r.get(0).strip(),
                r.get(1).strip(),
                r.get(2).strip(),
                columns.size() > 3 ? r.get(3).strip() : "");
        Long first = seen.putIfAbsent(row.language() + '\u0000' + row.key(), start);
        if (first != null) {
          problems.add(
              start,
              row.language() + " " + row.key() + " given twice (first on line " + first + ")");
        }
        rows.add(row);
      }
    } catch (IOException | IllegalStateException | java.io.UncheckedIOException e) {
      problems.add(0, "not CSV: " + e.getMessage());
    }
    if (rows.isEmpty() && problems.isEmpty()) {
      problems.add(0, "no rows after the header " + String.join(",", columns));
    }
    return rows;
  }

  private static void checkHeader(CSVRecord r, List<String> columns, CsvProblems problems) {
    List<String> found = new ArrayList<>();
    r.forEach(c -> found.add(c.strip().toLowerCase(Locale.ROOT)));
    if (!found.equals(columns)) {
      problems.add(
          1,
          "expecting the header "
              + String.join(",", columns)
              + ", found "
              + String.join(",", found));
    }
  }

  private static String problem(CSVRecord r, List<String> columns) {
    if (r.size() != columns.size()) {
      return "expecting "
          + columns.size()
          + " columns ("
          + String.join(",", columns)
          + "), found "
          + r.size();
    }
    for (int i = 0; i < 3; i++) {
      if (r.get(i).isBlank()) {
        return columns.get(i) + ": must not be empty";
      }
    }
    return null;
  }
}
