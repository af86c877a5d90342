package org.pattoo.agent.opcua;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.eclipse.milo.opcua.sdk.client.OpcUaClient;
import org.eclipse.milo.opcua.sdk.client.SessionActivityListener;
import org.eclipse.milo.opcua.sdk.client.api.UaSession;
import org.eclipse.milo.opcua.sdk.client.api.subscriptions.UaSubscription;
import org.eclipse.milo.opcua.sdk.client.api.subscriptions.UaSubscriptionManager;
import org.eclipse.milo.opcua.stack.core.AttributeId;
import org.eclipse.milo.opcua.stack.core.types.builtin.DataValue;
import org.eclipse.milo.opcua.stack.core.types.builtin.QualifiedName;
import org.eclipse.milo.opcua.stack.core.types.builtin.StatusCode;
import org.eclipse.milo.opcua.stack.core.types.enumerated.TimestampsToReturn;
import org.eclipse.milo.opcua.stack.core.types.structured.ReadValueId;

/**
 * One connection to a group's server with the nodes found on it. Once the session is lost the whole
 * thing is dropped and a new one is made: Milo would reconnect on its own, but a restarted server
 * may have numbered its nodes anew, so paths are resolved again on every new session.
 */
final class Session implements AutoCloseable {

  private final OpcUaClient client;
  private final Group group;
  private final Resolution resolution;
  private final Subscriber subscriber;
  private final AtomicBoolean lost = new AtomicBoolean();

  Session(Group group, Pki pki) throws Exception {
    this.group = group;
    this.client = new Connector(group, pki).connect();
    try {
      client.addSessionActivityListener(
          new SessionActivityListener() {
            @Override
            public void onSessionInactive(UaSession session) {
              lost.set(true);
            }
          });
      // A subscription the server closed, or that stopped publishing, would leave the latest
      // values stale for ever: treat it as a lost session.
      client
          .getSubscriptionManager()
          .addSubscriptionListener(
              new UaSubscriptionManager.SubscriptionListener() {
                @Override
                public void onStatusChanged(UaSubscription s, StatusCode status) {
                  if (status.isBad()) {
                    lost.set(true);
                  }
                }

                @Override
                public void onSubscriptionTransferFailed(UaSubscription s, StatusCode status) {
                  lost.set(true);
                }

                @Override
                public void onSubscriptionWatchdogTimerElapsed(UaSubscription s) {
                  lost.set(true);
                }
              });
      this.resolution = new PathResolver(client, group).resolve();
      if (group.mode() == Mode.SUBSCRIBE && !resolution.nodes().isEmpty()) {
        subscriber = new Subscriber(client, group, resolution.nodes());
        subscriber.awaitFirstValues(
            Math.min(group.timeoutMs(), 2 * (long) group.samplingMs() + 1000));
      } else {
        subscriber = null;
      }
    } catch (Exception e) {
      close();
      throw e;
    }
  }

  /** True once the server dropped the session (it may have restarted) or its subscription. */
  boolean lost() {
    return lost.get();
  }

  /** What each node gave this poll, then the nodes not found. */
  List<Reading> poll(long now) throws Exception {
    List<Reading> readings = new ArrayList<>();
    List<ResolvedNode> nodes = resolution.nodes();
    if (subscriber != null) {
      readings.addAll(subscriber.take(now));
    } else if (!nodes.isEmpty()) {
      List<ReadValueId> ids =
          nodes.stream()
              .map(
                  n ->
                      new ReadValueId(
                          n.nodeId(), AttributeId.Value.uid(), null, QualifiedName.NULL_VALUE))
              .toList();
      DataValue[] values =
          client
              .read(0, TimestampsToReturn.Neither, ids)
              .get(group.timeoutMs(), TimeUnit.MILLISECONDS)
              .getResults();
      for (int i = 0; i < nodes.size(); i++) {
        readings.add(Values.of(nodes.get(i), values[i], now));
      }
    }
    resolution.errors().forEach(e -> readings.add(Reading.failed(e)));
    return readings;
  }

  @Override
  public void close() {
    try {
      client.disconnect().get(group.timeoutMs(), TimeUnit.MILLISECONDS);
    } catch (Exception e) {
      // the server is gone already; the client's resources are released all the same
    }
  }
}
