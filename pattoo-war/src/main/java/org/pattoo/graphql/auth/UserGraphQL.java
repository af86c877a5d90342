package org.pattoo.graphql.auth;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.GraphQLException;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.pattoo.api.Calls;
import org.pattoo.api.CurrentCaller;
import org.pattoo.auth.UserChange;
import org.pattoo.auth.UserService;

/** Users: everyone sees and renames themselves and changes their password; admins manage all. */
@GraphQLApi
@ApplicationScoped
public class UserGraphQL {

  @Inject UserService users;
  @Inject CurrentCaller current;

  @Query("me")
  @Description("The user the token belongs to")
  public UserView me() throws GraphQLException {
    return Calls.as(current, caller -> UserView.of(users.me(caller)));
  }

  @Query("users")
  @Description("Every user (admins only)")
  public List<UserView> users() throws GraphQLException {
    return Calls.as(current, caller -> users.list(caller).stream().map(UserView::of).toList());
  }

  @Mutation("createUser")
  @Description("A new user (admins only); the password is expired unless passwordExpired is false")
  public UserView createUser(
      @Name("username") @NonNull String username,
      @Name("fullName") @DefaultValue("") String fullName,
      @Name("role") @DefaultValue("USER") UserRole role,
      @Name("password") @NonNull String password,
      @Name("passwordExpired") @DefaultValue("true") boolean passwordExpired)
      throws GraphQLException {
    return Calls.as(
        current,
        caller ->
            UserView.of(
                users.create(
                    caller, username, fullName, role.toRole(), password, passwordExpired)));
  }

  @Mutation("updateUser")
  @Description(
      "Sets the given fields. Users may change only their own fullName; admins anything,"
          + " but the last enabled admin stays an enabled admin")
  public UserView updateUser(
      @Name("username") @NonNull String username,
      @Name("fullName") String fullName,
      @Name("role") UserRole role,
      @Name("enabled") Boolean enabled,
      @Name("passwordExpired") Boolean passwordExpired)
      throws GraphQLException {
    UserChange change =
        new UserChange(
            Optional.ofNullable(fullName),
            Optional.ofNullable(role).map(UserRole::toRole),
            Optional.ofNullable(enabled),
            Optional.ofNullable(passwordExpired));
    return Calls.as(current, caller -> UserView.of(users.update(caller, username, change)));
  }

  @Mutation("resetPassword")
  @Description("Sets a user's password (admins only) and ends their sessions")
  public UserView resetPassword(
      @Name("username") @NonNull String username,
      @Name("password") @NonNull String password,
      @Name("passwordExpired") @DefaultValue("true") boolean passwordExpired)
      throws GraphQLException {
    return Calls.as(
        current,
        caller -> UserView.of(users.resetPassword(caller, username, password, passwordExpired)));
  }

  @Mutation("changePassword")
  @Description("Changes your own password; your other sessions end")
  public UserView changePassword(
      @Name("currentPassword") @NonNull String currentPassword,
      @Name("newPassword") @NonNull String newPassword)
      throws GraphQLException {
    return Calls.as(
        current, caller -> UserView.of(users.changePassword(caller, currentPassword, newPassword)));
  }
}
