package org.pattoo.agent.opcua;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import org.pattoo.agent.Collector;
import org.pattoo.agent.DataPoint;
import org.pattoo.agent.TargetData;

/**
 * Polls one group's server: keeps a session open between polls, makes a new one (resolving the
 * browse paths again) when the server dropped it, and backs off while the server is down. The
 * nodes' errors of one poll are reported together as the target's error, beside the data of the
 * nodes that answered.
 */
final class GroupCollector implements Collector {

  private static final Logger LOG = Logger.getLogger(GroupCollector.class.getPackageName());

  private final Group group;
  private final Pki pki;
  private final Clock clock;
  private final Reconnect reconnect = new Reconnect();
  private Session session;
  private String lastFailure = "";

  GroupCollector(Group group, Pki pki, Clock clock) {
    this.group = group;
    this.pki = pki;
    this.clock = clock;
    LOG.info(
        group.describe()
            + ": "
            + group.nodes().size()
            + " node(s), "
            + group.mode().name().toLowerCase(java.util.Locale.ROOT)
            + ", security "
            + group.policy()
            + "/"
            + group.securityMode()
            + ", "
            + group.identity());
  }

  @Override
  public String name() {
    return "opcua " + group.name();
  }

  @Override
  public void collect(Sink sink) {
    long now = clock.millis();
    if (session != null && session.lost()) {
      LOG.info(group.describe() + ": session lost; opening a new one and finding the nodes again");
      drop();
    }
    if (session == null) {
      if (!reconnect.mayTry(now)) {
        sink.failed(
            group.target(),
            group.describe()
                + ": "
                + lastFailure
                + " (next attempt in "
                + Math.max(1, (reconnect.notBefore() - now + 999) / 1000)
                + " s)");
        return;
      }
      try {
        session = new Session(group, pki);
        reconnect.succeeded();
      } catch (Exception e) {
        fail(sink, now, e);
        return;
      }
    }
    List<Reading> readings;
    try {
      readings = session.poll(now);
    } catch (Exception e) {
      drop();
      fail(sink, now, e);
      return;
    }
    List<DataPoint> points = new ArrayList<>();
    List<String> errors = new ArrayList<>();
    for (Reading r : readings) {
      r.point().ifPresent(points::add);
      r.error().ifPresent(errors::add);
    }
    if (!points.isEmpty()) {
      sink.add(new TargetData(group.target(), points));
    }
    if (!errors.isEmpty()) {
      sink.failed(group.target(), group.describe() + ": " + String.join("; ", errors));
    }
  }

  private void fail(Sink sink, long now, Exception e) {
    if (e instanceof InterruptedException) {
      Thread.currentThread().interrupt();
    }
    reconnect.failed(now);
    lastFailure = Problems.of(e, group.timeoutMs());
    if (lastFailure.startsWith("Bad_User") && group.identity().username().isPresent()) {
      lastFailure += " (" + group.identity() + ")";
    }
    sink.failed(group.target(), group.describe() + ": " + lastFailure);
  }

  private void drop() {
    if (session != null) {
      session.close();
      session = null;
    }
  }

  @Override
  public void close() {
    drop();
  }
}
