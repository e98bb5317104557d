package io.pareto.webhook;

import java.util.List;

/** The event types an endpoint may subscribe to, as they appear in `Pareto-Event` and payloads. */
public final class WebhookEvents {
  private WebhookEvents() {}

  public static final String ACCOUNT_CREATED = "account.created";
  public static final String ACCOUNT_UPDATED = "account.updated";
  public static final String ACCOUNT_DELETED = "account.deleted";
  public static final String ACCOUNT_MERGED = "account.merged";
  public static final String ACCOUNT_CATEGORY_CHANGED = "account.category_changed";
  public static final String OPPORTUNITY_STAGE_CHANGED = "opportunity.stage_changed";
  public static final String CLASSIFICATION_RUN_COMPLETED = "classification.run_completed";
  public static final String IMPORT_COMPLETED = "import.completed";
  public static final String CONTACT_CREATED = "contact.created";
  public static final String CONTACT_UPDATED = "contact.updated";
  public static final String CONTACT_DELETED = "contact.deleted";
  public static final String CONTACT_MERGED = "contact.merged";

  /** Sent on request to one endpoint (POST /webhooks/{id}/test); not subscribable. */
  public static final String TEST = "webhook.test";

  public static final List<String> ALL =
      List.of(
          ACCOUNT_CREATED,
          ACCOUNT_UPDATED,
          ACCOUNT_DELETED,
          ACCOUNT_MERGED,
          ACCOUNT_CATEGORY_CHANGED,
          OPPORTUNITY_STAGE_CHANGED,
          CLASSIFICATION_RUN_COMPLETED,
          IMPORT_COMPLETED,
          CONTACT_CREATED,
          CONTACT_UPDATED,
          CONTACT_DELETED,
          CONTACT_MERGED);
}
