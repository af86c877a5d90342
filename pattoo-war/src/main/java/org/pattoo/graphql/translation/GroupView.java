package org.pattoo.graphql.translation;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Type;
import org.pattoo.translation.TranslationGroup;

/** A translation group as the API shows it; its agents are a field resolved on demand. */
@Type("TranslationGroup")
@Description("Key translations that agents assigned to the group get (the original's agent group)")
public record GroupView(
    @Description("1 is the default group of every agent") long id, String name) {

  static GroupView of(TranslationGroup g) {
    return new GroupView(g.id(), g.name());
  }
}
