package org.pattoo.graphql;

import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.graphql.Type;
import org.pattoo.query.AgentInfo;
import org.pattoo.query.Page;

@Type("AgentConnection")
public record AgentConnection(List<AgentEdge> edges, PageInfo pageInfo) {

  static AgentConnection of(Page<AgentInfo> page) {
    List<AgentEdge> edges = new ArrayList<>();
    for (int i = 0; i < page.items().size(); i++) {
      edges.add(new AgentEdge(page.cursors().get(i), Agent.of(page.items().get(i))));
    }
    return new AgentConnection(edges, PageInfo.of(page));
  }
}
