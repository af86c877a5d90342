package org.pattoo.graphql.translation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.GraphQLException;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.pattoo.api.Calls;
import org.pattoo.api.CurrentCaller;
import org.pattoo.translation.KeyTranslationService;

/** Labels and units of keys: everyone reads, admins set, delete and import them. */
@GraphQLApi
@ApplicationScoped
public class KeyTranslationGraphQL {

  @Inject KeyTranslationService translations;
  @Inject CurrentCaller current;

  @Query("keyTranslations")
  @Description("Key translations, optionally of one group and one language")
  public List<KeyTranslationView> keyTranslations(
      @Name("group") Long group, @Name("language") String language) {
    return translations.list(Optional.ofNullable(group), Optional.ofNullable(language)).stream()
        .map(KeyTranslationView::of)
        .toList();
  }

  @Mutation("setKeyTranslation")
  @Description("Creates or replaces the label and units of a key (admins only)")
  public KeyTranslationView setKeyTranslation(
      @Name("group") @DefaultValue("1") long group,
      @Name("language") @NonNull String language,
      @Name("key") @NonNull String key,
      @Name("translation") @NonNull String translation,
      @Name("units") @DefaultValue("") String units)
      throws GraphQLException {
    return Calls.as(
        current,
        caller ->
            KeyTranslationView.of(
                translations.set(caller, group, language, key, translation, units)));
  }

  @Mutation("deleteKeyTranslation")
  @Description("Deletes a key's translation; false when there was none (admins only)")
  public boolean deleteKeyTranslation(
      @Name("group") @DefaultValue("1") long group,
      @Name("language") @NonNull String language,
      @Name("key") @NonNull String key)
      throws GraphQLException {
    return Calls.as(current, caller -> translations.delete(caller, group, language, key));
  }

  @Mutation("importKeyTranslations")
  @Description(
      "Imports a CSV with the header language,key,translation,units into a group: every row, or"
          + " none when a line is bad (admins only)")
  public ImportResultView importKeyTranslations(
      @Name("group") @DefaultValue("1") long group, @Name("csv") @NonNull String csv)
      throws GraphQLException {
    return Calls.as(
        current, caller -> ImportResultView.of(translations.importCsv(caller, group, csv)));
  }
}
