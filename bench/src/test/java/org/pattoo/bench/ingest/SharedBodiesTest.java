package org.pattoo.bench.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** pattoo and the peer it is compared with are sent the same bodies, byte for byte. */
class SharedBodiesTest {

  // 7 points over 2 series, 3 per request: two whole requests, the 7th point is not sent.
  private static final IngestRun RUN = new IngestRun(Format.LINE, 7, 2, 3, 2, 1000, "t");

  @Test
  void everyPassYieldsTheSameBodiesInTheSameOrder() throws Exception {
    SharedBodies shared = new SharedBodies(RUN, 0, false);

    List<String> forPattoo = drain(shared.pass());
    List<String> forPeer = drain(shared.pass());

    assertThat(forPeer).isEqualTo(forPattoo);
  }

  @Test
  void theBodiesAreMillisecondLineProtocolRoundAfterRound() throws Exception {
    // Series p % 2 at 1,000,000 + (p / 2) * 1000 ms, hosts h0 and h1. s0 is a counter: round *
    // 1500 + (SplitMix64(p) & 0xFFFF) % 1000, the hashes' remainders worked out apart (655, 222,
    // 530 for p = 0, 2, 4); s1 a gauge stepping once every 360 rounds: 1 for these three.
    SharedBodies shared = new SharedBodies(RUN, 1_000_000, false);

    assertThat(drain(shared.pass()))
        .containsExactly(
            "bench,host=h0,s=s0 value=655.0 1000000\n"
                + "bench,host=h1,s=s1 value=1.0 1000000\n"
                + "bench,host=h0,s=s0 value=1722.0 1001000\n",
            "bench,host=h1,s=s1 value=1.0 1001000\n"
                + "bench,host=h0,s=s0 value=3530.0 1002000\n"
                + "bench,host=h1,s=s1 value=1.0 1002000\n");
  }

  @Test
  void aLiveRunHandsOutNoBodyBeforeTheClockReachesItsLastPoint() throws Exception {
    // 2 series at 100 ms, 3 points per request, starting 200 ms from now: request 0 ends with
    // round 1 (start + 100 ms), request 1 with round 2 (start + 200 ms).
    IngestRun live = new IngestRun(Format.LINE, 6, 2, 3, 1, 100, "t");
    long start = System.currentTimeMillis() + 200;
    BodyQueue queue = new SharedBodies(live, start, true).pass();

    queue.next();
    long first = System.currentTimeMillis();
    queue.next();
    long second = System.currentTimeMillis();

    assertThat(first).isGreaterThanOrEqualTo(start + 100);
    assertThat(second).isGreaterThanOrEqualTo(start + 200);
    assertThat(queue.next()).isNull();
  }

  /** What one connection would send, had it all the bodies to itself. */
  private static List<String> drain(BodyQueue queue) throws InterruptedException {
    List<String> bodies = new ArrayList<>();
    for (byte[] b = queue.next(); b != null; b = queue.next()) {
      bodies.add(new String(b, StandardCharsets.UTF_8));
    }
    return bodies;
  }
}
