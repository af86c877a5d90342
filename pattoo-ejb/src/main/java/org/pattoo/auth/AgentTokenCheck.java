package org.pattoo.auth;

import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.ByteBuffer;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import org.pattoo.config.ConfiguredToken;
import org.pattoo.config.Settings;

/**
 * Decides whether an agent's bearer token may post: one of {@code pattoo.ingest.tokens}, or an
 * agent token an admin made and has not revoked. The stored tokens are read again every few
 * seconds, so a revocation reaches ingestion within {@link #REFRESH_MS}, without a query per post.
 */
@Singleton
@Lock(LockType.READ)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class AgentTokenCheck {

  private static final Logger LOG = Logger.getLogger(AgentTokenCheck.class.getName());
  static final long REFRESH_MS = 3000;

  @PersistenceContext private EntityManager em;
  @Inject private Settings settings;
  @Inject private Clock clock;

  private volatile Map<ByteBuffer, String> stored = Map.of();
  private volatile long readAt;
  private volatile boolean stale = true;

  /** The name of the token presented, when it may post. */
  public Optional<String> nameOf(String presentedToken) {
    byte[] hash = Secrets.sha256(presentedToken);
    for (ConfiguredToken t : settings.ingest().tokens()) {
      if (t.matches(hash)) {
        return Optional.of(t.name());
      }
    }
    return Optional.ofNullable(stored().get(ByteBuffer.wrap(hash)));
  }

  /** Forgets what was read, e.g. right after a token was made or revoked on this server. */
  public void invalidate() {
    stale = true;
  }

  private Map<ByteBuffer, String> stored() {
    long now = clock.millis();
    if (stale || now - readAt >= REFRESH_MS || now < readAt) {
      try {
        Map<ByteBuffer, String> fresh = new HashMap<>();
        List<Object[]> rows =
            em.createNamedQuery("AgentToken.activeHashes", Object[].class).getResultList();
        rows.forEach(r -> fresh.put(ByteBuffer.wrap((byte[]) r[1]), (String) r[0]));
        stored = fresh;
        readAt = now;
        stale = false;
      } catch (RuntimeException e) {
        // The database is down: ingestion answers 503 anyway; keep the last known tokens.
        LOG.fine(() -> "agent tokens not re-read: " + e.getMessage());
      }
    }
    return stored;
  }
}
