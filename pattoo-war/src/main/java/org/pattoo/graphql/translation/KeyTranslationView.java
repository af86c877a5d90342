package org.pattoo.graphql.translation;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Type;
import org.pattoo.translation.KeyTranslation;

/** A key's label and units in one group and language. */
@Type("KeyTranslation")
@Description("The human label and units of a key, in one translation group and language")
public record KeyTranslationView(
    long group,
    String language,
    @Description("The stored key, prefixed with the agent program") String key,
    String translation,
    String units) {

  static KeyTranslationView of(KeyTranslation t) {
    return new KeyTranslationView(
        t.group().id(), t.language().code(), t.key(), t.translation(), t.units());
  }
}
