package io.pareto.account;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;

/**
 * A user who supports an account besides its manager (docs/method.md §12); shares its visibility.
 */
@Entity
@Table(name = "account_team_member")
public class AccountTeamMember {
  @EmbeddedId public Key id;

  @Column(name = "team_role")
  public String teamRole;

  @Column(name = "created_at")
  public Instant createdAt;

  @Embeddable
  public record Key(
      @Column(name = "account_id") Long accountId, @Column(name = "user_id") Long userId)
      implements Serializable {}
}
