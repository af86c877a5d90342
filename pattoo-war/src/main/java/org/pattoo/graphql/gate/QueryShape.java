package org.pattoo.graphql.gate;

import graphql.language.Argument;
import graphql.language.ArrayValue;
import graphql.language.Document;
import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.IntValue;
import graphql.language.OperationDefinition;
import graphql.language.Selection;
import graphql.language.SelectionSet;
import graphql.language.Value;
import graphql.language.VariableReference;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What one GraphQL operation asks for, measured on its syntax before it runs: nesting depth, number
 * of fields (every alias counts), an estimate of the result's size, and its root fields. Fragments
 * are expanded; the walk stops once {@code fieldBudget} fields are seen, so a document built to
 * explode under expansion costs no more than a refused one.
 *
 * <p>The cost is the number of values the answer may hold: each field counts once per item of the
 * lists around it. A list's size is its {@code first} argument, else the length of its {@code
 * datapointIds}, else 100 (the default page) for a connection, else the most a plain list can hold
 * ({@link #LIST_SIZES}: a chart's 100 series, a user's 200 favorites, all charts counted as 1,000
 * so that reading every chart's series is refused), else 1.
 */
public record QueryShape(
    OperationDefinition.Operation type, List<String> rootFields, int depth, int fields, long cost) {

  static final int DEFAULT_PAGE = 100;

  /** Plain (unpaged) list fields and the most items each is counted as. */
  static final Map<String, Long> LIST_SIZES =
      Map.ofEntries(
          Map.entry("charts", 1_000L),
          Map.entry("favorites", 200L),
          Map.entry("series", 100L),
          Map.entry("datapoints", 100L),
          Map.entry("datapointsByIds", 100L),
          Map.entry("keyTranslations", 1_000L),
          Map.entry("agentTranslations", 100L),
          Map.entry("translationGroups", 100L),
          Map.entry("agents", 100L),
          Map.entry("languages", 100L),
          Map.entry("users", 100L));

  public QueryShape {
    rootFields = List.copyOf(rootFields);
  }

  /**
   * Measures the operation {@code operationName} selects (or the only one). Empty when the document
   * names no such operation: the GraphQL validator then reports it.
   */
  public static Optional<QueryShape> measure(
      Document document, String operationName, Map<String, Object> variables, int fieldBudget) {
    List<OperationDefinition> operations = document.getDefinitionsOfType(OperationDefinition.class);
    Optional<OperationDefinition> chosen =
        operationName == null || operationName.isBlank()
            ? (operations.size() == 1 ? Optional.of(operations.get(0)) : Optional.empty())
            : operations.stream().filter(o -> operationName.equals(o.getName())).findFirst();
    if (chosen.isEmpty()) {
      return Optional.empty();
    }
    Walk walk = new Walk(document, variables, fieldBudget);
    walk.selections(chosen.get().getSelectionSet(), 1, 1, new HashSet<>());
    List<String> roots = new ArrayList<>();
    walk.rootFields(chosen.get().getSelectionSet(), roots, new HashSet<>());
    return Optional.of(
        new QueryShape(chosen.get().getOperation(), roots, walk.depth, walk.fields, walk.cost));
  }

  /** The depth-first count; fragments in a cycle are skipped (the validator refuses them). */
  private static final class Walk {
    private final Map<String, FragmentDefinition> fragments;
    private final Map<String, Object> variables;
    private final int fieldBudget;
    int depth;
    int fields;
    long cost;

    Walk(Document document, Map<String, Object> variables, int fieldBudget) {
      this.fragments = new java.util.HashMap<>();
      document
          .getDefinitionsOfType(FragmentDefinition.class)
          .forEach(f -> fragments.putIfAbsent(f.getName(), f));
      this.variables = variables;
      this.fieldBudget = fieldBudget;
    }

    void selections(SelectionSet set, int level, long multiplier, Set<String> inFragments) {
      if (set == null) {
        return;
      }
      for (Selection<?> selection : set.getSelections()) {
        if (fields > fieldBudget) {
          return;
        }
        if (selection instanceof Field field) {
          fields++;
          depth = Math.max(depth, level);
          cost = saturatedAdd(cost, multiplier);
          long inner = saturatedMultiply(multiplier, listSize(field));
          selections(field.getSelectionSet(), level + 1, inner, inFragments);
        } else if (selection instanceof InlineFragment inline) {
          selections(inline.getSelectionSet(), level, multiplier, inFragments);
        } else if (selection instanceof FragmentSpread spread) {
          FragmentDefinition fragment = fragments.get(spread.getName());
          if (fragment != null && inFragments.add(spread.getName())) {
            selections(fragment.getSelectionSet(), level, multiplier, inFragments);
            inFragments.remove(spread.getName());
          }
        }
      }
    }

    void rootFields(SelectionSet set, List<String> out, Set<String> inFragments) {
      for (Selection<?> selection : set.getSelections()) {
        if (selection instanceof Field field) {
          out.add(field.getName());
        } else if (selection instanceof InlineFragment inline) {
          rootFields(inline.getSelectionSet(), out, inFragments);
        } else if (selection instanceof FragmentSpread spread) {
          FragmentDefinition fragment = fragments.get(spread.getName());
          if (fragment != null && inFragments.add(spread.getName())) {
            rootFields(fragment.getSelectionSet(), out, inFragments);
          }
        }
      }
    }

    private long listSize(Field field) {
      Optional<Long> first = argument(field, "first").flatMap(this::number);
      if (first.isPresent()) {
        return Math.max(1, first.get());
      }
      Optional<Long> ids = argument(field, "datapointIds").flatMap(this::length);
      if (ids.isPresent()) {
        return Math.max(1, ids.get());
      }
      return isConnection(field) ? DEFAULT_PAGE : LIST_SIZES.getOrDefault(field.getName(), 1L);
    }

    private static Optional<Value<?>> argument(Field field, String name) {
      return field.getArguments().stream()
          .filter(a -> a.getName().equals(name))
          .findFirst()
          .map(Argument::getValue);
    }

    private Optional<Long> number(Value<?> value) {
      if (value instanceof IntValue i) {
        return Optional.of(
            i.getValue().min(java.math.BigInteger.valueOf(Long.MAX_VALUE)).longValue());
      }
      Object bound = variable(value);
      return bound instanceof Number n ? Optional.of(n.longValue()) : Optional.empty();
    }

    private Optional<Long> length(Value<?> value) {
      if (value instanceof ArrayValue a) {
        return Optional.of((long) a.getValues().size());
      }
      Object bound = variable(value);
      return bound instanceof List<?> l ? Optional.of((long) l.size()) : Optional.empty();
    }

    private Object variable(Value<?> value) {
      return value instanceof VariableReference v && variables != null
          ? variables.get(v.getName())
          : null;
    }

    private static boolean isConnection(Field field) {
      return field.getSelectionSet() != null
          && field.getSelectionSet().getSelectionsOfType(Field.class).stream()
              .anyMatch(f -> f.getName().equals("edges") || f.getName().equals("nodes"));
    }
  }

  private static long saturatedAdd(long a, long b) {
    long r = a + b;
    return r < 0 ? Long.MAX_VALUE : r;
  }

  private static long saturatedMultiply(long a, long b) {
    long r = a * b;
    return (a != 0 && (r / a != b || r < 0)) ? Long.MAX_VALUE : r;
  }
}
