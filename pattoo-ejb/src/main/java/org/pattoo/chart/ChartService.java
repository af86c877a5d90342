package org.pattoo.chart;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.logging.Logger;
import org.pattoo.auth.AccessDeniedException;
import org.pattoo.auth.Caller;
import org.pattoo.auth.InvalidInputException;
import org.pattoo.auth.User;

/**
 * Charts: every user sees every chart (they are the site's dashboards); a chart is changed or
 * deleted only by its owner or an admin.
 */
@Stateless
public class ChartService {

  private static final Logger LOG = Logger.getLogger(ChartService.class.getName());

  /** Series a chart draws at most, so one chart's read stays bounded. */
  public static final int MAX_DATAPOINTS = 100;

  @PersistenceContext private EntityManager em;
  @Inject private Clock clock;

  /** Every chart, or only the caller's. */
  public List<Chart> list(Caller caller, boolean mine) {
    return mine
        ? em.createNamedQuery("Chart.of", Chart.class)
            .setParameter("owner", caller.userId())
            .getResultList()
        : em.createNamedQuery("Chart.all", Chart.class).getResultList();
  }

  public Optional<Chart> find(long id) {
    return Optional.ofNullable(em.find(Chart.class, id));
  }

  public Chart create(Caller caller, String name, List<Long> datapoints)
      throws AccessDeniedException, InvalidInputException {
    writer(caller);
    Chart chart =
        new Chart(
            name(name), em.find(User.class, caller.userId()), checked(datapoints), clock.instant());
    em.persist(chart);
    em.flush();
    LOG.info(() -> caller.username() + " created chart " + chart.id() + " " + chart.name());
    return chart;
  }

  /** Sets what is given: the name, the datapoints (in drawing order), or both. */
  public Chart update(
      Caller caller, long id, Optional<String> name, Optional<List<Long>> datapoints)
      throws AccessDeniedException, InvalidInputException {
    Chart chart = owned(caller, id);
    if (name.isPresent()) {
      chart.name(name(name.get()), clock.instant());
    }
    if (datapoints.isPresent()) {
      chart.datapoints(checked(datapoints.get()), clock.instant());
    }
    return chart;
  }

  public void delete(Caller caller, long id) throws AccessDeniedException, InvalidInputException {
    Chart chart = owned(caller, id);
    em.remove(chart);
    LOG.info(() -> caller.username() + " deleted chart " + id);
  }

  private Chart owned(Caller caller, long id) throws AccessDeniedException, InvalidInputException {
    writer(caller);
    Chart chart = find(id).orElseThrow(() -> new InvalidInputException("id", "no chart " + id));
    if (chart.owner().id() != caller.userId() && !caller.isAdmin()) {
      throw new AccessDeniedException(
          "changing chart " + id + " of " + chart.owner().username() + " needs the admin role");
    }
    return chart;
  }

  private static void writer(Caller caller) throws AccessDeniedException {
    if (caller.readOnly()) {
      throw new AccessDeniedException("changing charts needs a login; API tokens only read");
    }
  }

  private static String name(String name) throws InvalidInputException {
    String text = name == null ? "" : name.strip();
    if (text.isEmpty() || text.length() > 200) {
      throw new InvalidInputException("name", "expecting 1-200 characters");
    }
    return text;
  }

  /** The ids, each once and all existing, at most {@link #MAX_DATAPOINTS}. */
  private List<Long> checked(List<Long> ids) throws InvalidInputException {
    Set<Long> distinct = new LinkedHashSet<>(ids);
    if (distinct.size() != ids.size()) {
      throw new InvalidInputException("datapointIds", "a datapoint is listed twice");
    }
    if (ids.size() > MAX_DATAPOINTS) {
      throw new InvalidInputException(
          "datapointIds", "at most " + MAX_DATAPOINTS + " datapoints, found " + ids.size());
    }
    Set<Long> missing = new TreeSet<>();
    for (long id : distinct) {
      if (em.createNativeQuery("SELECT 1 FROM datapoint WHERE idx_datapoint = ?1")
          .setParameter(1, id)
          .getResultList()
          .isEmpty()) {
        missing.add(id);
      }
    }
    if (!missing.isEmpty()) {
      throw new InvalidInputException("datapointIds", "no datapoint " + missing);
    }
    return List.copyOf(distinct);
  }
}
