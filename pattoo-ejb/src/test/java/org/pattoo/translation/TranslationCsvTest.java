package org.pattoo.translation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The original's translation CSVs, written here by hand as a spreadsheet would save them. */
class TranslationCsvTest {

  @Test
  void readsRowsWithQuotingAndTheirLineNumbers() {
    String csv =
        "language,key,translation,units\r\n"
            + "en,pattoo_agent_linux_uptime,Uptime,seconds\r\n"
            + "en,pattoo_agent_linux_load,\"Load, 1 minute\",\r\n"
            + "de,pattoo_agent_linux_uptime,\"Laufzeit\nseit Start\",Sekunden\r\n"
            + "en,pattoo_agent_linux_memory, Memory ,bytes\r\n"
            + "\r\n";

    assertThat(TranslationCsv.parse(csv, TranslationCsv.KEY_COLUMNS))
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

    assertThatThrownBy(() -> TranslationCsv.parse(csv, TranslationCsv.KEY_COLUMNS))
        .hasMessage(
            "line 3: expecting 4 columns (language,key,translation,units), found 2;"
                + " line 4: key: must not be empty;"
                + " line 5: en a given twice (first on line 2);"
                + " line 6: expecting 4 columns (language,key,translation,units), found 5");
  }

  @Test
  void theHeaderMustNameTheColumnsOfTheFormat() {
    assertThatThrownBy(
            () ->
                TranslationCsv.parse(
                    "language,key,translation,units\nen,a,A,u\n", TranslationCsv.AGENT_COLUMNS))
        .hasMessageStartingWith(
            "line 1: expecting the header language,key,translation,"
                + " found language,key,translation,units");
    assertThatThrownBy(
            () -> TranslationCsv.parse("language,key,translation\n", TranslationCsv.AGENT_COLUMNS))
        .hasMessage("no rows after the header language,key,translation");
  }

  @Test
  void agentTranslationsHaveNoUnits() {
    assertThat(
            TranslationCsv.parse(
                "Language,Key,Translation\nen,pattoo_agent_linux,Linux host agent\n",
                TranslationCsv.AGENT_COLUMNS))
        .isEqualTo(
            List.of(new TranslationCsv.Row(2, "en", "pattoo_agent_linux", "Linux host agent", "")));
  }
}
