package org.pattoo.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.jboss.arquillian.container.test.api.Deployer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.pattoo.testing.PattooEar;

/** An impossible configuration value stops the deployment, and the error names the key. */
@ExtendWith(ArquillianExtension.class)
class BadConfigIT {

  @Deployment(name = "negative-timeout", managed = false, testable = false)
  static EnterpriseArchive negativeTimeout() {
    return PattooEar.withConfig(new StringAsset("pattoo.health.db-timeout=-5s\n"));
  }

  @ArquillianResource Deployer deployer;

  @Test
  void negativeDurationFailsDeploymentNamingTheKey() {
    assertThatThrownBy(() -> deployer.deploy("negative-timeout"))
        .hasStackTraceContaining(
            "pattoo.health.db-timeout: expecting a positive duration such as 30s, 5m or 35d,"
                + " found ")
        // WildFly quotes the message once more: found \"-5s\"
        .satisfies(e -> assertThat(stackTrace(e)).containsPattern("found \\\\?\"-5s\\\\?\""));
  }

  private static String stackTrace(Throwable e) {
    StringWriter out = new StringWriter();
    e.printStackTrace(new PrintWriter(out));
    return out.toString();
  }
}
