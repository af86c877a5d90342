package org.pattoo.auth;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.OctetSequenceKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.DefaultJOSEObjectTypeVerifier;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.SecureRandom;
import java.text.ParseException;
import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Signs and verifies access tokens: JWTs (HS256, nimbus-jose-jwt) naming the user and the login
 * session, valid for {@code pattoo.auth.access-token-lifetime}. The key is made on first use and
 * kept in the database, so every server of an installation shares it and no file holds it.
 */
@Singleton
@Lock(LockType.READ)
public class AccessTokens {

  static final String ISSUER = "pattoo";
  private static final String KEY_ID = "hs256-1";

  @PersistenceContext private EntityManager em;
  @Inject private Clock clock;

  private volatile byte[] secret;
  private volatile DefaultJWTProcessor<SecurityContext> processor;

  /** A token for {@code username} in session {@code sessionId}, expiring after {@code ttl}. */
  public Issued issue(String username, String sessionId, java.time.Duration ttl) {
    Instant now = clock.instant();
    Instant expires = now.plus(ttl);
    JWTClaimsSet claims =
        new JWTClaimsSet.Builder()
            .issuer(ISSUER)
            .subject(username)
            .claim("sid", sessionId)
            .issueTime(Date.from(now))
            .expirationTime(Date.from(expires))
            .jwtID(UUID.randomUUID().toString())
            .build();
    SignedJWT jwt =
        new SignedJWT(
            new JWSHeader.Builder(JWSAlgorithm.HS256)
                .type(JOSEObjectType.JWT)
                .keyID(KEY_ID)
                .build(),
            claims);
    try {
      jwt.sign(new MACSigner(secret()));
    } catch (JOSEException e) {
      throw new IllegalStateException("cannot sign an access token: " + e.getMessage(), e);
    }
    return new Issued(jwt.serialize(), expires);
  }

  /** The session a valid, unexpired token of ours names; empty for anything else. */
  public Optional<String> sessionOf(String token) {
    try {
      JWTClaimsSet claims = processor().process(token, null);
      return Optional.ofNullable(claims.getStringClaim("sid"));
    } catch (ParseException | BadJOSEException | JOSEException e) {
      return Optional.empty();
    }
  }

  /** Whether a bearer credential has the shape of a JWT (three dot-separated parts). */
  public static boolean looksLikeJwt(String token) {
    return token.chars().filter(c -> c == '.').count() == 2;
  }

  private DefaultJWTProcessor<SecurityContext> processor() {
    DefaultJWTProcessor<SecurityContext> p = processor;
    if (p == null) {
      p = new DefaultJWTProcessor<>();
      p.setJWSTypeVerifier(new DefaultJOSEObjectTypeVerifier<>(JOSEObjectType.JWT));
      // The key carries the id tokens name in their header, so a later key can sit beside it.
      OctetSequenceKey key = new OctetSequenceKey.Builder(secret()).keyID(KEY_ID).build();
      p.setJWSKeySelector(
          new JWSVerificationKeySelector<>(
              JWSAlgorithm.HS256, new ImmutableJWKSet<>(new JWKSet(key))));
      DefaultJWTClaimsVerifier<SecurityContext> claims =
          new DefaultJWTClaimsVerifier<>(
              new JWTClaimsSet.Builder().issuer(ISSUER).build(), Set.of("sub", "sid", "exp"));
      claims.setMaxClockSkew(0); // one server issues and checks: no skew to allow for
      p.setJWTClaimsSetVerifier(claims);
      processor = p;
    }
    return p;
  }

  private byte[] secret() {
    byte[] s = secret;
    if (s == null) {
      SigningKey key = em.find(SigningKey.class, KEY_ID);
      if (key == null) {
        byte[] fresh = new byte[32];
        new SecureRandom().nextBytes(fresh);
        // Another server may make its key at the same moment: the first one stored wins.
        em.createNativeQuery(
                "INSERT INTO signing_key (id, secret, created_at) VALUES (?, ?, now())"
                    + " ON CONFLICT (id) DO NOTHING")
            .setParameter(1, KEY_ID)
            .setParameter(2, fresh)
            .executeUpdate();
        key = em.find(SigningKey.class, KEY_ID);
      }
      s = key.secret();
      secret = s;
    }
    return s;
  }

  /** An access token and when it expires. */
  public record Issued(String token, Instant expiresAt) {}
}
