package org.pattoo.graphql.answer;

import graphql.execution.AsyncExecutionStrategy;
import graphql.execution.ExecutionContext;
import graphql.execution.ExecutionStrategyParameters;
import graphql.execution.FieldValueInfo;
import graphql.execution.ResultNodesInfo;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.parameters.InstrumentationFieldCompleteParameters;
import graphql.schema.Coercing;
import graphql.schema.CoercingSerializeException;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLNonNull;
import graphql.schema.GraphQLScalarType;
import graphql.schema.GraphQLType;
import io.smallrye.graphql.execution.error.ExceptionHandler;
import java.util.ArrayList;
import java.util.List;

/**
 * graphql-java's query execution, with lists of numbers completed in one loop. graphql-java
 * completes a list element by element as if each were a field (a path, step info, validator and
 * parameters apiece): for a chart's 400,000 timestamps and values, that was 45% of the read's
 * server time. A list of scalars needs only each element coerced, which is what this does. Any
 * other element (objects, wrapped results, nulls where they are not allowed, values the scalar
 * refuses) and any request with a result-node limit take graphql-java's own way, so errors keep
 * their paths and messages.
 */
final class ScalarListStrategy extends AsyncExecutionStrategy {

  ScalarListStrategy() {
    super(new ExceptionHandler()); // the handler SmallRye gives its default strategy
  }

  @Override
  protected FieldValueInfo completeValueForList(
      ExecutionContext context, ExecutionStrategyParameters parameters, Iterable<Object> values) {
    List<Object> completed = scalars(context, parameters, values);
    if (completed == null) {
      return super.completeValueForList(context, parameters, values);
    }
    InstrumentationContext<Object> listContext =
        context
            .getInstrumentation()
            .beginFieldListCompletion(
                new InstrumentationFieldCompleteParameters(
                    context, parameters, parameters::getExecutionStepInfo, values),
                context.getInstrumentationState());
    if (listContext != null) {
      listContext.onCompleted(completed, null);
    }
    // Scalars hold no objects to dispatch data loaders for: no per-element infos.
    return new FieldValueInfo(FieldValueInfo.CompleteValueType.LIST, completed, List.of());
  }

  /** {@code values} coerced by their scalar type, or null where graphql-java must do it. */
  private static List<Object> scalars(
      ExecutionContext context, ExecutionStrategyParameters parameters, Iterable<Object> values) {
    GraphQLType listType = parameters.getExecutionStepInfo().getUnwrappedNonNullType();
    if (!(listType instanceof GraphQLList list)
        || context.getGraphQLContext().get(ResultNodesInfo.MAX_RESULT_NODES) != null) {
      return null;
    }
    GraphQLType element = list.getWrappedType();
    boolean nullable = !(element instanceof GraphQLNonNull);
    if (!nullable) {
      element = ((GraphQLNonNull) element).getWrappedType();
    }
    if (!(element instanceof GraphQLScalarType scalar)) {
      return null;
    }
    Coercing<?, ?> coercing = scalar.getCoercing();
    List<Object> out = values instanceof List<?> l ? new ArrayList<>(l.size()) : new ArrayList<>();
    try {
      for (Object value : values) {
        if (value instanceof Number || value instanceof String || value instanceof Boolean) {
          out.add(coercing.serialize(value, context.getGraphQLContext(), context.getLocale()));
        } else if (value == null && nullable) {
          out.add(null);
        } else {
          return null;
        }
      }
    } catch (CoercingSerializeException e) {
      return null;
    }
    return out;
  }
}
