package org.pattoo.chart;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import org.pattoo.auth.AccessDeniedException;
import org.pattoo.auth.Caller;
import org.pattoo.auth.InvalidInputException;

/** Each user's favorite charts, in the order they choose; only their own. */
@Stateless
public class FavoriteService {

  /** Favorites a user keeps at most. */
  public static final int MAX_FAVORITES = 200;

  @PersistenceContext private EntityManager em;

  /** The caller's favorite charts, in their order. */
  public List<Chart> list(Caller caller) {
    return em.createNamedQuery("Favorite.of", Favorite.class)
        .setParameter("user", caller.userId())
        .getResultStream()
        .map(Favorite::chart)
        .toList();
  }

  /** Replaces the caller's favorites with these charts, in this order. */
  public List<Chart> set(Caller caller, List<Long> chartIds)
      throws AccessDeniedException, InvalidInputException {
    if (caller.readOnly()) {
      throw new AccessDeniedException("changing favorites needs a login; API tokens only read");
    }
    if (new LinkedHashSet<>(chartIds).size() != chartIds.size()) {
      throw new InvalidInputException("chartIds", "a chart is listed twice");
    }
    if (chartIds.size() > MAX_FAVORITES) {
      throw new InvalidInputException(
          "chartIds", "at most " + MAX_FAVORITES + " favorites, found " + chartIds.size());
    }
    List<Chart> charts = new ArrayList<>();
    for (long id : chartIds) {
      Chart chart = em.find(Chart.class, id);
      if (chart == null) {
        throw new InvalidInputException("chartIds", "no chart " + id);
      }
      charts.add(chart);
    }
    em.createNamedQuery("Favorite.clear").setParameter("user", caller.userId()).executeUpdate();
    for (int i = 0; i < charts.size(); i++) {
      em.persist(new Favorite(caller.userId(), i, charts.get(i)));
    }
    return charts;
  }

  /** Adds a chart at the end of the caller's favorites; no change when it is one already. */
  public List<Chart> add(Caller caller, long chartId)
      throws AccessDeniedException, InvalidInputException {
    if (em.find(Chart.class, chartId) == null) {
      throw new InvalidInputException("chartId", "no chart " + chartId);
    }
    List<Long> ids = chartIds(caller);
    if (!ids.contains(chartId)) {
      ids.add(chartId);
    }
    return set(caller, ids);
  }

  /** Removes a chart from the caller's favorites; the others keep their order. */
  public List<Chart> remove(Caller caller, long chartId)
      throws AccessDeniedException, InvalidInputException {
    List<Long> ids = chartIds(caller);
    ids.remove(Long.valueOf(chartId));
    return set(caller, ids);
  }

  /** The ids of the caller's favorites, without making their rows managed entities. */
  private List<Long> chartIds(Caller caller) {
    return new ArrayList<>(
        em.createNamedQuery("Favorite.chartIds", Long.class)
            .setParameter("user", caller.userId())
            .getResultList());
  }
}
