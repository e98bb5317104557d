package io.pareto.audit;

import io.pareto.common.ProblemException;
import jakarta.ws.rs.QueryParam;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** Filters of the audit list and its export; every one optional, combined with AND. */
public class AuditFilter {
  @QueryParam("entityType")
  @Parameter(description = "Kind of record, e.g. ACCOUNT, OPPORTUNITY, USER, EXPORT")
  public String entityType;

  @QueryParam("entityId")
  public String entityId;

  @QueryParam("accountId")
  public Long accountId;

  @QueryParam("action")
  @Parameter(
      description =
          "Kind of event, repeatable: CREATE, UPDATE, DELETE, OWNER_CHANGE, "
              + "ROLE_CHANGE, EXPORT, …")
  public List<String> action;

  @QueryParam("actor")
  @Parameter(description = "Who acted: the user's email (case-insensitive)")
  public String actor;

  @QueryParam("from")
  @Parameter(
      description =
          "Events at or after: an instant (2026-11-01T00:00:00Z) or a date "
              + "(2026-11-01, from 00:00 UTC)")
  public String from;

  @QueryParam("to")
  @Parameter(description = "Events before: an instant, or a date (the whole day, UTC, is included)")
  public String to;

  /**
   * Appends the predicates over an audit alias, in JPQL ({@code sql} false: entity fields) or SQL
   * (column names), and puts their parameters.
   */
  public void appendTo(StringBuilder where, Map<String, Object> params, String e, boolean sql) {
    if (entityType != null && !entityType.isBlank()) {
      where
          .append(" and ")
          .append(e)
          .append(sql ? ".entity_type" : ".entityType")
          .append(" = :type");
      params.put("type", entityType.trim());
    }
    if (entityId != null && !entityId.isBlank()) {
      where.append(" and ").append(e).append(sql ? ".entity_id" : ".entityId").append(" = :eid");
      params.put("eid", entityId.trim());
    }
    if (accountId != null) {
      where.append(" and ").append(e).append(sql ? ".account_id" : ".accountId").append(" = :acc");
      params.put("acc", accountId);
    }
    List<String> actions =
        action == null
            ? List.of()
            : action.stream()
                .flatMap(a -> java.util.Arrays.stream(a.split(",")))
                .map(String::trim)
                .filter(a -> !a.isEmpty())
                .toList();
    for (int i = 0; i < actions.size(); i++) {
      where.append(i == 0 ? " and " + e + ".action in (" : ", ").append(":action").append(i);
      params.put("action" + i, actions.get(i));
      if (i == actions.size() - 1) where.append(")");
    }
    if (actor != null && !actor.isBlank()) {
      where.append(" and lower(").append(e).append(".actor) = :actor");
      params.put("actor", actor.trim().toLowerCase(java.util.Locale.ROOT));
    }
    Instant f = instant("from", from, false);
    Instant t = instant("to", to, true);
    if (f != null && t != null && !f.isBefore(t))
      throw ProblemException.badRequest("to", "must be after from");
    String at = e + (sql ? ".occurred_at" : ".occurredAt");
    if (f != null) {
      where.append(" and ").append(at).append(" >= :from");
      params.put("from", sql ? f.atOffset(ZoneOffset.UTC) : f);
    }
    if (t != null) {
      where.append(" and ").append(at).append(" < :to");
      params.put("to", sql ? t.atOffset(ZoneOffset.UTC) : t);
    }
  }

  /** An instant, or a date meaning its start (from) or the start of the next day (to), UTC. */
  static Instant instant(String field, String value, boolean endOfDay) {
    if (value == null || value.isBlank()) return null;
    String v = value.trim();
    try {
      if (v.length() == 10) {
        LocalDate d = LocalDate.parse(v);
        return (endOfDay ? d.plusDays(1) : d).atStartOfDay(ZoneOffset.UTC).toInstant();
      }
      return Instant.parse(v);
    } catch (DateTimeParseException ex) {
      throw ProblemException.badRequest(
          field, "must be a date (2026-11-01) or an instant (2026-11-01T00:00:00Z)");
    }
  }
}
