package org.pattoo.agent.opcua;

import static org.eclipse.milo.opcua.stack.core.types.builtin.unsigned.Unsigned.uint;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.eclipse.milo.opcua.sdk.client.OpcUaClient;
import org.eclipse.milo.opcua.sdk.client.api.subscriptions.UaMonitoredItem;
import org.eclipse.milo.opcua.sdk.client.api.subscriptions.UaSubscription;
import org.eclipse.milo.opcua.stack.core.AttributeId;
import org.eclipse.milo.opcua.stack.core.StatusCodes;
import org.eclipse.milo.opcua.stack.core.types.builtin.DataValue;
import org.eclipse.milo.opcua.stack.core.types.builtin.ExtensionObject;
import org.eclipse.milo.opcua.stack.core.types.builtin.QualifiedName;
import org.eclipse.milo.opcua.stack.core.types.builtin.StatusCode;
import org.eclipse.milo.opcua.stack.core.types.enumerated.DataChangeTrigger;
import org.eclipse.milo.opcua.stack.core.types.enumerated.DeadbandType;
import org.eclipse.milo.opcua.stack.core.types.enumerated.MonitoringMode;
import org.eclipse.milo.opcua.stack.core.types.enumerated.TimestampsToReturn;
import org.eclipse.milo.opcua.stack.core.types.structured.DataChangeFilter;
import org.eclipse.milo.opcua.stack.core.types.structured.MonitoredItemCreateRequest;
import org.eclipse.milo.opcua.stack.core.types.structured.MonitoringParameters;
import org.eclipse.milo.opcua.stack.core.types.structured.ReadValueId;

/**
 * A subscription with one monitored item per resolved node, keeping the latest value each node
 * sent. A poll takes each node's latest value, stamped with the poll's time like a polled value:
 * the server sends changes only, but a pattoo series wants a point every poll.
 */
final class Subscriber {

  private final Group group;
  private final List<ResolvedNode> nodes;
  private final Map<Integer, DataValue> latest = new ConcurrentHashMap<>();
  private final List<String> refused = new ArrayList<>();

  Subscriber(OpcUaClient client, Group group, List<ResolvedNode> nodes) throws Exception {
    this.group = group;
    this.nodes = List.copyOf(nodes);
    long timeout = group.timeoutMs();
    UaSubscription subscription =
        client
            .getSubscriptionManager()
            .createSubscription(group.samplingMs())
            .get(timeout, TimeUnit.MILLISECONDS);
    ExtensionObject filter =
        group.deadband().isEmpty()
            ? null
            : ExtensionObject.encode(
                client.getStaticSerializationContext(),
                new DataChangeFilter(
                    DataChangeTrigger.StatusValue,
                    uint(DeadbandType.Absolute.getValue()),
                    group.deadband().get()));
    List<Integer> all = new ArrayList<>();
    for (int i = 0; i < this.nodes.size(); i++) {
      all.add(i);
    }
    List<Integer> unfiltered = monitor(subscription, all, filter, timeout);
    if (filter != null && !unfiltered.isEmpty()) {
      // A deadband fits numbers only: other variables are monitored without it.
      monitor(subscription, unfiltered, null, timeout);
    }
  }

  /** Creates the items of these nodes; returns those refused only for their filter. */
  private List<Integer> monitor(
      UaSubscription subscription, List<Integer> which, ExtensionObject filter, long timeout)
      throws Exception {
    List<MonitoredItemCreateRequest> requests = new ArrayList<>();
    for (int i : which) {
      requests.add(
          new MonitoredItemCreateRequest(
              new ReadValueId(
                  nodes.get(i).nodeId(), AttributeId.Value.uid(), null, QualifiedName.NULL_VALUE),
              MonitoringMode.Reporting,
              new MonitoringParameters(uint(i), group.samplingMs(), filter, uint(10), true)));
    }
    List<UaMonitoredItem> items =
        subscription
            .createMonitoredItems(
                TimestampsToReturn.Both,
                requests,
                (item, index) ->
                    item.setValueConsumer(v -> latest.put(item.getClientHandle().intValue(), v)))
            .get(timeout, TimeUnit.MILLISECONDS);
    List<Integer> filterRefused = new ArrayList<>();
    for (int k = 0; k < items.size(); k++) {
      int i = which.get(k);
      StatusCode status = items.get(k).getStatusCode();
      if (filter != null && status.getValue() == StatusCodes.Bad_FilterNotAllowed) {
        filterRefused.add(i);
        subscription.deleteMonitoredItems(List.of(items.get(k)));
      } else if (status.isBad()) {
        refused.add(nodes.get(i).name() + ": " + Problems.name(status));
      }
    }
    return filterRefused;
  }

  /** Waits (bounded) until every accepted item has sent its first value. */
  void awaitFirstValues(long boundMs) throws InterruptedException {
    long end = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(boundMs);
    while (latest.size() < nodes.size() - refused.size() && System.nanoTime() < end) {
      Thread.sleep(20);
    }
  }

  /** Each node's latest value, or why it has none. */
  List<Reading> take(long now) {
    List<Reading> readings = new ArrayList<>();
    refused.forEach(r -> readings.add(Reading.failed(r)));
    for (int i = 0; i < nodes.size(); i++) {
      DataValue v = latest.get(i);
      if (v != null) {
        readings.add(Values.of(nodes.get(i), v, now));
      }
    }
    return readings;
  }
}
