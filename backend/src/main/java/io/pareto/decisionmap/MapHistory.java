package io.pareto.decisionmap;

import com.fasterxml.jackson.databind.JsonNode;
import io.pareto.common.ProblemException;
import io.pareto.contact.BuyingRole;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The map's rows as they stood at the end of a past day, replayed from the audit trail: every
 * contact, role, link and relationship-owner write records each field before and after. Rows that
 * exist now are rolled back through the changes made after the day; deleted rows come back from
 * their DELETE event; links and owners the database removed with their contact (no event of their
 * own) are rolled forward from their CREATE event and drop out when their contact was gone on that
 * day. A contact written after the day without any audit event (a bulk import) makes the past
 * unknowable: 409, never a guess.
 */
final class MapHistory {
  private MapHistory() {}

  /**
   * One audit event of the account: entity type and id, action, changes {field: [before, after]},
   * after the day.
   */
  record Event(String type, long id, String action, JsonNode changes, boolean afterDay) {}

  /** Row layouts of {@link DecisionMapQueries}: field name → column index. */
  private static final Map<String, Integer> CONTACT =
      Map.ofEntries(
          Map.entry("name", 1),
          Map.entry("title", 2),
          Map.entry("department", 3),
          Map.entry("layer", 4),
          Map.entry("influence", 5),
          Map.entry("attitude", 6),
          Map.entry("closeness", 7),
          Map.entry("valueOrientation", 8),
          Map.entry("personalNotes", 9),
          Map.entry("reportsToId", 10),
          Map.entry("lastContactedOn", 11),
          Map.entry("competitorId", 12),
          Map.entry("competitorCloseness", 14));

  private static final Map<String, Integer> LINK =
      Map.of("fromContactId", 1, "toContactId", 2, "kind", 3, "strength", 4);
  private static final Map<String, Integer> OWNER =
      Map.of("contactId", 1, "userId", 2, "strength", 4);
  private static final Set<String> NUMBERS =
      Set.of(
          "influence",
          "closeness",
          "reportsToId",
          "competitorId",
          "competitorCloseness",
          "fromContactId",
          "toContactId",
          "strength",
          "contactId",
          "userId");

  /**
   * @param createdAfterDay contacts whose created_at is after the day (without a CREATE event:
   *     imported later)
   * @param touchedAfterDay contacts whose updated_at is after the day (each needs an audit event
   *     after it)
   */
  static MapRows asOf(
      LocalDate day,
      MapRows now,
      List<Event> events,
      Set<Long> createdAfterDay,
      Set<Long> touchedAfterDay) {
    Map<String, List<Event>> byEntity = new HashMap<>();
    for (Event e : events)
      byEntity.computeIfAbsent(e.type() + "#" + e.id(), k -> new ArrayList<>()).add(e);
    for (long id : touchedAfterDay) {
      if (byEntity.getOrDefault("CONTACT#" + id, List.of()).stream().noneMatch(Event::afterDay)) {
        throw ProblemException.conflict(
            "asOf: contact "
                + id
                + " was changed after "
                + day
                + " by a bulk import, which "
                + "the audit trail records without per-contact detail; the map as of that day is unknown");
      }
    }
    Map<Long, Set<BuyingRole>> roles = new HashMap<>(now.roles());
    Map<Long, Object[]> contacts =
        replay("CONTACT", rowsById(now.contacts()), byEntity, CONTACT, 15, roles::put);
    contacts
        .keySet()
        .removeIf(id -> createdAfterDay.contains(id) && !byEntity.containsKey("CONTACT#" + id));
    roles.keySet().retainAll(contacts.keySet());
    Map<Long, Object[]> links =
        replay("CONTACT_LINK", rowsById(now.links()), byEntity, LINK, 5, (c, rs) -> {});
    Map<Long, Object[]> owners =
        replay("RELATIONSHIP_OWNER", rowsById(now.owners()), byEntity, OWNER, 5, (c, rs) -> {});
    return new MapRows(
        new ArrayList<>(contacts.values()),
        roles,
        new ArrayList<>(links.values()),
        new ArrayList<>(owners.values()));
  }

  /** Where a contact's recorded roles go (links and owners have none). */
  private interface RolesHook {
    void apply(long contactId, Set<BuyingRole> roles);
  }

  private static Map<Long, Object[]> replay(
      String type,
      Map<Long, Object[]> current,
      Map<String, List<Event>> byEntity,
      Map<String, Integer> layout,
      int width,
      RolesHook roles) {
    Map<Long, Object[]> out = new TreeMap<>();
    Map<Long, List<Event>> ofType = new HashMap<>();
    byEntity.forEach(
        (k, v) -> {
          if (k.startsWith(type + "#")) ofType.put(v.get(0).id(), v);
        });
    for (var e : current.entrySet()) {
      Object[] state =
          rollBack(
              e.getValue().clone(),
              ofType.getOrDefault(e.getKey(), List.of()),
              layout,
              e.getKey(),
              roles);
      if (state != null) out.put(e.getKey(), state);
    }
    for (var e : ofType.entrySet()) {
      if (current.containsKey(e.getKey())) continue;
      List<Event> evs = e.getValue();
      Event last = evs.get(evs.size() - 1);
      Object[] state = new Object[width];
      state[0] = e.getKey();
      if (last.action().equals("DELETE")) {
        if (!last.afterDay()) continue; // gone before the day
        set(state, last.changes(), layout, e.getKey(), roles, 0);
        state = rollBack(state, evs.subList(0, evs.size() - 1), layout, e.getKey(), roles);
      } else if (evs.get(0).action().equals("CREATE") && !evs.get(0).afterDay()) {
        // Removed with its contact, without an event of its own: rebuilt forward up to the day.
        for (Event ev : evs)
          if (!ev.afterDay()) set(state, ev.changes(), layout, e.getKey(), roles, 1);
      } else {
        continue;
      }
      if (state != null) out.put(e.getKey(), state);
    }
    return out;
  }

  /** Undoes the events after the day, newest first; null when the row was created after the day. */
  private static Object[] rollBack(
      Object[] state, List<Event> evs, Map<String, Integer> layout, long id, RolesHook roles) {
    for (int i = evs.size() - 1; i >= 0 && evs.get(i).afterDay(); i--) {
      Event ev = evs.get(i);
      if (ev.action().equals("CREATE")) return null;
      set(state, ev.changes(), layout, id, roles, 0);
    }
    return state;
  }

  /** Sets the fields an event recorded to their before (side 0) or after (side 1) values. */
  private static void set(
      Object[] row,
      JsonNode changes,
      Map<String, Integer> layout,
      long id,
      RolesHook roles,
      int side) {
    changes
        .fields()
        .forEachRemaining(
            f -> {
              String field = f.getKey();
              JsonNode v = f.getValue().get(side);
              boolean none = v == null || v.isNull();
              if (field.equals("roles")) {
                Set<BuyingRole> rs = EnumSet.noneOf(BuyingRole.class);
                if (!none) v.forEach(r -> rs.add(BuyingRole.valueOf(r.asText())));
                roles.apply(id, rs);
                return;
              }
              Integer i = layout.get(field);
              if (i == null) return;
              row[i] =
                  none
                      ? null
                      : NUMBERS.contains(field)
                          ? (Object) v.asLong()
                          : field.equals("lastContactedOn")
                              ? LocalDate.parse(v.asText())
                              : v.asText();
            });
  }

  private static Map<Long, Object[]> rowsById(List<Object[]> rows) {
    Map<Long, Object[]> out = new LinkedHashMap<>();
    for (Object[] r : rows) out.put(((Number) r[0]).longValue(), r);
    return out;
  }
}
