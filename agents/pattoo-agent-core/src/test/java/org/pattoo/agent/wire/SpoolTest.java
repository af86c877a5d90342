package org.pattoo.agent.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SpoolTest {

  @TempDir Path dir;

  static byte[] batch(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  static String text(Path p) throws Exception {
    return new String(Spool.read(p), StandardCharsets.UTF_8);
  }

  @Test
  void givesBatchesBackOldestFirstAndSurvivesARestart() throws Exception {
    Spool spool = new Spool(dir, 1_000_000);
    spool.add(batch("one"));
    spool.add(batch("two"));

    Spool reopened = new Spool(dir, 1_000_000);
    reopened.add(batch("three"));

    assertThat(text(reopened.oldest().orElseThrow())).isEqualTo("one");
    reopened.remove(reopened.oldest().orElseThrow());
    assertThat(text(reopened.oldest().orElseThrow())).isEqualTo("two");
    reopened.remove(reopened.oldest().orElseThrow());
    assertThat(text(reopened.oldest().orElseThrow())).isEqualTo("three");
  }

  @Test
  void dropsTheOldestWhenFullAndCountsIt() throws Exception {
    Spool spool = new Spool(dir, 10);
    spool.add(batch("aaaa"));
    spool.add(batch("bbbb"));
    spool.add(batch("cccc"));

    assertThat(spool.size()).isEqualTo(2);
    assertThat(spool.dropped()).isEqualTo(1);
    assertThat(text(spool.oldest().orElseThrow())).isEqualTo("bbbb");
  }

  @Test
  void rejectedBatchesAreKeptWithTheAnswerAndLeaveTheQueue() throws Exception {
    Spool spool = new Spool(dir, 1_000_000);
    spool.add(batch("bad"));
    Path bad = spool.oldest().orElseThrow();

    spool.reject(bad, "400 {\"detail\":\"nope\"}");

    assertThat(spool.oldest()).isEmpty();
    assertThat(Files.readString(dir.resolve("rejected").resolve(bad.getFileName())))
        .isEqualTo("bad");
    assertThat(Files.readString(dir.resolve("rejected").resolve(bad.getFileName() + ".answer")))
        .isEqualTo("400 {\"detail\":\"nope\"}\n");
  }

  @Test
  void aWriteCutShortByACrashIsDiscarded() throws Exception {
    Files.writeString(dir.resolve("00000000000000000007.json.tmp"), "half");

    Spool spool = new Spool(dir, 1_000_000);

    assertThat(spool.oldest()).isEmpty();
    assertThat(Files.exists(dir.resolve("00000000000000000007.json.tmp"))).isFalse();
  }

  @Test
  void agentIdIsCreatedOnceAndKept() throws Exception {
    String first = AgentIdFile.load(dir, "pattoo_agent_linux");

    assertThat(first).hasSize(64);
    assertThat(AgentIdFile.load(dir, "pattoo_agent_linux")).isEqualTo(first);
    assertThat(AgentIdFile.load(dir, "pattoo_agent_snmp")).isNotEqualTo(first);
  }

  @Test
  void aBatchRejectedAfterARestartNeverReplacesAnEarlierRejectedOne() throws Exception {
    Spool spool = new Spool(dir, 1_000_000);
    spool.add(batch("first refused"));
    spool.reject(spool.oldest().orElseThrow(), "400 first");

    // A restart with nothing pending, then another refusal.
    Spool restarted = new Spool(dir, 1_000_000);
    restarted.add(batch("second refused"));
    restarted.reject(restarted.oldest().orElseThrow(), "400 second");

    assertThat(rejectedContents())
        .containsExactlyInAnyOrder("first refused", "400 first", "second refused", "400 second");
  }

  @Test
  void aBatchRejectedAfterARestartNeverReplacesOneRejectedAfterThePendingOnes() throws Exception {
    Spool spool = new Spool(dir, 1_000_000);
    spool.add(batch("a"));
    spool.add(batch("b"));
    spool.add(batch("c"));
    spool.add(batch("d"));
    // As the runner does: the oldest refused while draining, the newest refused as it was posted.
    spool.reject(spool.oldest().orElseThrow(), "400 a");
    spool.reject(spool.newest().orElseThrow(), "400 d");

    // A restart with b and c pending: the highest number kept is d's, in rejected/.
    Spool restarted = new Spool(dir, 1_000_000);
    restarted.add(batch("e"));
    restarted.reject(restarted.newest().orElseThrow(), "400 e");

    assertThat(rejectedContents())
        .containsExactlyInAnyOrder("a", "400 a", "d", "400 d", "e", "400 e");
    assertThat(restarted.size()).isEqualTo(2);
    assertThat(text(restarted.oldest().orElseThrow())).isEqualTo("b");
  }

  @Test
  void aFileLeftInRejectedIsNeverReplaced() throws Exception {
    Path rejected = Files.createDirectories(dir.resolve("rejected"));
    // An answer whose batch an operator removed: it holds the name the next batch would get.
    Files.writeString(rejected.resolve("00000000000000000001.json.answer"), "kept by hand\n");

    Spool spool = new Spool(dir, 1_000_000);
    spool.add(batch("refused"));
    spool.reject(spool.oldest().orElseThrow(), "400 refused");

    assertThat(rejectedContents())
        .containsExactlyInAnyOrder("kept by hand", "refused", "400 refused");
  }

  @Test
  void syncingADirectoryThatIsGoneFailsInsteadOfPassingForDone() {
    assertThatThrownBy(() -> Spool.forceDirectory(dir.resolve("gone")))
        .isInstanceOf(NoSuchFileException.class);
  }

  /** Every batch and answer in rejected/, answers without their line end. */
  private List<String> rejectedContents() throws Exception {
    List<String> kept = new ArrayList<>();
    try (var files = Files.list(dir.resolve("rejected"))) {
      for (Path p : files.sorted().toList()) {
        kept.add(
            p.getFileName().toString().endsWith(".answer") ? Files.readString(p).strip() : text(p));
      }
    }
    return kept;
  }
}
