package org.pattoo.translation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The original's translation CSVs, written here by hand as a spreadsheet would save them. */
class TranslationCsvTest {

  /** The rows of a file that must be good. */
  static List<TranslationCsv.Row> parse(String csv, List<String> columns) {
    CsvProblems problems = new CsvProblems();
    List<TranslationCsv.Row> rows = TranslationCsv.parse(csv, columns, problems);
    assertThat(problems.isEmpty()).as(problems.summary()).isTrue();
    return rows;
  }

  /** What is wrong with a file that must be bad. */
  static String problems(String csv, List<String> columns) {
    CsvProblems problems = new CsvProblems();
    TranslationCsv.parse(csv, columns, problems);
    return problems.summary();
  }

  @Test
  void readsRowsWithQuotingAndTheirLineNumbers() {
    String csv =
        "language,key,translation,units\r\n"
            + "en,pattoo_agent_linux_uptime,Uptime,seconds\r\n"
            + "en,pattoo_agent_linux_load,\"Load, 1 minute\",\r\n"
            + "de,pattoo_agent_linux_uptime,\"Laufzeit\nseit Start\",Sekunden\r\n"
            + "en,pattoo_agent_linux_memory, Memory ,bytes\r\n"
            + "\r\n";

    assertThat(parse("\uFEFF" + csv, TranslationCsv.KEY_COLUMNS))
        .containsExactly(
            new TranslationCsv.Row(2, "en", "pattoo_agent_linux_uptime", "Uptime", "seconds"),
            new TranslationCsv.Row(3, "en", "pattoo_agent_linux_load", "Load, 1 minute", ""),
            new TranslationCsv.Row(
                4, "de", "pattoo_agent_linux_uptime", "Laufzeit\nseit Start", "Sekunden"),
            // the quoted field above spans two lines, so this row starts on line 6
            new TranslationCsv.Row(6, "en", "pattoo_agent_linux_memory", "Memory", "bytes"));
  }

  @Test
  void everyBadLineIsNamed() {
    String csv =
        "language,key,translation,units\n"
            + "en,a,A,\n"
            + "en,b\n"
            + "en,,B,\n"
            + "en,a,again,\n"
            + "en,c,C,x,extra\n";

    assertThat(problems(csv, TranslationCsv.KEY_COLUMNS))
        .isEqualTo(
            "line 3: expecting 4 columns (language,key,translation,units), found 2;"
                + " line 4: key: must not be empty;"
                + " line 5: en a given twice (first on line 2);"
                + " line 6: expecting 4 columns (language,key,translation,units), found 5");
  }

  @Test
  void theHeaderMustNameTheColumnsOfTheFormat() {
    assertThat(problems("language,key,translation,units\nen,a,A,u\n", TranslationCsv.AGENT_COLUMNS))
        .startsWith(
            "line 1: expecting the header language,key,translation,"
                + " found language,key,translation,units");
    assertThat(problems("language,key,translation\n", TranslationCsv.AGENT_COLUMNS))
        .isEqualTo("no rows after the header language,key,translation");
  }

  @Test
  void agentTranslationsHaveNoUnits() {
    assertThat(
            parse(
                "Language,Key,Translation\nen,pattoo_agent_linux,Linux host agent\n",
                TranslationCsv.AGENT_COLUMNS))
        .isEqualTo(
            List.of(new TranslationCsv.Row(2, "en", "pattoo_agent_linux", "Linux host agent", "")));
  }
}
