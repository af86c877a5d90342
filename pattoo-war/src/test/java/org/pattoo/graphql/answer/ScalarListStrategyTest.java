package org.pattoo.graphql.answer;

import static org.assertj.core.api.Assertions.assertThat;

import graphql.ExecutionResult;
import graphql.GraphQL;
import graphql.GraphQLError;
import graphql.execution.AsyncExecutionStrategy;
import graphql.execution.ExecutionStrategy;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeRuntimeWiring;
import io.smallrye.graphql.execution.error.ExceptionHandler;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The strategy's answers, data and errors alike, are graphql-java's own strategy's answers. */
class ScalarListStrategyTest {

  private static final String SCHEMA =
      """
      type Query { series: Series }
      type Series {
        timestamps: [Int!]!
        values: [Float]
        strict: [Float!]
        names: [String]
        nested: [[Float]]
        points: [Point]
      }
      type Point { value: Float }
      """;

  private static final Random RANDOM = new Random(17);

  private static final Map<String, Object> SERIES =
      Map.of(
          "timestamps", List.of(1, 2, 3),
          "values", Arrays.asList(0.5, null, -1e300, RANDOM.nextDouble()),
          "strict", Arrays.asList(1.5, null, 2.5), // a null where none is allowed
          "names", Arrays.asList("a", null, "é"),
          "nested", List.of(List.of(1.0), Arrays.asList((Double) null)),
          "points", List.of(Map.of("value", 0.25)));

  private static ExecutionResult run(
      ExecutionStrategy strategy, Map<String, Object> series, String query) {
    GraphQLSchema schema =
        new SchemaGenerator()
            .makeExecutableSchema(
                new SchemaParser().parse(SCHEMA),
                RuntimeWiring.newRuntimeWiring()
                    .type(
                        TypeRuntimeWiring.newTypeWiring("Query").dataFetcher("series", e -> series))
                    .build());
    return GraphQL.newGraphQL(schema).queryExecutionStrategy(strategy).build().execute(query);
  }

  private static void assertSameAnswer(Map<String, Object> series, String query) {
    ExecutionResult expected =
        run(new AsyncExecutionStrategy(new ExceptionHandler()), series, query);
    ExecutionResult actual = run(new ScalarListStrategy(), series, query);
    assertThat((Object) actual.getData()).isEqualTo(expected.getData());
    assertThat(describe(actual.getErrors())).isEqualTo(describe(expected.getErrors()));
  }

  private static String describe(List<GraphQLError> errors) {
    return errors.stream()
        .map(e -> e.getErrorType() + " " + e.getPath() + " " + e.getMessage())
        .collect(Collectors.joining("\n"));
  }

  @Test
  void listsOfNumbersAndStringsAnswerAsGraphQLJavaAnswersThem() {
    assertSameAnswer(SERIES, "{ series { timestamps values names nested points { value } } }");
    assertThat(run(new ScalarListStrategy(), SERIES, "{ series { values } }").<Object>getData())
        .isEqualTo(Map.of("series", Map.of("values", SERIES.get("values"))));
  }

  @Test
  void aNullWhereTheListForbidsOneIsTheSameErrorAtTheSamePath() {
    assertSameAnswer(SERIES, "{ series { strict values } }");
    assertThat(run(new ScalarListStrategy(), SERIES, "{ series { strict } }").getErrors())
        .hasSize(1);
  }

  @Test
  void aValueTheScalarRefusesIsTheSameErrorAtTheSamePath() {
    Map<String, Object> series =
        Map.of("values", Arrays.asList(1.0, Double.NaN), "timestamps", List.of(1, Long.MAX_VALUE));
    assertSameAnswer(series, "{ series { values } }");
    assertSameAnswer(series, "{ series { timestamps } }");
    assertThat(run(new ScalarListStrategy(), series, "{ series { values } }").getErrors())
        .hasSize(1);
  }
}
