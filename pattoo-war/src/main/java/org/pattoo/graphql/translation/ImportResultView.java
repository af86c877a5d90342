package org.pattoo.graphql.translation;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Type;
import org.pattoo.translation.ImportResult;

/** What an import did. */
@Type("ImportResult")
@Description("Rows of the file new, changed, and already as the file has them")
public record ImportResultView(int created, int updated, int unchanged) {

  static ImportResultView of(ImportResult r) {
    return new ImportResultView(r.created(), r.updated(), r.unchanged());
  }
}
