package org.pattoo.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;

/**
 * The operator's PostgreSQL, as the one {@code DataSource} every bean injects. Looked up by the
 * name {@code jdbc/pattoo} from the server's root context, which both servers resolve: Payara's
 * JDBC resource of that name and WildFly's datasource bound at {@code java:/jdbc/pattoo}. An
 * annotation's {@code @Resource(lookup = "jdbc/pattoo")} would not do: WildFly reads a name without
 * {@code java:} as one in each bean's own {@code java:comp/env}.
 */
@ApplicationScoped
public class DataSourceProducer {

  /** The JNDI name operators bind pattoo's database to (payara-config/, wildfly-config/). */
  public static final String NAME = "jdbc/pattoo";

  @Produces
  @ApplicationScoped
  DataSource dataSource() throws NamingException {
    return InitialContext.doLookup(NAME);
  }
}
