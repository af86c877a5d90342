package org.pattoo.graphql;

import java.sql.SQLException;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.graphql.GraphQLException;
import org.pattoo.query.QueryException;

/** Turns the query layer's failures into GraphQL errors with a message the caller can act on. */
final class Failures {

  private static final Logger LOG = Logger.getLogger(Failures.class.getName());

  private Failures() {}

  /** A read that may fail on bad arguments or an unreachable database. */
  interface Read<T> {
    T run() throws QueryException, SQLException;
  }

  static <T> T read(Read<T> read) throws GraphQLException {
    try {
      return read.run();
    } catch (QueryException e) {
      throw new GraphQLException(e.getMessage());
    } catch (SQLException e) {
      LOG.log(Level.WARNING, "GraphQL read failed", e);
      throw new GraphQLException("database unavailable, try again later: " + e.getMessage());
    }
  }
}
