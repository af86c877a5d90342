package org.pattoo.auth;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;

/** A credential agents post with, made by an admin; only its hash is stored. */
@Entity
@Table(name = "agent_token")
@NamedQuery(name = "AgentToken.all", query = "SELECT t FROM AgentToken t ORDER BY t.id")
@NamedQuery(
    name = "AgentToken.activeHashes",
    query = "SELECT t.name, t.tokenHash FROM AgentToken t WHERE t.revokedAt IS NULL")
public class AgentToken {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false)
  private String name;

  @Column(name = "token_hash", nullable = false, unique = true)
  private byte[] tokenHash;

  @Column(name = "created_by", nullable = false)
  private String createdBy;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "revoked_at")
  private Instant revokedAt;

  protected AgentToken() {}

  AgentToken(String name, byte[] tokenHash, String createdBy, Instant now) {
    this.name = name;
    this.tokenHash = tokenHash.clone();
    this.createdBy = createdBy;
    this.createdAt = now;
  }

  public long id() {
    return id;
  }

  public String name() {
    return name;
  }

  public String createdBy() {
    return createdBy;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Optional<Instant> revokedAt() {
    return Optional.ofNullable(revokedAt);
  }

  void revoke(Instant now) {
    if (revokedAt == null) {
      revokedAt = now;
    }
  }
}
