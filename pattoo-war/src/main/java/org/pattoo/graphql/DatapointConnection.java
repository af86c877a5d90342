package org.pattoo.graphql;

import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.graphql.Type;
import org.pattoo.query.DatapointInfo;
import org.pattoo.query.Page;

@Type("DatapointConnection")
public record DatapointConnection(List<DatapointEdge> edges, PageInfo pageInfo) {

  static DatapointConnection of(Page<DatapointInfo> page) {
    List<DatapointEdge> edges = new ArrayList<>();
    for (int i = 0; i < page.items().size(); i++) {
      edges.add(new DatapointEdge(page.cursors().get(i), Datapoint.of(page.items().get(i))));
    }
    return new DatapointConnection(edges, PageInfo.of(page));
  }
}
