package org.pattoo.auth;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** The installation's secret for signing access tokens (HMAC-SHA256), made on first use. */
@Entity
@Table(name = "signing_key")
public class SigningKey {

  @Id private String id;

  @Column(nullable = false)
  private byte[] secret;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected SigningKey() {}

  byte[] secret() {
    return secret.clone();
  }
}
