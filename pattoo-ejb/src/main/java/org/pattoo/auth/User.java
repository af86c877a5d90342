package org.pattoo.auth;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/** A person who logs in to the web API; the password is kept only as a slow hash. */
@Entity
@Table(name = "app_user")
@NamedQuery(name = "User.byName", query = "SELECT u FROM User u WHERE u.username = :username")
@NamedQuery(name = "User.all", query = "SELECT u FROM User u ORDER BY u.username")
@NamedQuery(name = "User.admins", query = "SELECT COUNT(u) FROM User u WHERE u.role = :role")
@NamedQuery(
    name = "User.enabledAdmins",
    query = "SELECT COUNT(u) FROM User u WHERE u.role = :role AND u.enabled = TRUE")
public class User {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, unique = true)
  private String username;

  @Column(name = "full_name", nullable = false)
  private String fullName;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Role role;

  @Column(nullable = false)
  private boolean enabled;

  @Column(name = "password_hash", nullable = false)
  private String passwordHash;

  @Column(name = "password_expired", nullable = false)
  private boolean passwordExpired;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "password_changed_at", nullable = false)
  private Instant passwordChangedAt;

  protected User() {}

  User(String username, String fullName, Role role, String passwordHash, Instant now) {
    this.username = username;
    this.fullName = fullName;
    this.role = role;
    this.enabled = true;
    this.passwordHash = passwordHash;
    this.createdAt = now;
    this.passwordChangedAt = now;
  }

  public long id() {
    return id;
  }

  public String username() {
    return username;
  }

  public String fullName() {
    return fullName;
  }

  public Role role() {
    return role;
  }

  public boolean enabled() {
    return enabled;
  }

  public boolean passwordExpired() {
    return passwordExpired;
  }

  public Instant createdAt() {
    return createdAt;
  }

  String passwordHash() {
    return passwordHash;
  }

  void fullName(String fullName) {
    this.fullName = fullName;
  }

  void role(Role role) {
    this.role = role;
  }

  void enabled(boolean enabled) {
    this.enabled = enabled;
  }

  void passwordExpired(boolean expired) {
    this.passwordExpired = expired;
  }

  void password(String hash, Instant now) {
    this.passwordHash = hash;
    this.passwordChangedAt = now;
  }
}
