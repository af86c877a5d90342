package org.pattoo.chart;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;

/** One chart in a user's list of favorites, at its place in that list. */
@Entity
@IdClass(FavoriteKey.class)
@NamedQuery(
    name = "Favorite.of",
    query = "SELECT f FROM Favorite f WHERE f.userId = :user ORDER BY f.position")
@NamedQuery(
    name = "Favorite.chartIds",
    query = "SELECT f.chart.id FROM Favorite f WHERE f.userId = :user ORDER BY f.position")
@NamedQuery(name = "Favorite.clear", query = "DELETE FROM Favorite f WHERE f.userId = :user")
public class Favorite {

  @Id
  @Column(name = "user_id")
  private Long userId;

  @Id
  @Column(name = "position")
  private Integer position;

  @ManyToOne(optional = false)
  @JoinColumn(name = "chart_id")
  private Chart chart;

  protected Favorite() {}

  Favorite(long userId, int position, Chart chart) {
    this.userId = userId;
    this.position = position;
    this.chart = chart;
  }

  public Chart chart() {
    return chart;
  }
}
