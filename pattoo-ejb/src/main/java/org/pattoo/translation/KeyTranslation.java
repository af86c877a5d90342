package org.pattoo.translation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/** The human label and unit of a (program-prefixed) key, in one group and language. */
@Entity
@Table(name = "key_translation")
@NamedQuery(
    name = "KeyTranslation.of",
    query =
        "SELECT t FROM KeyTranslation t WHERE t.translationGroup = :translationGroup AND t.language = :language"
            + " AND t.keyName = :keyName")
@NamedQuery(
    name = "KeyTranslation.all",
    query =
        "SELECT t FROM KeyTranslation t JOIN FETCH t.translationGroup JOIN FETCH t.language"
            + " ORDER BY t.translationGroup.id, t.language.code, t.keyName")
public class KeyTranslation {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "translation_group_id")
  private TranslationGroup translationGroup;

  @ManyToOne(optional = false)
  @JoinColumn(name = "language_id")
  private Language language;

  @Column(name = "key", nullable = false)
  private String keyName;

  @Column(nullable = false)
  private String translation;

  @Column(nullable = false)
  private String units;

  protected KeyTranslation() {}

  KeyTranslation(TranslationGroup group, Language language, String key) {
    this.translationGroup = group;
    this.language = language;
    this.keyName = key;
  }

  public TranslationGroup group() {
    return translationGroup;
  }

  public Language language() {
    return language;
  }

  public String key() {
    return keyName;
  }

  public String translation() {
    return translation;
  }

  public String units() {
    return units;
  }

  void set(String translation, String units) {
    this.translation = translation;
    this.units = units;
  }
}
