package org.pattoo.storage;

import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.pattoo.config.Settings;

/**
 * Makes sure daily sample partitions exist before samples are written to them. Known days are
 * remembered, so the common case costs a set lookup; creation runs in its own transaction, so the
 * brief lock it takes on the parent tables is never held for the length of an ingest.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class PartitionService {

  private static final Logger LOG = Logger.getLogger(PartitionService.class.getName());
  private static final long ADVISORY_LOCK = 0x7061_7474_6f6f_0001L; // "pattoo" + 1

  @Inject private DataSource dataSource;
  @Inject private Settings settings;

  private final Set<Long> knownDays = ConcurrentHashMap.newKeySet();
  private volatile boolean loaded;

  /** Creates the partitions of every given epoch day that does not have them yet. */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public void ensure(Collection<Long> epochDays) throws SQLException {
    if (loaded && knownDays.containsAll(epochDays)) {
      return;
    }
    try (Connection c = dataSource.getConnection();
        Statement st = c.createStatement()) {
      if (!loaded) {
        loadKnownDays(c);
      }
      Set<Long> missing = new TreeSet<>(epochDays);
      missing.removeAll(knownDays);
      if (missing.isEmpty()) {
        return;
      }
      // Counted as known only once committed.
      OwnTransaction.run(
          c,
          ddl -> {
            ddl.execute("SELECT pg_advisory_xact_lock(" + ADVISORY_LOCK + ")");
            for (long day : missing) {
              for (SampleTable table : SampleTable.values()) {
                ddl.execute(table.createPartitionSql(day, settings.seal()));
              }
            }
          });
      knownDays.addAll(missing);
      LOG.info("created sample partitions for epoch days " + missing);
    }
  }

  /** Forgets days whose partitions were dropped, so a late sample for one creates them again. */
  public void forget(Collection<Long> epochDays) {
    knownDays.removeAll(epochDays);
  }

  private void loadKnownDays(Connection c) throws SQLException {
    Partitions.of(c, SampleTable.NUMBER.parent())
        .forEach(name -> knownDays.add(SampleTable.dayOfPartition(name)));
    loaded = true;
  }
}
