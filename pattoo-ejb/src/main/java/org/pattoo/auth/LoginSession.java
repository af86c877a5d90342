package org.pattoo.auth;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One login: its refresh token's hash (replaced at each refresh) and when it ends. Access tokens
 * name their session, so revoking it ends them too.
 */
@Entity
@Table(name = "login_session")
@NamedQuery(
    name = "LoginSession.byRefreshHash",
    query = "SELECT s FROM LoginSession s JOIN FETCH s.user WHERE s.refreshHash = :hash")
@NamedQuery(
    name = "LoginSession.openOf",
    query = "SELECT s FROM LoginSession s WHERE s.user = :user AND s.revokedAt IS NULL")
public class LoginSession {

  @Id private String id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "user_id")
  private User user;

  @Column(name = "refresh_hash", nullable = false, unique = true)
  private byte[] refreshHash;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "expires_at", nullable = false)
  private Instant expiresAt;

  @Column(name = "revoked_at")
  private Instant revokedAt;

  protected LoginSession() {}

  LoginSession(String id, User user, byte[] refreshHash, Instant now, Instant expiresAt) {
    this.id = id;
    this.user = user;
    this.refreshHash = refreshHash.clone();
    this.createdAt = now;
    this.expiresAt = expiresAt;
  }

  String id() {
    return id;
  }

  User user() {
    return user;
  }

  Instant expiresAt() {
    return expiresAt;
  }

  /** Usable: neither revoked nor past its end. */
  boolean activeAt(Instant now) {
    return revokedAt == null && now.isBefore(expiresAt);
  }

  void refreshHash(byte[] hash) {
    this.refreshHash = hash.clone();
  }

  void revoke(Instant now) {
    if (revokedAt == null) {
      revokedAt = now;
    }
  }
}
