package org.pattoo.graphql.auth;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.GraphQLException;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.pattoo.api.Calls;
import org.pattoo.api.CurrentCaller;
import org.pattoo.auth.TokenService;

/** Read-only API tokens (each user their own) and agent tokens (admins). */
@GraphQLApi
@ApplicationScoped
public class TokenGraphQL {

  @Inject TokenService tokens;
  @Inject CurrentCaller current;

  @Query("apiTokens")
  @Description("Your API tokens; admins may name another user")
  public List<ApiTokenView> apiTokens(@Name("username") String username) throws GraphQLException {
    return Calls.as(
        current,
        caller ->
            tokens.apiTokens(caller, Optional.ofNullable(username)).stream()
                .map(ApiTokenView::of)
                .toList());
  }

  @Mutation("createApiToken")
  @Description("A read-only token for scripts and dashboards, acting for you")
  public NewApiToken createApiToken(@Name("name") @NonNull String name) throws GraphQLException {
    return Calls.as(
        current,
        caller -> {
          var created = tokens.createApiToken(caller, name);
          return new NewApiToken(ApiTokenView.of(created.token()), created.secret());
        });
  }

  @Mutation("revokeApiToken")
  @Description("Stops an API token of yours (admins: anyone's) from working")
  public ApiTokenView revokeApiToken(@Name("id") long id) throws GraphQLException {
    return Calls.as(current, caller -> ApiTokenView.of(tokens.revokeApiToken(caller, id)));
  }

  @Query("agentTokens")
  @Description("Every agent token made through the API (admins only)")
  public List<AgentTokenView> agentTokens() throws GraphQLException {
    return Calls.as(
        current, caller -> tokens.agentTokens(caller).stream().map(AgentTokenView::of).toList());
  }

  @Mutation("createAgentToken")
  @Description("A token agents post with (admins only)")
  public NewAgentToken createAgentToken(@Name("name") @NonNull String name)
      throws GraphQLException {
    return Calls.as(
        current,
        caller -> {
          var created = tokens.createAgentToken(caller, name);
          return new NewAgentToken(AgentTokenView.of(created.token()), created.secret());
        });
  }

  @Mutation("revokeAgentToken")
  @Description("Refuses posts with this agent token within seconds (admins only)")
  public AgentTokenView revokeAgentToken(@Name("id") long id) throws GraphQLException {
    return Calls.as(current, caller -> AgentTokenView.of(tokens.revokeAgentToken(caller, id)));
  }
}
