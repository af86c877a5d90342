package org.pattoo.config;

import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.spi.AfterDeploymentValidation;
import jakarta.enterprise.inject.spi.Extension;
import java.util.Set;
import java.util.TreeSet;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Validates the {@code pattoo.*} keys while the application deploys. A bad value is reported as a
 * CDI deployment problem, so the deployment fails and asadmin or the admin console show the key's
 * name, instead of the application starting and failing later. Logs the effective config once.
 */
public class SettingsExtension implements Extension {

  private static final Logger LOG = Logger.getLogger(SettingsExtension.class.getName());

  private Settings settings;

  void validate(@Observes AfterDeploymentValidation event) {
    Config config = ConfigProvider.getConfig(SettingsExtension.class.getClassLoader());
    SettingsReader reader = new SettingsReader(k -> config.getOptionalValue(k, String.class));
    try {
      settings = Settings.read(reader);
    } catch (InvalidSettingsException e) {
      event.addDeploymentProblem(e);
      return;
    }
    reader.warnings().forEach(LOG::warning);
    unknownKeys(config, reader.effectiveMasked().keySet())
        .forEach(k -> LOG.warning(k + ": unknown key, ignored (see docs/configuration.md)"));
    LOG.info("effective configuration: " + reader.effectiveMasked());
  }

  Settings settings() {
    return settings;
  }

  private static Set<String> unknownKeys(Config config, Set<String> known) {
    return StreamSupport.stream(config.getPropertyNames().spliterator(), false)
        .filter(k -> k.startsWith("pattoo.") && !known.contains(k))
        .collect(Collectors.toCollection(TreeSet::new));
  }
}
