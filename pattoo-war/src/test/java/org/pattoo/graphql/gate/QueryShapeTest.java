package org.pattoo.graphql.gate;

import static org.assertj.core.api.Assertions.assertThat;

import graphql.language.OperationDefinition.Operation;
import graphql.parser.Parser;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Depth, fields and cost of hand-counted documents (the counts are in the comments). */
class QueryShapeTest {

  private static QueryShape measure(String query, Map<String, Object> variables) {
    return QueryShape.measure(Parser.parse(query), null, variables, 500).orElseThrow();
  }

  @Test
  void aConnectionWithoutFirstCountsAsTheDefaultPageOf100() {
    // agents 1 + (edges, node, agentId) x 100 items = 301
    QueryShape s = measure("{ agents { edges { node { agentId } } } }", Map.of());
    assertThat(s).extracting("depth", "fields", "cost").containsExactly(4, 4, 301L);
    assertThat(s.type()).isEqualTo(Operation.QUERY);
    assertThat(s.rootFields()).containsExactly("agents");
  }

  @Test
  void firstFromAVariableSetsThePageSize() {
    // datapoints 1 + (edges, node, key, latest, value) x 1000 = 5001; value is 5 levels deep
    QueryShape s =
        measure(
            "query($n: Int) { datapoints(first: $n) { edges { node { key latest { value } } } } }",
            Map.of("n", 1000L));
    assertThat(s).extracting("depth", "fields", "cost").containsExactly(5, 6, 5001L);
  }

  @Test
  void anIdListSetsTheSizeOfTheSeriesList() {
    // series 1 + (points, value) x 3 ids = 7
    QueryShape s =
        measure(
            "{ series(datapointIds: [1, 2, 3], from: 0, to: 1) { points { value } } }", Map.of());
    assertThat(s.cost()).isEqualTo(7);
    QueryShape fromVariable =
        measure(
            "query($ids: [BigInteger!]!) { latest(datapointIds: $ids) { value } }",
            Map.of("ids", List.of(1L, 2L)));
    assertThat(fromVariable.cost()).isEqualTo(3); // latest 1 + value x 2
  }

  @Test
  void plainListsCountAsTheMostTheyHold() {
    // chart 1 + series 1 + (points, value) x 100 series of a chart = 202
    QueryShape one =
        measure("{ chart(id: 1) { series(from: 0, to: 1) { points { value } } } }", Map.of());
    assertThat(one.cost()).isEqualTo(202);
    // charts 1 + series x 1000 charts + (points, value) x 100,000 series = 201,001: over 200,000
    QueryShape all =
        measure("{ charts { series(from: 0, to: 1) { points { value } } } }", Map.of());
    assertThat(all.cost()).isEqualTo(201_001);
    // favorites 1 + (id, name) x 200 = 401
    assertThat(measure("{ favorites { id name } }", Map.of()).cost()).isEqualTo(401);
  }

  @Test
  void everyAliasCountsAsAField() {
    StringBuilder query = new StringBuilder("{");
    for (int i = 0; i < 200; i++) {
      query.append(" a").append(i).append(": datapoints(first: 1000) { edges { node {");
      query.append(" idxDatapoint latest { value } } } }");
    }
    QueryShape s = measure(query.append(" }").toString(), Map.of());
    // 6 fields per alias: the walk stops just past the budget of 500
    assertThat(s.fields()).isEqualTo(501);
    assertThat(s.cost()).isGreaterThan(200_000);
  }

  @Test
  void fragmentsAreExpandedWhereTheyAreSpread() {
    // agents 1 + (edges, node, agentId) x 2 = 7, depth 4 as if written inline
    QueryShape s =
        measure(
            "{ ...A } fragment A on Query { agents(first: 2) { edges { ...B } } }"
                + " fragment B on AgentEdge { node { agentId } }",
            Map.of());
    assertThat(s).extracting("depth", "fields", "cost").containsExactly(4, 4, 7L);
    assertThat(s.rootFields()).containsExactly("agents");
  }

  @Test
  void aFragmentCycleEnds() {
    QueryShape s = measure("{ ...A } fragment A on Query { agents { ...A } }", Map.of());
    assertThat(s.fields()).isEqualTo(1);
  }

  @Test
  void fragmentsThatDoubleAtEachLevelStopAtTheBudget() {
    // F20 expands to 2^21 fields; the walk gives up after 501.
    StringBuilder query = new StringBuilder("{ ...F20 } fragment F0 on Query { a b }");
    for (int i = 1; i <= 20; i++) {
      query.append(" fragment F%d on Query { ...F%d ...F%d }".formatted(i, i - 1, i - 1));
    }
    assertThat(measure(query.toString(), Map.of()).fields()).isEqualTo(501);
  }

  @Test
  void theNamedOperationIsTheOneMeasured() {
    String doc =
        "mutation M { login(username: \"a\", password: \"b\") { accessToken } }"
            + " query Q { agents { edges { node { agentId } } } }";
    QueryShape m = QueryShape.measure(Parser.parse(doc), "M", Map.of(), 500).orElseThrow();
    assertThat(m.type()).isEqualTo(Operation.MUTATION);
    assertThat(m.rootFields()).containsExactly("login");
    assertThat(QueryShape.measure(Parser.parse(doc), null, Map.of(), 500)).isEmpty();
    assertThat(QueryShape.measure(Parser.parse(doc), "X", Map.of(), 500)).isEmpty();
  }
}
