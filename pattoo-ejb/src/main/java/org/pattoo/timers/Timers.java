package org.pattoo.timers;

import jakarta.ejb.TimerService;
import javax.naming.InitialContext;
import javax.naming.NamingException;

/**
 * The calling bean's timer service, looked up rather than injected: on a redeploy, Payara 6
 * sometimes injects the bean itself into a {@code @Resource TimerService} field and the deployment
 * fails ("Can not set jakarta.ejb.TimerService field ... to ..."), whatever the field is named. A
 * JNDI lookup from the bean's own context does not go through that injection.
 */
public final class Timers {

  private Timers() {}

  /** Call from the bean's {@code @PostConstruct} or later, never from a constructor. */
  public static TimerService ofThisBean() {
    try {
      return InitialContext.doLookup("java:comp/TimerService");
    } catch (NamingException e) {
      throw new IllegalStateException("no timer service for this bean: " + e.getMessage(), e);
    }
  }
}
