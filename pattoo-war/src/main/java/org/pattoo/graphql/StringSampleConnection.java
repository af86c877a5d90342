package org.pattoo.graphql;

import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.graphql.Type;
import org.pattoo.query.Page;
import org.pattoo.query.TextSample;

@Type("StringSampleConnection")
public record StringSampleConnection(List<StringSampleEdge> edges, PageInfo pageInfo) {

  static StringSampleConnection of(Page<TextSample> page) {
    List<StringSampleEdge> edges = new ArrayList<>();
    for (int i = 0; i < page.items().size(); i++) {
      TextSample s = page.items().get(i);
      edges.add(
          new StringSampleEdge(page.cursors().get(i), new StringSample(s.timestamp(), s.value())));
    }
    return new StringSampleConnection(edges, PageInfo.of(page));
  }
}
