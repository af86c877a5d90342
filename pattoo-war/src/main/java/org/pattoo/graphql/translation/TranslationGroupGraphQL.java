package org.pattoo.graphql.translation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.GraphQLException;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;
import org.pattoo.api.Calls;
import org.pattoo.api.CurrentCaller;
import org.pattoo.translation.TranslationGroupService;

/** Translation groups and their agents: everyone reads, admins write. */
@GraphQLApi
@ApplicationScoped
public class TranslationGroupGraphQL {

  @Inject TranslationGroupService groups;
  @Inject CurrentCaller current;

  @Query("translationGroups")
  @Description("Every translation group")
  public List<GroupView> translationGroups() {
    return groups.list().stream().map(GroupView::of).toList();
  }

  @Name("agents")
  @Description("The agents assigned to the group")
  public List<GroupAgentView> agents(@Source GroupView group) {
    return groups.agents(group.id()).stream().map(GroupAgentView::of).toList();
  }

  @Mutation("createTranslationGroup")
  @Description("A new translation group (admins only)")
  public GroupView createTranslationGroup(@Name("name") @NonNull String name)
      throws GraphQLException {
    return Calls.as(current, caller -> GroupView.of(groups.create(caller, name)));
  }

  @Mutation("updateTranslationGroup")
  @Description("Renames a translation group (admins only)")
  public GroupView updateTranslationGroup(@Name("id") long id, @Name("name") @NonNull String name)
      throws GraphQLException {
    return Calls.as(current, caller -> GroupView.of(groups.rename(caller, id, name)));
  }

  @Mutation("deleteTranslationGroup")
  @Description(
      "Deletes a translation group and its translations; its agents go back to group 1"
          + " (admins only)")
  public boolean deleteTranslationGroup(@Name("id") long id) throws GraphQLException {
    return Calls.done(current, caller -> groups.delete(caller, id));
  }

  @Mutation("assignAgents")
  @Description("Puts agents (by idxAgent) in a translation group (admins only)")
  public List<GroupAgentView> assignAgents(
      @Name("group") long group, @Name("agents") @NonNull List<@NonNull Long> agents)
      throws GraphQLException {
    return Calls.as(
        current,
        caller -> {
          groups.assign(caller, group, agents);
          return groups.agents(group).stream().map(GroupAgentView::of).toList();
        });
  }
}
