package org.pattoo.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import org.pattoo.config.Settings;
import org.pattoo.translation.ReadingLanguage;

/** The language labels are given in for the current request, looked up once per request. */
@RequestScoped
public class CallerLanguage {

  @Inject CurrentCaller current;
  @Inject ReadingLanguage languages;
  @Inject Settings settings;

  private String code;

  public String get() {
    if (code == null) {
      code = current.get().map(languages::of).orElse(settings.query().language());
    }
    return code;
  }
}
