package org.pattoo.graphql.translation;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Type;
import org.pattoo.translation.Language;

/** A language as the API shows it. */
@Type("Language")
@Description("A language translations are written in")
public record LanguageView(
    @Description("Its code: en, de, pt-BR") String code, @Description("Its name") String name) {

  static LanguageView of(Language l) {
    return new LanguageView(l.code(), l.name());
  }
}
