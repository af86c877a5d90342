package org.pattoo.agent.run;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.pattoo.agent.Collector;
import org.pattoo.agent.DataPoint;
import org.pattoo.agent.DataType;
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
  private final Poster poster;
  private final Spool spool;
  private final Clock clock;
  private final Map<String, String> targetErrors = new HashMap<>();
  private final Backoff backoff;
  private final List<byte[]> relays = new ArrayList<>();
  private final CollectorPool pool;
  private long polls;
  private long pollErrors;
  private long posted;
  private long spooled;
  private boolean serverDown;

  public AgentRunner(
      AgentIdentity identity, List<Collector> collectors, Poster poster, Spool spool, Clock clock) {
    this(identity, collectors, poster, spool, clock, AgentConfig.DEFAULT_CONCURRENT_POLLS);
  }

  /**
   * @param concurrentPolls how many collectors may poll at the same time
   */
  public AgentRunner(
      AgentIdentity identity,
      List<Collector> collectors,
      Poster poster,
      Spool spool,
      Clock clock,
      int concurrentPolls) {
    this.pool = new CollectorPool(collectors, concurrentPolls);
    this.identity = identity;
    this.poster = poster;
    this.spool = spool;
    this.clock = clock;
    this.backoff =
        new Backoff(
            identity.pollingIntervalMs(),
            () -> java.util.concurrent.ThreadLocalRandom.current().nextLong(1000));
  }

  /**
   * One poll of every collector, all at once up to the bound, so a slow or dead device delays only
   * its own collector; failing targets are logged once per change of state.
   */
  public List<TargetData> poll() {
    List<TargetData> data = Collections.synchronizedList(new ArrayList<>());
    Map<String, String> failed = new ConcurrentHashMap<>();
    Set<String> relayedFrom = ConcurrentHashMap.newKeySet();
    pool.pollAll(
        new Collector.Sink() {
          @Override
          public void add(TargetData d) {
            data.add(d);
          }

          @Override
          public void failed(String target, String reason) {
            failed.put(target, reason);
          }

          @Override
          public void relay(String target, byte[] payload) {
            synchronized (relays) {
              relays.add(payload);
            }
            relayedFrom.add(target);
          }
        });
    relayedFrom.forEach(
        target -> {
          if (targetErrors.remove(target) != null) {
            LOG.info(target + ": polled again");
          }
        });
    polls++;
    pollErrors += failed.size();
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
    return new ArrayList<>(data);
  }

  /**
   * Polls, then posts or spools this agent's batch and each relayed one; then, if the server took
   * them, drains the spool.
   */
  public void cycle() {
    List<TargetData> data = new ArrayList<>(poll());
    long now = clock.millis();
    data.add(selfMetrics(now));
    List<byte[]> batches = new ArrayList<>();
    batches.add(WirePayload.json(identity, now, data));
    synchronized (relays) {
      batches.addAll(relays);
      relays.clear();
    }
    boolean accepted = false;
    for (byte[] batch : batches) {
      accepted |= deliver(batch, now);
    }
    if (accepted) {
      try {
        drainSpool();
      } catch (IOException e) {
        LOG.log(Level.SEVERE, "could not read the spool", e);
      }
    }
  }

  /** Posts one batch, or spools it; true when the server took it. */
  private boolean deliver(byte[] batch, long now) {
    try {
      if (!backoff.mayPost(now)) {
        spool.add(batch);
        spooled++;
        return false;
      }
      Poster.Result result = poster.post(batch);
      switch (result.outcome()) {
        case ACCEPTED -> {
          posted++;
          serverAnswered();
          return true;
        }
        case RETRY -> {
          backoff.failed(now);
          spool.add(batch);
          spooled++;
          if (!serverDown) {
            serverDown = true;
            LOG.warning("server unavailable (" + result.detail() + "): spooling until it is back");
          }
        }
        case REJECTED -> {
          serverAnswered();
          spool.add(batch);
          spool.reject(spool.newest().orElseThrow(), result.detail());
          LOG.severe("server refused a batch, kept in the spool's rejected/: " + result.detail());
        }
      }
    } catch (IOException e) {
      LOG.log(Level.SEVERE, "spool failed; this batch is lost", e);
    }
    return false;
  }

  private void serverAnswered() {
    backoff.succeeded();
    if (serverDown) {
      serverDown = false;
      LOG.info("server available again");
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
          posted++;
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

  /**
   * The agent's own health as data points of its host: polls, targets that failed, batches posted,
   * spooled, dropped from a full spool, and waiting in the spool; per collector, how long its last
   * poll took and how many of its targets failed so far. Posted with every batch.
   */
  public TargetData selfMetrics(long now) {
    int waiting;
    try {
      waiting = spool.size();
    } catch (IOException e) {
      waiting = -1;
    }
    List<DataPoint> points = new ArrayList<>();
    points.add(DataPoint.number("agent_polls", DataType.COUNTER64, polls, now));
    points.add(DataPoint.number("agent_poll_errors", DataType.COUNTER64, pollErrors, now));
    points.add(DataPoint.number("agent_batches_posted", DataType.COUNTER64, posted, now));
    points.add(DataPoint.number("agent_batches_spooled", DataType.COUNTER64, spooled, now));
    points.add(DataPoint.number("agent_batches_dropped", DataType.COUNTER64, spool.dropped(), now));
    if (waiting >= 0) {
      points.add(DataPoint.number("agent_batches_waiting", DataType.INT, waiting, now));
    }
    pool.addTo(points, now);
    return new TargetData(identity.hostname(), points);
  }

  /** Milliseconds from {@code now} to the next whole multiple of the interval. */
  static long delayToNextPoll(long now, long interval) {
    return interval - Math.floorMod(now, interval);
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
          // From the time the poll ended: a poll that overran skips the slots it missed.
          timer.schedule(step[0], delayToNextPoll(clock.millis(), interval), TimeUnit.MILLISECONDS);
        };
    timer.schedule(step[0], delayToNextPoll(clock.millis(), interval), TimeUnit.MILLISECONDS);
    timer.awaitTermination(Long.MAX_VALUE, TimeUnit.DAYS);
  }
}
