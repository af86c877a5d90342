package org.pattoo.agent.opcua;

import static org.eclipse.milo.opcua.stack.core.types.builtin.unsigned.Unsigned.uint;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.eclipse.milo.opcua.sdk.client.OpcUaClient;
import org.eclipse.milo.opcua.stack.core.Identifiers;
import org.eclipse.milo.opcua.stack.core.NamespaceTable;
import org.eclipse.milo.opcua.stack.core.types.builtin.ByteString;
import org.eclipse.milo.opcua.stack.core.types.builtin.DateTime;
import org.eclipse.milo.opcua.stack.core.types.builtin.ExpandedNodeId;
import org.eclipse.milo.opcua.stack.core.types.builtin.NodeId;
import org.eclipse.milo.opcua.stack.core.types.builtin.unsigned.UShort;
import org.eclipse.milo.opcua.stack.core.types.enumerated.BrowseDirection;
import org.eclipse.milo.opcua.stack.core.types.enumerated.BrowseResultMask;
import org.eclipse.milo.opcua.stack.core.types.enumerated.NodeClass;
import org.eclipse.milo.opcua.stack.core.types.structured.BrowseDescription;
import org.eclipse.milo.opcua.stack.core.types.structured.BrowseResult;
import org.eclipse.milo.opcua.stack.core.types.structured.ReferenceDescription;
import org.eclipse.milo.opcua.stack.core.types.structured.ViewDescription;
import org.pattoo.agent.Metadata;

/**
 * Finds the configured nodes on the server of a new session: browse paths are walked from Objects
 * (wildcards expand to every match, sorted by path) and NodeIds given by namespace URI get the
 * server's index. Run after every (re)connection, because a restarted server may number its nodes
 * anew while their paths stay.
 */
final class PathResolver {

  private final OpcUaClient client;
  private final Group group;
  private final NamespaceTable namespaces;

  PathResolver(OpcUaClient client, Group group) throws Exception {
    this.client = client;
    this.group = group;
    this.namespaces =
        client.readNamespaceTableAsync().get(group.timeoutMs(), TimeUnit.MILLISECONDS);
  }

  Resolution resolve() throws Exception {
    List<ResolvedNode> found = new ArrayList<>();
    List<String> errors = new ArrayList<>();
    List<Metadata> server = List.of(Metadata.of("opcua_server", group.describe()));
    for (NodeSpec spec : group.nodes()) {
      if (spec.nodeId().isPresent()) {
        Optional<NodeId> id = ExpandedNodeId.parse(spec.nodeId().get()).toNodeId(namespaces);
        if (id.isEmpty()) {
          errors.add(spec.describe() + ": namespace not on the server");
          continue;
        }
        found.add(
            new ResolvedNode(
                spec.nodeId().get(), spec.nodeId().get(), id.get(), spec.multiplier(), server));
        continue;
      }
      BrowsePath path = spec.path().orElseThrow();
      Optional<String> bad = unknownNamespace(path);
      if (bad.isPresent()) {
        errors.add(path.text() + ": " + bad.get());
        continue;
      }
      List<Match> matches = walk(path);
      if (matches.isEmpty()) {
        errors.add(path.text() + ": no such variable");
      }
      for (Match m : matches) {
        String shown = (path.fromRoot() ? "Root/" : "Objects/") + m.path();
        found.add(
            new ResolvedNode(
                m.path(),
                shown,
                m.nodeId(),
                spec.multiplier(),
                List.of(
                    server.get(0),
                    Metadata.descriptive("browse_path", shown),
                    Metadata.descriptive("node_id", m.nodeId().toParseableString()))));
      }
    }
    return new Resolution(found, errors);
  }

  /** A node reached along a path: its NodeId, class and the browse names on the way. */
  private record Match(NodeId nodeId, NodeClass nodeClass, String path) {}

  private List<Match> walk(BrowsePath path) throws Exception {
    NodeId start = path.fromRoot() ? Identifiers.RootFolder : Identifiers.ObjectsFolder;
    List<Match> frontier = List.of(new Match(start, NodeClass.Object, ""));
    for (BrowsePath.Segment segment : path.segments()) {
      Optional<UShort> ns = segment.namespace().map(this::index);
      List<Match> next = new ArrayList<>();
      for (Match m : frontier) {
        for (ReferenceDescription r : children(m.nodeId())) {
          if (!segment.matches(r.getBrowseName().getName())
              || (ns.isPresent() && !ns.get().equals(r.getBrowseName().getNamespaceIndex()))) {
            continue;
          }
          Optional<NodeId> id = r.getNodeId().toNodeId(namespaces);
          if (id.isPresent()) {
            String p = m.path().isEmpty() ? "" : m.path() + "/";
            next.add(new Match(id.get(), r.getNodeClass(), p + r.getBrowseName().getName()));
          }
        }
      }
      frontier = next;
    }
    return frontier.stream()
        .filter(m -> m.nodeClass() == NodeClass.Variable)
        .sorted(Comparator.comparing(Match::path))
        .distinct()
        .toList();
  }

  private List<ReferenceDescription> children(NodeId node) throws Exception {
    BrowseDescription request =
        new BrowseDescription(
            node,
            BrowseDirection.Forward,
            Identifiers.HierarchicalReferences,
            true,
            uint(NodeClass.Object.getValue() | NodeClass.Variable.getValue()),
            uint(BrowseResultMask.All.getValue()));
    ViewDescription view = new ViewDescription(NodeId.NULL_VALUE, DateTime.MIN_VALUE, uint(0));
    BrowseResult result =
        client
            .browse(view, uint(0), List.of(request))
            .get(group.timeoutMs(), TimeUnit.MILLISECONDS)
            .getResults()[0];
    List<ReferenceDescription> refs = new ArrayList<>();
    while (true) {
      if (result.getReferences() != null) {
        refs.addAll(List.of(result.getReferences()));
      }
      ByteString more = result.getContinuationPoint();
      if (more == null || more.isNull()) {
        return refs;
      }
      result =
          client
              .browseNext(false, List.of(more))
              .get(group.timeoutMs(), TimeUnit.MILLISECONDS)
              .getResults()[0];
    }
  }

  /** Why a segment's namespace cannot be used here, if it cannot. */
  private Optional<String> unknownNamespace(BrowsePath path) {
    for (BrowsePath.Segment s : path.segments()) {
      if (s.namespace().isPresent() && index(s.namespace().get()) == null) {
        return Optional.of(
            "namespace " + group.namespaces().get(s.namespace().get()) + " is not on the server");
      }
    }
    return Optional.empty();
  }

  /** The server's index of a segment's namespace (a number, or an alias's URI); null if none. */
  private UShort index(String namespace) {
    if (namespace.chars().allMatch(Character::isDigit)) {
      return UShort.valueOf(Integer.parseInt(namespace));
    }
    return namespaces.getIndex(group.namespaces().get(namespace));
  }
}
