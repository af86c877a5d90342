package org.pattoo.chart;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderColumn;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.pattoo.auth.User;

/** A named, ordered set of datapoints drawn together, owned by the user who made it. */
@Entity
@NamedQuery(name = "Chart.all", query = "SELECT c FROM Chart c ORDER BY c.name, c.id")
@NamedQuery(
    name = "Chart.of",
    query = "SELECT c FROM Chart c WHERE c.owner.id = :owner ORDER BY c.name, c.id")
public class Chart {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false)
  private String name;

  @ManyToOne(optional = false)
  @JoinColumn(name = "owner_id")
  private User owner;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "chart_datapoint", joinColumns = @JoinColumn(name = "chart_id"))
  @OrderColumn(name = "position")
  @Column(name = "datapoint_id", nullable = false)
  private List<Long> datapoints = new ArrayList<>();

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  protected Chart() {}

  Chart(String name, User owner, List<Long> datapoints, Instant now) {
    this.name = name;
    this.owner = owner;
    this.datapoints = new ArrayList<>(datapoints);
    this.createdAt = now;
    this.updatedAt = now;
  }

  public long id() {
    return id;
  }

  public String name() {
    return name;
  }

  public User owner() {
    return owner;
  }

  /**
   * Its datapoints' ids, in the order they are drawn. A deleted datapoint leaves a gap in the
   * positions, which a provider may read as null: it is no longer drawn.
   */
  public List<Long> datapoints() {
    return datapoints.stream().filter(Objects::nonNull).toList();
  }

  public Instant updatedAt() {
    return updatedAt;
  }

  void name(String name, Instant now) {
    this.name = name;
    this.updatedAt = now;
  }

  void datapoints(List<Long> ids, Instant now) {
    this.datapoints = new ArrayList<>(ids);
    this.updatedAt = now;
  }
}
