package io.pareto.webhook;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/** Where an integration wants events sent, and which ones. */
@Entity
@Table(name = "webhook_endpoint")
public class WebhookEndpoint extends PanacheEntityBase {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  public String url;

  /** ",a,b," so the outbox finds subscribers with one LIKE. */
  @Column(name = "event_types")
  public String eventTypes;

  public String secret;
  public boolean enabled;

  @Column(name = "disabled_reason")
  public String disabledReason;

  @Column(name = "created_at")
  public Instant createdAt;

  @Column(name = "updated_at")
  public Instant updatedAt;

  @Version public long version;

  List<String> eventTypeList() {
    return Arrays.stream(eventTypes.split(",")).filter(s -> !s.isEmpty()).toList();
  }
}
