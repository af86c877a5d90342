package org.pattoo.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

/** Makes the validated {@link Settings} injectable everywhere in the application. */
@ApplicationScoped
public class SettingsProducer {

  @Produces
  Settings settings(SettingsExtension extension) {
    return extension.settings();
  }
}
