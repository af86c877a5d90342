package org.pattoo.agent.example;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * docs/agents.md cannot rot: each block between {@code <!-- include: path#tag -->} and {@code <!--
 * end include -->} must hold, in one fenced code block, the lines of that file between its {@code
 * tag::tag[]} and {@code end::tag[]} lines, with their common indentation removed. The files are
 * this module's (and the core's interface, the exec agent's sample and a script its golden case
 * runs), which their builds compile and their tests run.
 */
class SnippetsTest {

  private static final Path ROOT = Path.of("../..");
  private static final Pattern INCLUDE =
      Pattern.compile(
          "<!-- include: (\\S+)#(\\S+) -->\\n```[a-z]*\\n(.*?)\\n?```\\n<!-- end include -->",
          Pattern.DOTALL);

  @Test
  void everySnippetOfTheGuideIsTheTaggedRegionOfItsSource() throws Exception {
    String guide = Files.readString(ROOT.resolve("docs/agents.md"));
    List<String> checked = new ArrayList<>();
    Matcher m = INCLUDE.matcher(guide);
    while (m.find()) {
      String file = m.group(1);
      String tag = m.group(2);
      assertThat(file)
          .as("snippets come from modules whose builds compile and test them")
          .startsWith("agents/");
      assertThat(m.group(3))
          .as("docs/agents.md, the include of " + file + "#" + tag)
          .isEqualTo(region(ROOT.resolve(file), tag));
      checked.add(file + "#" + tag);
    }
    assertThat(guide.split("<!-- include: ", -1))
        .as("includes that do not parse")
        .hasSize(checked.size() + 1);
    assertThat(checked)
        .contains(
            "agents/pattoo-agent-example/src/main/java/org/pattoo/agent/example/"
                + "JsonCollector.java#collect",
            "agents/pattoo-agent-example/pattoo-agent-example.yaml#section")
        .hasSize(14);
  }

  /** The lines strictly between the tag's markers, without their common indentation. */
  static String region(Path file, String tag) throws Exception {
    List<String> lines = Files.readAllLines(file);
    int start =
        IntStream.range(0, lines.size())
            .filter(i -> lines.get(i).contains("tag::" + tag + "[]"))
            .filter(i -> !lines.get(i).contains("end::"))
            .findFirst()
            .orElseThrow(() -> new AssertionError(file + ": no tag::" + tag + "[]"));
    int end =
        IntStream.range(start, lines.size())
            .filter(i -> lines.get(i).contains("end::" + tag + "[]"))
            .findFirst()
            .orElseThrow(() -> new AssertionError(file + ": no end::" + tag + "[]"));
    List<String> body = lines.subList(start + 1, end);
    int indent =
        body.stream()
            .filter(l -> !l.isBlank())
            .mapToInt(l -> l.length() - l.stripLeading().length())
            .min()
            .orElse(0);
    String text =
        body.stream()
            .map(l -> l.isBlank() ? "" : l.substring(indent))
            .collect(Collectors.joining("\n"));
    return trimBlankLines(text);
  }

  private static String trimBlankLines(String s) {
    return s.replaceAll("^\\n+", "").replaceAll("\\n+$", "");
  }
}
