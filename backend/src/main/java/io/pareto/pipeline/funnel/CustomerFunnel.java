package io.pareto.pipeline.funnel;

import io.pareto.common.ProblemException;
import io.pareto.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The A/B/C customer funnel (docs/method.md §4): potential → incubating → producing, and who moved.
 */
@ApplicationScoped
public class CustomerFunnel {
  private final EntityManager em;
  private final Caller caller;

  public CustomerFunnel(EntityManager em, Caller caller) {
    this.em = em;
    this.caller = caller;
  }

  /**
   * Levels at {@code asOf} and flows from {@code from}: A = revenue in the 12 months up to the date
   * (fact months), B = not A with a deal open at the end of that day (from history), C = neither.
   * One statement.
   */
  public CustomerFunnelDto at(PipelineFilter f, LocalDate from, LocalDate asOf) {
    if (from.isAfter(asOf)) throw ProblemException.badRequest("from", "must not be after asOf");
    Map<String, Object> p = PipelineFilter.params();
    String sql =
        "with acc as (select a.id from account a where "
            + f.sql(caller.scope(), "a.owner_id", p)
            + "),"
            + levelCtes("1", from, p)
            + ","
            + levelCtes("2", asOf, p)
            + ","
            + " lv as (select acc.id,"
            + " case when rev1.id is not null then 'A' when open1.id is not null then 'B' else 'C' end l1,"
            + " case when rev2.id is not null then 'A' when open2.id is not null then 'B' else 'C' end l2,"
            + " rev2.r r2, open2.amt o2 from acc left join rev1 on rev1.id = acc.id left join open1 on open1.id = acc.id"
            + " left join rev2 on rev2.id = acc.id left join open2 on open2.id = acc.id)"
            + " select l1, l2, count(*), sum(r2), sum(o2) from lv group by l1, l2";
    List<Object[]> rows = Sql.rows(em, sql, p);
    Map<String, long[]> counts = new TreeMap<>();
    Map<String, BigDecimal[]> amounts = new TreeMap<>();
    for (String l : List.of("A", "B", "C")) {
      counts.put(l, new long[1]);
      amounts.put(l, new BigDecimal[] {Sql.money(null), Sql.money(null)});
    }
    List<CustomerFunnelDto.Flow> flows = new ArrayList<>();
    for (Object[] r : rows) {
      String l2 = String.valueOf(r[1]);
      counts.get(l2)[0] += Sql.asLong(r[2]);
      BigDecimal[] a = amounts.get(l2);
      a[0] = a[0].add(Sql.money(r[3]));
      a[1] = a[1].add(Sql.money(r[4]));
      flows.add(new CustomerFunnelDto.Flow(String.valueOf(r[0]), l2, Sql.asLong(r[2])));
    }
    flows.sort((x, y) -> (x.from() + x.to()).compareTo(y.from() + y.to()));
    List<CustomerFunnelDto.Level> levels =
        counts.keySet().stream()
            .map(
                l ->
                    new CustomerFunnelDto.Level(
                        l, counts.get(l)[0], amounts.get(l)[0], amounts.get(l)[1]))
            .toList();
    return new CustomerFunnelDto(from, asOf, levels, flows);
  }

  private static String levelCtes(String n, LocalDate day, Map<String, Object> p) {
    p.put("rs" + n, day.withDayOfMonth(1).minusMonths(11));
    p.put("re" + n, day);
    p.put("x" + n, day.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant());
    return " rev"
        + n
        + " as (select f.account_id id, sum(f.revenue) r from account_fact f join acc on acc.id = f.account_id"
        + " where f.fact_month >= :rs"
        + n
        + " and f.fact_month <= :re"
        + n
        + " group by f.account_id having sum(f.revenue) > 0),"
        + " st"
        + n
        + " as (select o.account_id, o.amount, c.to_stage, row_number() over (partition by c.opportunity_id"
        + " order by c.changed_at desc, c.id desc) rn from stage_change c join opportunity o on o.id = c.opportunity_id"
        + " join acc on acc.id = o.account_id where c.changed_at < :x"
        + n
        + "),"
        + " open"
        + n
        + " as (select account_id id, sum(amount) amt from st"
        + n
        + " where rn = 1 and "
        + Sql.open("to_stage")
        + " group by account_id)";
  }
}
