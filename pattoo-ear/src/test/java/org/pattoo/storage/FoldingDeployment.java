package org.pattoo.storage;

import java.util.stream.Stream;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.pattoo.testing.PattooEar;
import org.pattoo.testing.TestSeries;

/**
 * The EAR of the ITs that fold and chunk samples: hot samples folded 5 minutes after their time,
 * days hot for 30 days (so {@link Sql#hotDay} finds days 9-28 back that no timer compacts), the
 * rollup job idle between the tests' own runs of it.
 */
final class FoldingDeployment {

  private FoldingDeployment() {}

  /** The EAR with {@code testClasses} and the helpers they share. */
  static EnterpriseArchive ear(Class<?>... testClasses) {
    return PattooEar.addTestClasses(
        PattooEar.withConfig(
            new StringAsset(
                "pattoo.storage.seal=true\npattoo.storage.fold-after=5m\n"
                    + "pattoo.storage.compact-after=30d\n"
                    + "pattoo.rollup.interval=1d\n")),
        Stream.concat(
                Stream.of(testClasses),
                Stream.of(
                    FoldingDeployment.class, TwentyMinutes.class, Sql.class, TestSeries.class))
            .toArray(Class<?>[]::new));
  }
}
