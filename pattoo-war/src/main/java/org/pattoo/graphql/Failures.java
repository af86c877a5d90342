package org.pattoo.graphql;

import java.sql.SQLException;
import java.util.logging.Logger;
import org.eclipse.microprofile.graphql.GraphQLException;
import org.pattoo.api.Correlation;
import org.pattoo.query.QueryException;
import org.pattoo.query.ReadConnections;
import org.pattoo.storage.DatabaseOutage;

/** Turns the query layer's failures into GraphQL errors with a message the caller can act on. */
public final class Failures {

  private static final Logger LOG = Logger.getLogger(Failures.class.getName());

  static final String TIMED_OUT =
      "query cancelled: it ran longer than pattoo.query.statement-timeout; ask for less"
          + " (a shorter range, fewer series or a coarser resolution)";

  private Failures() {}

  /** A read that may fail on bad arguments or an unreachable database. */
  public interface Read<T> {
    T run() throws QueryException, SQLException;
  }

  public static <T> T read(Read<T> read) throws GraphQLException {
    try {
      return read.run();
    } catch (QueryException e) {
      throw new GraphQLException(e.getMessage());
    } catch (SQLException e) {
      if (ReadConnections.timedOut(e)) {
        throw new GraphQLException(TIMED_OUT);
      }
      if (!DatabaseOutage.is(e)) {
        throw new GraphQLException(
            "internal error " + Correlation.logged(LOG, e) + "; see the server log");
      }
      LOG.warning("GraphQL read failed: " + e.getMessage());
      throw new GraphQLException("database unavailable, try again later");
    }
  }
}
