package org.pattoo.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;

/** The one clock the server reads time from, so tests can substitute their own. */
@ApplicationScoped
public class ClockProducer {

  @Produces
  Clock clock() {
    return Clock.systemUTC();
  }
}
