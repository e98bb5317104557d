package io.pareto.duplicate;

import io.pareto.audit.AuditTrail;
import io.pareto.common.Page;
import io.pareto.common.PageRequest;
import io.pareto.duplicate.DuplicateQueries.Probe;
import io.pareto.duplicate.DuplicateQueries.Row;
import io.pareto.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * One customer, one record: finds accounts that look like a name (and credit code, contacts' phones
 * and e-mail domains), scores them by the signals they match, and guards account writes so that a
 * likely duplicate is only created with a stated reason.
 */
@ApplicationScoped
public class DuplicateService {
  /** Mail providers anyone can use: a shared domain there says nothing about the company. */
  private static final Set<String> FREE_MAIL =
      Set.of(
          "qq.com",
          "163.com",
          "126.com",
          "yeah.net",
          "sina.com",
          "sina.cn",
          "sohu.com",
          "139.com",
          "189.cn",
          "aliyun.com",
          "foxmail.com",
          "gmail.com",
          "outlook.com",
          "hotmail.com",
          "live.com",
          "yahoo.com",
          "icloud.com");

  private final DuplicateQueries queries;
  private final Caller caller;
  private final AuditTrail audit;
  private final boolean guardWrites;

  public DuplicateService(
      DuplicateQueries queries,
      Caller caller,
      AuditTrail audit,
      @ConfigProperty(name = "pareto.duplicates.check-on-write", defaultValue = "true")
          boolean guardWrites) {
    this.queries = queries;
    this.caller = caller;
    this.audit = audit;
    this.guardWrites = guardWrites;
  }

  /** The accounts like this one, scored; hidden ones only counted. */
  public DuplicateCheckDto check(
      String name, String creditCode, List<String> phones, List<String> emails, Long excludeId) {
    Probe probe =
        new Probe(
            CompanyName.of(name),
            creditCode,
            phones == null ? List.of() : phones.stream().map(DuplicateService::phone).toList(),
            emails == null ? List.of() : domains(emails),
            excludeId);
    List<DuplicateCandidateDto> visible = new ArrayList<>();
    int hidden = 0;
    for (Row r : queries.candidates(caller.scope(), probe)) {
      DuplicateCandidateDto c = score(probe, r);
      if (c.score() == 0) continue;
      if (r.visible()) visible.add(c);
      else if (c.score() >= DuplicateSignal.LIKELY) hidden++;
    }
    visible.sort(
        Comparator.comparingInt(DuplicateCandidateDto::score)
            .reversed()
            .thenComparingLong(DuplicateCandidateDto::id));
    boolean likely =
        hidden > 0 || visible.stream().anyMatch(c -> c.score() >= DuplicateSignal.LIKELY);
    return new DuplicateCheckDto(visible.stream().limit(20).toList(), hidden, likely);
  }

  /**
   * Before an account is written under this name: refused with {@link LikelyDuplicate} when a
   * likely duplicate exists and no reason is given; with a reason, the write goes ahead and the
   * reason is audited on the account ({@code DUPLICATE_KEPT}) after it is written.
   *
   * @return the candidates the reason overrode (empty when none), to pass to {@link #confirmed}
   */
  public DuplicateCheckDto guard(String name, String creditCode, Long accountId, String reason) {
    if (!guardWrites && (reason == null || reason.isBlank())) return null;
    DuplicateCheckDto found = check(name, creditCode, List.of(), List.of(), accountId);
    if (!found.likely()) return null;
    if (reason == null || reason.isBlank()) throw new LikelyDuplicate(found);
    return found;
  }

  /** Records why the account was written although it looked like these. */
  public void confirmed(long accountId, DuplicateCheckDto overridden, String reason) {
    if (overridden == null) return;
    Map<String, Object> changes = new LinkedHashMap<>();
    changes.put("reason", reason.trim());
    changes.put(
        "candidates",
        overridden.candidates().stream()
            .filter(c -> c.score() >= DuplicateSignal.LIKELY)
            .map(DuplicateCandidateDto::id)
            .toList());
    changes.put("hiddenMatches", overridden.hiddenMatches());
    audit.recorded("ACCOUNT", accountId, accountId, "DUPLICATE_KEPT", changes);
  }

  /** Accounts sharing a reading across the whole database (ADMIN), largest cluster first. */
  public Page<DuplicateClusterDto> clusters(PageRequest page) {
    long total = queries.clusterCount();
    List<String> readings = queries.clusterReadings(page.offset(), page.size);
    Map<String, List<DuplicateCandidateDto>> byReading = new LinkedHashMap<>();
    Map<String, Set<String>> keys = new LinkedHashMap<>();
    readings.forEach(r -> byReading.put(r, new ArrayList<>()));
    for (Row r : queries.members(readings)) {
      byReading.get(r.nameReading()).add(member(r));
      keys.computeIfAbsent(r.nameReading(), k -> new java.util.HashSet<>()).add(r.nameKey());
    }
    List<DuplicateClusterDto> items = new ArrayList<>();
    byReading.forEach(
        (reading, members) ->
            items.add(
                new DuplicateClusterDto(
                    reading,
                    keys.get(reading).size() == 1 ? DuplicateSignal.NAME : DuplicateSignal.READING,
                    members)));
    return new Page<>(items, page.page, page.size, total);
  }

  private static DuplicateCandidateDto member(Row r) {
    return new DuplicateCandidateDto(
        r.id(), r.name(), r.creditCode(), r.ownerId(), r.ownerName(), 0, List.of());
  }

  static DuplicateCandidateDto score(Probe p, Row r) {
    List<DuplicateSignal> signals = new ArrayList<>();
    if (p.creditCode() != null && p.creditCode().equals(r.creditCode())) {
      signals.add(DuplicateSignal.CREDIT_CODE);
    }
    String key = p.name().key();
    String reading = p.name().reading();
    if (!key.isEmpty() && key.equals(r.nameKey())) signals.add(DuplicateSignal.NAME);
    else if (!reading.isEmpty() && reading.equals(r.nameReading())) {
      signals.add(DuplicateSignal.READING);
    } else if (prefix(reading, r.nameReading())) signals.add(DuplicateSignal.READING_PREFIX);
    if (r.phone()) signals.add(DuplicateSignal.CONTACT_PHONE);
    if (r.domain()) signals.add(DuplicateSignal.EMAIL_DOMAIN);
    int score = Math.min(100, signals.stream().mapToInt(s -> s.weight).sum());
    return new DuplicateCandidateDto(
        r.id(), r.name(), r.creditCode(), r.ownerId(), r.ownerName(), score, signals);
  }

  /** One reading starts the other, is long enough to mean something and covers half of it. */
  static boolean prefix(String a, String b) {
    if (a == null || b == null || a.equals(b)) return false;
    String shorter = a.length() < b.length() ? a : b;
    String longer = shorter == a ? b : a;
    return shorter.length() >= DuplicateQueries.MIN_PREFIX
        && 2 * shorter.length() >= longer.length()
        && longer.startsWith(shorter);
  }

  /** As contacts' phones are stored for the check (ContactKey). */
  static String phone(String raw) {
    return ContactKey.phone(raw);
  }

  /** The company domains of these addresses (or bare domains), free mail left out. */
  static List<String> domains(List<String> emails) {
    return emails.stream()
        .filter(Objects::nonNull)
        .map(e -> e.contains("@") ? ContactKey.domain(e) : e.trim().toLowerCase(Locale.ROOT))
        .filter(d -> d.contains(".") && !FREE_MAIL.contains(d))
        .distinct()
        .toList();
  }
}
