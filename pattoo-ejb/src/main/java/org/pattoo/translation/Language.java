package org.pattoo.translation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;

/** A language translations are written in, by its code (en, de, pt-BR). */
@Entity
@NamedQuery(name = "Language.all", query = "SELECT l FROM Language l ORDER BY l.code")
@NamedQuery(name = "Language.byCode", query = "SELECT l FROM Language l WHERE l.code = :code")
public class Language {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, unique = true)
  private String code;

  @Column(nullable = false)
  private String name;

  protected Language() {}

  Language(String code, String name) {
    this.code = code;
    this.name = name;
  }

  public long id() {
    return id;
  }

  public String code() {
    return code;
  }

  public String name() {
    return name;
  }

  void name(String name) {
    this.name = name;
  }
}
