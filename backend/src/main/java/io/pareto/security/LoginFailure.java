package io.pareto.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One failed sign-in; only ever inserted, and purged once far outside the throttle window. */
@Entity
@Table(name = "login_failure")
public class LoginFailure {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  public String email;
  public String ip;

  @Column(name = "occurred_at")
  public Instant occurredAt;
}
