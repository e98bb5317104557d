package io.pareto.fact;

import io.pareto.account.Account;
import io.pareto.account.AccountService;
import io.pareto.audit.AuditTrail;
import io.pareto.common.ETags;
import io.pareto.common.Months;
import io.pareto.common.Page;
import io.pareto.common.PageRequest;
import io.pareto.common.ProblemException;
import io.pareto.common.RetriedOnContention;
import io.pareto.common.SortSpec;
import io.pareto.dataset.Dataset;
import io.pareto.dataset.Tombstones;
import io.pareto.security.Caller;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

@ApplicationScoped
@RetriedOnContention
public class FactService {
  static final Map<String, String> SORTS =
      Map.of(
          "month",
          "f.month",
          "revenue",
          "f.revenue",
          "grossProfit",
          "f.grossProfit",
          "costToServe",
          "f.costToServe",
          "orderCount",
          "f.orderCount");

  private final Tombstones tombstones;
  private final FactRepository facts;
  private final AccountService accounts;
  private final Caller caller;
  private final AuditTrail audit;
  private final FactSummaries summaries;

  public FactService(
      FactRepository facts,
      AccountService accounts,
      Caller caller,
      AuditTrail audit,
      FactSummaries summaries,
      Tombstones tombstones) {
    this.facts = facts;
    this.accounts = accounts;
    this.caller = caller;
    this.audit = audit;
    this.summaries = summaries;
    this.tombstones = tombstones;
  }

  public Page<FactDto> list(long accountId, String from, String to, PageRequest page) {
    Account a = accounts.requireVisible(accountId);
    StringBuilder where = new StringBuilder("f.account.id = :acc");
    Parameters p = Parameters.with("acc", a.id);
    if (from != null) {
      where.append(" and f.month >= :from");
      p.and("from", Months.parse(from));
    }
    if (to != null) {
      where.append(" and f.month <= :to");
      p.and("to", Months.parse(to));
    }
    String order = SortSpec.orderBy(page.sort, SORTS, "-month", "f.id");
    var q = facts.find("from AccountFact f where " + where + order, p).page(page.page, page.size);
    long total = facts.count("from AccountFact f where " + where, p);
    return new Page<>(q.list().stream().map(FactDto::of).toList(), page.page, page.size, total);
  }

  public Optional<FactDto> get(long id) {
    return facts.findVisible(caller.scope(), id).map(FactDto::of);
  }

  @Transactional
  public FactDto create(long accountId, FactInput in) {
    Account a = accounts.requireVisible(accountId);
    LocalDate month = Months.parse(in.month());
    facts
        .findByMonth(a.id, month)
        .ifPresent(
            existing -> {
              throw ProblemException.conflict(
                  "Account "
                      + a.id
                      + " already has figures for "
                      + in.month()
                      + " (fact "
                      + existing.id
                      + "); update that one instead");
            });
    AccountFact f = new AccountFact();
    f.account = a;
    apply(f, in);
    facts.persistAndFlush(f);
    summaries.refreshAccount(a.id);
    audit.created("FACT", f.id, a.id, FactDto.of(f));
    return FactDto.of(f);
  }

  @Transactional
  public FactDto replace(long id, long expectedVersion, FactInput in) {
    AccountFact f = require(id);
    ETags.check(expectedVersion, f.version);
    LocalDate month = Months.parse(in.month());
    facts
        .findByMonth(f.account.id, month)
        .filter(o -> !o.id.equals(f.id))
        .ifPresent(
            o -> {
              throw ProblemException.conflict(
                  "Account " + f.account.id + " already has figures for " + in.month());
            });
    FactDto before = FactDto.of(f);
    apply(f, in);
    facts.flush();
    summaries.refreshAccount(f.account.id);
    audit.updated("FACT", f.id, f.account.id, before, FactDto.of(f));
    return FactDto.of(f);
  }

  public FactInput currentInput(long id) {
    return FactInput.of(require(id));
  }

  @Transactional
  public void delete(long id, long expectedVersion) {
    AccountFact f = require(id);
    ETags.check(expectedVersion, f.version);
    audit.deleted("FACT", f.id, f.account.id, FactDto.of(f));
    tombstones.record(Dataset.FACTS, f.id);
    facts.delete(f);
    facts.flush();
    summaries.refreshAccount(f.account.id);
  }

  private AccountFact require(long id) {
    return facts
        .findVisible(caller.scope(), id)
        .orElseThrow(() -> ProblemException.notFound("Fact", id));
  }

  private static void apply(AccountFact f, FactInput in) {
    f.month = Months.parse(in.month());
    f.revenue = in.revenue();
    f.grossProfit = in.grossProfit();
    f.costToServe = in.costToServe();
    f.orderCount = in.orderCount();
  }
}
