package org.pattoo.graphql.auth;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.GraphQLException;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.pattoo.api.Calls;
import org.pattoo.api.CurrentCaller;
import org.pattoo.auth.LoginService;

/** Login, refresh and logout: the only operations that work without a token are the first two. */
@GraphQLApi
@ApplicationScoped
public class LoginGraphQL {

  @Inject LoginService logins;
  @Inject CurrentCaller current;

  @Mutation("login")
  @Description("Checks the password and starts a session; failed logins are rate-limited")
  public TokenPair login(
      @Name("username") @NonNull String username, @Name("password") @NonNull String password)
      throws GraphQLException {
    return Calls.anonymous(() -> TokenPair.of(logins.login(username, password, current.address())));
  }

  @Mutation("refresh")
  @Description("New tokens for a refresh token, which then stops working")
  public TokenPair refresh(@Name("refreshToken") @NonNull String refreshToken)
      throws GraphQLException {
    return Calls.anonymous(() -> TokenPair.of(logins.refresh(refreshToken)));
  }

  @Mutation("logout")
  @Description("Ends the session: its access and refresh tokens stop working")
  public boolean logout() throws GraphQLException {
    return Calls.done(current, logins::logout);
  }
}
