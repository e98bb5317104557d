package io.pareto.user;

import io.pareto.common.SearchKey;
import io.pareto.common.Timestamped;
import io.pareto.security.Role;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;

/**
 * A person (or service user) who signs in: sales rep, account manager, manager, admin, BI reader.
 */
@Entity
@Table(name = "app_user")
public class AppUser extends Timestamped {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  @Column(name = "external_id")
  public String externalId;

  public String email;
  public String name;

  @Enumerated(EnumType.STRING)
  public Role role;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "team_id")
  public Team team;

  /** bcrypt; never leaves the service layer. */
  @Column(name = "password_hash")
  public String passwordHash;

  public boolean active = true;

  /**
   * Moves on at a password reset or deactivation; sessions signed with an older one are refused.
   */
  @Column(name = "session_generation")
  public int sessionGeneration;

  /** What this is found by (and sorted by), kept from the name on every write; see SearchKey. */
  @Column(name = "search_key")
  public String searchKey;

  @PrePersist
  @PreUpdate
  void keepSearchKey() {
    searchKey = SearchKey.ofUser(name, email).search();
  }

  /** The team's id from the foreign key; a lazy team is not loaded for it. */
  public Long teamId() {
    return team == null ? null : team.id;
  }
}
