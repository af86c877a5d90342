package org.pattoo.auth;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/** A read-only credential a user made for a script or dashboard; only its hash is stored. */
@Entity
@Table(name = "api_token")
@NamedQuery(
    name = "ApiToken.byHash",
    query = "SELECT t FROM ApiToken t JOIN FETCH t.user WHERE t.tokenHash = :hash")
@NamedQuery(
    name = "ApiToken.ofUser",
    query = "SELECT t FROM ApiToken t WHERE t.user.id = :userId ORDER BY t.id")
public class ApiToken {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "user_id")
  private User user;

  @Column(nullable = false)
  private String name;

  @Column(name = "token_hash", nullable = false, unique = true)
  private byte[] tokenHash;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "last_used_at")
  private Instant lastUsedAt;

  @Column(name = "revoked_at")
  private Instant revokedAt;

  protected ApiToken() {}

  ApiToken(User user, String name, byte[] tokenHash, Instant now) {
    this.user = user;
    this.name = name;
    this.tokenHash = tokenHash.clone();
    this.createdAt = now;
  }

  public long id() {
    return id;
  }

  public String name() {
    return name;
  }

  public String owner() {
    return user.username();
  }

  public Instant createdAt() {
    return createdAt;
  }

  public java.util.Optional<Instant> lastUsedAt() {
    return java.util.Optional.ofNullable(lastUsedAt);
  }

  public java.util.Optional<Instant> revokedAt() {
    return java.util.Optional.ofNullable(revokedAt);
  }

  User user() {
    return user;
  }

  void used(Instant now) {
    lastUsedAt = now;
  }

  void revoke(Instant now) {
    if (revokedAt == null) {
      revokedAt = now;
    }
  }
}
