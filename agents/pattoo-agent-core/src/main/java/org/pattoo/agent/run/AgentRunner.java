package org.pattoo.agent.run;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.pattoo.agent.Collector;
import org.pattoo.agent.TargetData;
import org.pattoo.agent.wire.AgentIdentity;
import org.pattoo.agent.wire.Poster;
import org.pattoo.agent.wire.Spool;
import org.pattoo.agent.wire.WirePayload;

/**
 * The poll loop: at every multiple of the interval (so agents never drift), collect, post, and on
 * failure spool; after a success, resend the spool oldest first. A poll still running when the next
 * is due makes that one skip, never pile up.
 */
public final class AgentRunner {

  private static final Logger LOG = Logger.getLogger(AgentRunner.class.getName());

  private final AgentIdentity identity;
  private final List<Collector> collectors;
  private final Poster poster;
  private final Spool spool;
  private final Clock clock;
  private final Map<String, String> targetErrors = new HashMap<>();

  public AgentRunner(
      AgentIdentity identity, List<Collector> collectors, Poster poster, Spool spool, Clock clock) {
    this.identity = identity;
    this.collectors = collectors;
    this.poster = poster;
    this.spool = spool;
    this.clock = clock;
  }

  /** One poll of every collector; failing targets are logged once per change of state. */
  public List<TargetData> poll() {
    List<TargetData> data = new ArrayList<>();
    Map<String, String> failed = new HashMap<>();
    for (Collector c : collectors) {
      c.collect(
          new Collector.Sink() {
            @Override
            public void add(TargetData d) {
              data.add(d);
            }

            @Override
            public void failed(String target, String reason) {
              failed.put(target, reason);
            }
          });
    }
    failed.forEach(
        (target, reason) -> {
          if (!reason.equals(targetErrors.put(target, reason))) {
            LOG.warning(target + ": " + reason);
          }
        });
    data.forEach(
        d -> {
          if (targetErrors.remove(d.target()) != null) {
            LOG.info(d.target() + ": polled again");
          }
        });
    return data;
  }

  /** Polls, then posts or spools; then drains the spool while the server accepts. */
  public void cycle() {
    List<TargetData> data = poll();
    if (data.isEmpty()) {
      return;
    }
    byte[] batch = WirePayload.json(identity, clock.millis(), data);
    Poster.Result result = poster.post(batch);
    try {
      switch (result.outcome()) {
        case ACCEPTED -> drainSpool();
        case RETRY -> {
          spool.add(batch);
          LOG.warning(
              "server unavailable ("
                  + result.detail()
                  + "), spooled; "
                  + spool.size()
                  + " batches waiting");
        }
        case REJECTED -> {
          spool.add(batch);
          spool.reject(spool.newest().orElseThrow(), result.detail());
          LOG.severe("server refused a batch, kept in the spool's rejected/: " + result.detail());
        }
      }
    } catch (IOException e) {
      LOG.log(Level.SEVERE, "spool failed; this batch is lost", e);
    }
  }

  private void drainSpool() throws IOException {
    int sent = 0;
    for (Optional<Path> next = spool.oldest(); next.isPresent(); next = spool.oldest()) {
      Poster.Result r = poster.post(Spool.read(next.get()));
      switch (r.outcome()) {
        case ACCEPTED -> {
          spool.remove(next.get());
          sent++;
        }
        case REJECTED -> spool.reject(next.get(), r.detail());
        case RETRY -> {
          return;
        }
      }
    }
    if (sent > 0) {
      LOG.info("resent " + sent + " spooled batches");
    }
  }

  /** Runs until the process ends, polling at every multiple of the interval. */
  public void runForever() throws InterruptedException {
    long interval = identity.pollingIntervalMs();
    ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
    Runnable[] step = new Runnable[1];
    step[0] =
        () -> {
          try {
            cycle();
          } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "poll failed", e);
          }
          long now = clock.millis();
          timer.schedule(step[0], interval - now % interval, TimeUnit.MILLISECONDS);
        };
    timer.schedule(step[0], interval - clock.millis() % interval, TimeUnit.MILLISECONDS);
    timer.awaitTermination(Long.MAX_VALUE, TimeUnit.DAYS);
  }
}
