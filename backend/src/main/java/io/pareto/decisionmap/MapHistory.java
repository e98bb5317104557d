package io.pareto.decisionmap;

import com.fasterxml.jackson.databind.JsonNode;
import io.pareto.common.ProblemException;
import io.pareto.common.Rows;
import io.pareto.contact.BuyingRole;
import io.pareto.decisionmap.DecisionMapQueries.ContactLine;
import io.pareto.decisionmap.DecisionMapQueries.LinkLine;
import io.pareto.decisionmap.DecisionMapQueries.OwnerLine;
import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

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
    Map<Long, ContactLine> contacts =
        replay("CONTACT", ContactLine.class, now.contacts(), ContactLine::id, byEntity, roles::put);
    contacts
        .keySet()
        .removeIf(id -> createdAfterDay.contains(id) && !byEntity.containsKey("CONTACT#" + id));
    roles.keySet().retainAll(contacts.keySet());
    Map<Long, LinkLine> links =
        replay("CONTACT_LINK", LinkLine.class, now.links(), LinkLine::id, byEntity, NO_ROLES);
    Map<Long, OwnerLine> owners =
        replay(
            "RELATIONSHIP_OWNER", OwnerLine.class, now.owners(), OwnerLine::id, byEntity, NO_ROLES);
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

  private static final RolesHook NO_ROLES = (c, rs) -> {};

  /**
   * A row's state while it is replayed: its record's components by name, which are the names the
   * audit trail gives the fields.
   */
  private static <R extends Record> Map<Long, R> replay(
      String type,
      Class<R> row,
      List<R> current,
      Function<R, Long> idOf,
      Map<String, List<Event>> byEntity,
      RolesHook roles) {
    Map<Long, R> out = new TreeMap<>();
    Map<Long, List<Event>> ofType = new HashMap<>();
    byEntity.forEach(
        (k, v) -> {
          if (k.startsWith(type + "#")) ofType.put(v.get(0).id(), v);
        });
    Set<Long> now = new HashSet<>();
    for (R r : current) {
      long id = idOf.apply(r);
      now.add(id);
      Map<String, Object> state =
          rollBack(fields(r), ofType.getOrDefault(id, List.of()), row, id, roles);
      if (state != null) out.put(id, Rows.of(row, state));
    }
    for (var e : ofType.entrySet()) {
      if (now.contains(e.getKey())) continue;
      List<Event> evs = e.getValue();
      Event last = evs.get(evs.size() - 1);
      Map<String, Object> state = new HashMap<>();
      for (RecordComponent c : row.getRecordComponents()) state.put(c.getName(), null);
      state.put("id", e.getKey());
      if (last.action().equals("DELETE")) {
        if (!last.afterDay()) continue; // gone before the day
        set(state, last.changes(), row, e.getKey(), roles, 0);
        state = rollBack(state, evs.subList(0, evs.size() - 1), row, e.getKey(), roles);
      } else if (evs.get(0).action().equals("CREATE") && !evs.get(0).afterDay()) {
        // Removed with its contact, without an event of its own: rebuilt forward up to the day.
        for (Event ev : evs)
          if (!ev.afterDay()) set(state, ev.changes(), row, e.getKey(), roles, 1);
      } else {
        continue;
      }
      if (state != null) out.put(e.getKey(), Rows.of(row, state));
    }
    return out;
  }

  /** Undoes the events after the day, newest first; null when the row was created after the day. */
  private static Map<String, Object> rollBack(
      Map<String, Object> state,
      List<Event> evs,
      Class<? extends Record> row,
      long id,
      RolesHook roles) {
    for (int i = evs.size() - 1; i >= 0 && evs.get(i).afterDay(); i--) {
      Event ev = evs.get(i);
      if (ev.action().equals("CREATE")) return null;
      set(state, ev.changes(), row, id, roles, 0);
    }
    return state;
  }

  /**
   * Sets the fields an event recorded to their before (side 0) or after (side 1) values; fields the
   * row does not show are skipped.
   */
  private static void set(
      Map<String, Object> state,
      JsonNode changes,
      Class<? extends Record> row,
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
              Class<?> type = typeOf(row, field);
              if (field.equals("id") || type == null) return;
              boolean number = type.isPrimitive() || Number.class.isAssignableFrom(type);
              state.put(field, none ? null : number ? (Object) v.asLong() : v.asText());
            });
  }

  private static Class<?> typeOf(Class<? extends Record> row, String field) {
    for (RecordComponent c : row.getRecordComponents())
      if (c.getName().equals(field)) return c.getType();
    return null;
  }

  private static Map<String, Object> fields(Record r) {
    Map<String, Object> out = new HashMap<>();
    for (RecordComponent c : r.getClass().getRecordComponents()) {
      try {
        out.put(c.getName(), c.getAccessor().invoke(r));
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException(e);
      }
    }
    return out;
  }
}
