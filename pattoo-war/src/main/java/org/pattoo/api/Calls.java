package org.pattoo.api;

import org.eclipse.microprofile.graphql.GraphQLException;
import org.pattoo.auth.AccessDeniedException;
import org.pattoo.auth.Caller;
import org.pattoo.auth.InvalidInputException;
import org.pattoo.auth.NotAuthenticatedException;

/** Runs a service call for the current caller, its refusals becoming GraphQL errors. */
public final class Calls {

  private Calls() {}

  public interface Call<T> {
    T run(Caller caller)
        throws AccessDeniedException, InvalidInputException, NotAuthenticatedException;
  }

  /** A call that answers nothing but that it was done. */
  public interface Action {
    void run(Caller caller)
        throws AccessDeniedException, InvalidInputException, NotAuthenticatedException;
  }

  public interface Anonymous<T> {
    T run() throws NotAuthenticatedException;
  }

  public static <T> T as(CurrentCaller current, Call<T> call) throws GraphQLException {
    // The gate lets no operation but login and refresh through without a caller.
    Caller caller =
        current.get().orElseThrow(() -> new GraphQLException("authentication required"));
    try {
      return call.run(caller);
    } catch (AccessDeniedException | InvalidInputException | NotAuthenticatedException e) {
      throw new GraphQLException(e.getMessage());
    }
  }

  /**
   * Runs {@code action} for the current caller; true once done (the answer of delete mutations).
   */
  public static boolean done(CurrentCaller current, Action action) throws GraphQLException {
    return as(
        current,
        caller -> {
          action.run(caller);
          return true;
        });
  }

  public static <T> T anonymous(Anonymous<T> call) throws GraphQLException {
    try {
      return call.run();
    } catch (NotAuthenticatedException e) {
      throw new GraphQLException(e.getMessage());
    }
  }
}
