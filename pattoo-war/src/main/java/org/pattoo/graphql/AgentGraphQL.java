package org.pattoo.graphql;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.GraphQLException;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;
import org.pattoo.api.CallerLanguage;
import org.pattoo.query.AgentActivity;
import org.pattoo.query.AgentQueries;
import org.pattoo.query.AgentSort;
import org.pattoo.query.PageRequest;

/** Agents, and the datapoints of each. */
@GraphQLApi
@ApplicationScoped
public class AgentGraphQL {

  @Inject AgentQueries agents;
  @Inject AgentActivity activity;
  @Inject DatapointGraphQL datapoints;
  @Inject CallerLanguage language;

  @Query("agents")
  @Description("Agents, one per agent id and polled target; optionally of one program")
  public AgentConnection agents(
      @Name("program") String program,
      @Name("sort") @DefaultValue("PROGRAM") AgentOrder sort,
      @Name("descending") @DefaultValue("false") boolean descending,
      @Name("first") @DefaultValue("100") int first,
      @Name("after") String after)
      throws GraphQLException {
    AgentSort order = AgentSort.valueOf(sort.name());
    return Failures.read(
        () ->
            AgentConnection.of(
                agents.page(
                    Optional.ofNullable(program),
                    order,
                    PageRequest.of(first, after, descending, order.cursorValues()),
                    language.get())));
  }

  @Name("datapoints")
  @Description("The agent's datapoints for its polled target")
  public DatapointConnection datapoints(
      @Source Agent agent,
      @Name("sort") @DefaultValue("KEY") DatapointOrder sort,
      @Name("descending") @DefaultValue("false") boolean descending,
      @Name("first") @DefaultValue("100") int first,
      @Name("after") String after)
      throws GraphQLException {
    DatapointFilterInput ofAgent =
        new DatapointFilterInput(
            agent.agentId(), agent.agentPolledTarget(), null, null, null, null);
    return datapoints.datapoints(ofAgent, sort, descending, first, after);
  }

  @Name("datapointCount")
  @Description("How many datapoints the agent has")
  public List<Long> datapointCount(@Source List<Agent> of) throws GraphQLException {
    Map<Long, AgentActivity.Activity> found = activityOf(of);
    return of.stream()
        .map(a -> found.containsKey(a.idxAgent()) ? found.get(a.idxAgent()).datapoints() : 0L)
        .toList();
  }

  @Name("lastSeen")
  @Description("Epoch ms of the agent's newest sample in the last day; null when none")
  public List<Long> lastSeen(@Source List<Agent> of) throws GraphQLException {
    Map<Long, AgentActivity.Activity> found = activityOf(of);
    return of.stream()
        .map(a -> found.get(a.idxAgent()))
        .map(f -> f == null || f.lastSeen() == 0 ? null : f.lastSeen())
        .toList();
  }

  private Map<Long, AgentActivity.Activity> activityOf(List<Agent> of) throws GraphQLException {
    return Failures.read(() -> activity.of(of.stream().map(Agent::idxAgent).toList()));
  }
}
