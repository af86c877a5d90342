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

/** The display name of an agent program in one language. */
@Entity
@Table(name = "agent_translation")
@NamedQuery(
    name = "AgentTranslation.of",
    query =
        "SELECT t FROM AgentTranslation t WHERE t.language = :language"
            + " AND t.agentProgram = :program")
@NamedQuery(
    name = "AgentTranslation.all",
    query =
        "SELECT t FROM AgentTranslation t JOIN FETCH t.language"
            + " ORDER BY t.language.code, t.agentProgram")
public class AgentTranslation {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "language_id")
  private Language language;

  @Column(name = "agent_program", nullable = false)
  private String agentProgram;

  @Column(nullable = false)
  private String translation;

  protected AgentTranslation() {}

  AgentTranslation(Language language, String agentProgram) {
    this.language = language;
    this.agentProgram = agentProgram;
  }

  public Language language() {
    return language;
  }

  public String agentProgram() {
    return agentProgram;
  }

  public String translation() {
    return translation;
  }

  void translation(String translation) {
    this.translation = translation;
  }
}
