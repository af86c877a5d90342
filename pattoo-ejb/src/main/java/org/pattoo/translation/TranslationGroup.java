package org.pattoo.translation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/**
 * A set of key translations that agents are assigned to (the original's "agent group"), so two
 * kinds of agent can label the same key differently. Group 1 is the default of every agent.
 */
@Entity
@Table(name = "translation_group")
@NamedQuery(name = "TranslationGroup.all", query = "SELECT g FROM TranslationGroup g ORDER BY g.id")
@NamedQuery(
    name = "TranslationGroup.byName",
    query = "SELECT g FROM TranslationGroup g WHERE g.name = :name")
public class TranslationGroup {

  /** The group every agent starts in; it cannot be deleted. */
  public static final long DEFAULT = 1;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, unique = true)
  private String name;

  protected TranslationGroup() {}

  TranslationGroup(String name) {
    this.name = name;
  }

  public long id() {
    return id;
  }

  public String name() {
    return name;
  }

  void name(String name) {
    this.name = name;
  }
}
