package org.pattoo.bench.ingest;

import java.util.concurrent.Callable;
import org.pattoo.bench.Positive;
import org.pattoo.bench.ServerOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code steady}: a live load at a fixed rate, and whether rollups and folding keep up with it. */
@Command(
    name = "steady",
    sortOptions = false,
    description = {
      "Posts line protocol live at a steady rate and follows whether rollups and folding keep up.",
      "",
      "Sends --series series, each a point every --series / --rate seconds, with timestamps that"
          + " follow the clock as live agents' do, for --minutes. Every 30 s it prints the rate"
          + " reached, how far the 5-minute rollup watermark is behind the clock and how far"
          + " folding trails. While the job keeps up, the watermark's lag goes up and down within"
          + " the open bucket, the minute a closed bucket waits and the job's interval (about 7"
          + " minutes at the server's defaults); when it does not, the lag grows. The summary"
          + " compares the largest lag of the run's two halves and says which it was, gives the"
          + " share of a core the rollup and fold jobs took and how far folding fell behind at"
          + " most, then how long the rollups took to catch up once the posting stopped. Folding"
          + " takes a 10-minute window 5 minutes after it ends, so a run needs 15 minutes or more"
          + " to fold live data.",
      ""
    })
public final class SteadyCommand implements Callable<Integer> {

  /** Each half of a run then spans a whole 5-minute bucket, and so a rise and fall of the lag. */
  static final int MIN_MINUTES = 10;

  /**
   * The default: folding takes a 10-minute window once 5 minutes have passed it, so the first
   * window of live data may be folded only 15 minutes into a run; 10 minutes missed it.
   */
  static final int DEFAULT_MINUTES = 20;

  @Option(
      names = "--rate",
      paramLabel = "N",
      converter = Positive.Int.class,
      description = "points per second (default: ${DEFAULT-VALUE})")
  private int rate = 150_000;

  @Option(
      names = "--minutes",
      paramLabel = "N",
      converter = Positive.Int.class,
      description = "how long to post, at least " + MIN_MINUTES + " (default: ${DEFAULT-VALUE})")
  private int minutes = DEFAULT_MINUTES;

  @Mixin private LoadShape shape;

  @Option(
      names = "--run",
      paramLabel = "NAME",
      description =
          "names the run's bucket, so runs never collide (default: steady-<epoch seconds>)")
  private String run;

  @Mixin private ServerOptions server;

  @Override
  public Integer call() throws InterruptedException {
    IngestRun steady = steadyRun(); // checks the figures before anything is sent
    if (server.checkOnly()) {
      return 0;
    }
    SteadyBenchmark.run(server.server(), steady, rate);
    return 0;
  }

  private IngestRun steadyRun() {
    if (minutes < MIN_MINUTES) {
      throw new IllegalArgumentException(
          "--minutes: expecting at least "
              + MIN_MINUTES
              + " (each half of the run holds a whole 5-minute bucket and the job's run after it),"
              + " found "
              + minutes);
    }
    int series = shape.series;
    long intervalMs = Math.round(series * 1000.0 / rate);
    if (intervalMs < 1) {
      throw new IllegalArgumentException(
          "--rate: expecting at most --series x 1000 points/s (a point per series and ms), found "
              + rate);
    }
    long rounds = minutes * 60_000L / intervalMs;
    String name = run != null ? run : "steady-" + System.currentTimeMillis() / 1000;
    return new IngestRun(
        Format.LINE,
        rounds * series,
        series,
        shape.batch(Format.LINE),
        shape.connections,
        intervalMs,
        name);
  }
}
