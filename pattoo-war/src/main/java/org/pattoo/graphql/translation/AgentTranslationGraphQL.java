package org.pattoo.graphql.translation;

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
import org.pattoo.translation.AgentTranslationService;

/** Names of agent programs: everyone reads, admins set, delete and import them. */
@GraphQLApi
@ApplicationScoped
public class AgentTranslationGraphQL {

  @Inject AgentTranslationService translations;
  @Inject CurrentCaller current;

  @Query("agentTranslations")
  @Description("Agent program names, optionally in one language")
  public List<AgentTranslationView> agentTranslations(@Name("language") String language) {
    return translations.list(Optional.ofNullable(language)).stream()
        .map(AgentTranslationView::of)
        .toList();
  }

  @Mutation("setAgentTranslation")
  @Description("Creates or replaces the name of an agent program in a language (admins only)")
  public AgentTranslationView setAgentTranslation(
      @Name("language") @NonNull String language,
      @Name("agentProgram") @NonNull String agentProgram,
      @Name("translation") @NonNull String translation)
      throws GraphQLException {
    return Calls.as(
        current,
        caller ->
            AgentTranslationView.of(translations.set(caller, language, agentProgram, translation)));
  }

  @Mutation("deleteAgentTranslation")
  @Description("Deletes an agent program's name; false when there was none (admins only)")
  public boolean deleteAgentTranslation(
      @Name("language") @NonNull String language,
      @Name("agentProgram") @NonNull String agentProgram)
      throws GraphQLException {
    return Calls.as(current, caller -> translations.delete(caller, language, agentProgram));
  }

  @Mutation("importAgentTranslations")
  @Description(
      "Imports a CSV with the header language,key,translation (key: the agent program): every"
          + " row, or none when a line is bad (admins only)")
  public ImportResultView importAgentTranslations(@Name("csv") @NonNull String csv)
      throws GraphQLException {
    return Calls.as(current, caller -> ImportResultView.of(translations.importCsv(caller, csv)));
  }
}
