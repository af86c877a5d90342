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
import org.pattoo.api.CallerLanguage;
import org.pattoo.api.Calls;
import org.pattoo.api.CurrentCaller;
import org.pattoo.translation.LanguageService;
import org.pattoo.translation.ReadingLanguage;

/** Languages: everyone lists them and picks their own; admins create, rename and delete. */
@GraphQLApi
@ApplicationScoped
public class LanguageGraphQL {

  @Inject LanguageService languages;
  @Inject ReadingLanguage reading;
  @Inject CurrentCaller current;
  @Inject CallerLanguage callerLanguage;

  @Query("languages")
  @Description("Every language, by code")
  public List<LanguageView> languages() {
    return languages.list().stream().map(LanguageView::of).toList();
  }

  @Query("myLanguage")
  @Description("The code of the language your labels come in")
  public String myLanguage() {
    return callerLanguage.get();
  }

  @Mutation("chooseLanguage")
  @Description("Sets the language your labels come in; none or \"\" for the server's default")
  public String chooseLanguage(@Name("code") String code) throws GraphQLException {
    return Calls.as(current, caller -> reading.choose(caller, code));
  }

  @Mutation("createLanguage")
  @Description("A new language (admins only)")
  public LanguageView createLanguage(
      @Name("code") @NonNull String code, @Name("name") @NonNull String name)
      throws GraphQLException {
    return Calls.as(current, caller -> LanguageView.of(languages.create(caller, code, name)));
  }

  @Mutation("updateLanguage")
  @Description("Renames a language (admins only)")
  public LanguageView updateLanguage(
      @Name("code") @NonNull String code, @Name("name") @NonNull String name)
      throws GraphQLException {
    return Calls.as(current, caller -> LanguageView.of(languages.rename(caller, code, name)));
  }

  @Mutation("deleteLanguage")
  @Description("Deletes a language and its translations (admins only)")
  public boolean deleteLanguage(@Name("code") @NonNull String code) throws GraphQLException {
    return Calls.done(current, caller -> languages.delete(caller, code));
  }
}
