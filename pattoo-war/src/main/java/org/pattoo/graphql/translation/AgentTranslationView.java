package org.pattoo.graphql.translation;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Type;
import org.pattoo.translation.AgentTranslation;

/** The name of an agent program in one language. */
@Type("AgentTranslation")
@Description("The display name of an agent program in one language")
public record AgentTranslationView(String language, String agentProgram, String translation) {

  static AgentTranslationView of(AgentTranslation t) {
    return new AgentTranslationView(t.language().code(), t.agentProgram(), t.translation());
  }
}
