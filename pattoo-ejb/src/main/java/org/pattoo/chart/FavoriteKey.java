package org.pattoo.chart;

import java.io.Serializable;
import java.util.Objects;

/** A favorite's key: its user and its place in the user's list. A class, as JPA fills it in. */
public class FavoriteKey implements Serializable {

  private static final long serialVersionUID = 1L;

  private Long userId;
  private Integer position;

  public FavoriteKey() {}

  @Override
  public boolean equals(Object o) {
    return o instanceof FavoriteKey k
        && Objects.equals(userId, k.userId)
        && Objects.equals(position, k.position);
  }

  @Override
  public int hashCode() {
    return Objects.hash(userId, position);
  }
}
