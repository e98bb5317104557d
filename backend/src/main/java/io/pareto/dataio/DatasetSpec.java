package io.pareto.dataio;

import static io.pareto.dataio.Column.Type.ACCOUNT;
import static io.pareto.dataio.Column.Type.BOOL;
import static io.pareto.dataio.Column.Type.CREDIT_CODE;
import static io.pareto.dataio.Column.Type.DATE;
import static io.pareto.dataio.Column.Type.DECIMAL;
import static io.pareto.dataio.Column.Type.EMAIL;
import static io.pareto.dataio.Column.Type.ID;
import static io.pareto.dataio.Column.Type.INDUSTRY;
import static io.pareto.dataio.Column.Type.INSTANT;
import static io.pareto.dataio.Column.Type.INT;
import static io.pareto.dataio.Column.Type.MONTH;
import static io.pareto.dataio.Column.Type.TEAM;
import static io.pareto.dataio.Column.Type.USER;

import io.pareto.account.Category;
import io.pareto.account.KaKind;
import io.pareto.account.ProcurementMode;
import io.pareto.account.PurchasePattern;
import io.pareto.account.RelationshipStage;
import io.pareto.contact.Layer;
import io.pareto.dataset.Dataset;
import io.pareto.pipeline.Stage;
import io.pareto.security.Role;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The documented columns of each dataset (docs/api-guide.md), shared by import and export so a
 * round trip works. {@code t} is the dataset's table alias, {@code a} its account (for scoping).
 * The upsert key is {@link #keyColumns}: externalId, email for users, account + month for facts.
 */
public record DatasetSpec(
    Dataset dataset,
    String table,
    String from,
    boolean scoped,
    List<Column> columns,
    List<String> keyColumns) {

  private static final Column ID_COL = Column.readOnly("id", ID, "t.id");
  private static final Column CREATED = Column.readOnly("createdAt", INSTANT, "t.created_at");
  private static final Column UPDATED = Column.readOnly("updatedAt", INSTANT, "t.updated_at");

  public static final Map<Dataset, DatasetSpec> ALL =
      Map.of(
          Dataset.ACCOUNTS,
              new DatasetSpec(
                  Dataset.ACCOUNTS,
                  "account",
                  "account t left join app_user ow on ow.id = t.owner_id",
                  true,
                  List.of(
                      ID_COL,
                      Column.text("externalId", "external_id", 100, true, "t"),
                      Column.text("name", "name", 200, true, "t"),
                      Column.of(
                          "creditCode", "credit_code", CREDIT_CODE, false, false, "t.credit_code"),
                      Column.of(
                          "industryCode",
                          "industry_code",
                          INDUSTRY,
                          false,
                          false,
                          "t.industry_code"),
                      Column.text("region", "region", 100, false, "t"),
                      Column.of("ownerEmail", "owner_id", USER, false, false, "ow.email"),
                      Column.enumeration("kaKind", "ka_kind", KaKind.class, false, "t"),
                      Column.enumeration(
                          "relationshipStage",
                          "relationship_stage",
                          RelationshipStage.class,
                          false,
                          "t"),
                      Column.enumeration(
                          "procurementMode", "procurement_mode", ProcurementMode.class, false, "t"),
                      Column.enumeration(
                          "purchasePattern", "purchase_pattern", PurchasePattern.class, false, "t"),
                      Column.of(
                          "estimatedAnnualPotential",
                          "estimated_annual_potential",
                          DECIMAL,
                          false,
                          true,
                          "t.estimated_annual_potential"),
                      new Column(
                          "strategicValue",
                          "strategic_value",
                          INT,
                          false,
                          5,
                          null,
                          true,
                          "t.strategic_value"),
                      new Column(
                          "category",
                          null,
                          Column.Type.ENUM,
                          false,
                          0,
                          Category.class,
                          false,
                          "t.category"),
                      CREATED,
                      UPDATED),
                  List.of("externalId")),
          Dataset.CONTACTS,
              new DatasetSpec(
                  Dataset.CONTACTS,
                  "contact",
                  "contact t join account a on a.id = t.account_id",
                  true,
                  List.of(
                      ID_COL,
                      Column.text("externalId", "external_id", 100, true, "t"),
                      Column.of(
                          "accountExternalId", "account_id", ACCOUNT, true, false, "a.external_id"),
                      Column.text("name", "name", 200, false, "t"),
                      Column.text("title", "title", 200, false, "t"),
                      Column.text("department", "department", 200, false, "t"),
                      new Column("email", "email", EMAIL, false, 254, null, false, "t.email"),
                      Column.text("phone", "phone", 50, false, "t"),
                      Column.enumeration("layer", "layer", Layer.class, true, "t"),
                      Column.of(
                          "lastContactedOn",
                          "last_contacted_on",
                          DATE,
                          false,
                          false,
                          "t.last_contacted_on"),
                      CREATED,
                      UPDATED),
                  List.of("externalId")),
          Dataset.FACTS,
              new DatasetSpec(
                  Dataset.FACTS,
                  "account_fact",
                  "account_fact t join account a on a.id = t.account_id",
                  true,
                  List.of(
                      ID_COL,
                      Column.of(
                          "accountExternalId", "account_id", ACCOUNT, true, false, "a.external_id"),
                      Column.of("month", "fact_month", MONTH, true, false, "t.fact_month"),
                      Column.of("revenue", "revenue", DECIMAL, true, true, "t.revenue"),
                      Column.of(
                          "grossProfit", "gross_profit", DECIMAL, true, false, "t.gross_profit"),
                      Column.of(
                          "costToServe", "cost_to_serve", DECIMAL, true, true, "t.cost_to_serve"),
                      new Column(
                          "orderCount",
                          "order_count",
                          INT,
                          true,
                          Integer.MAX_VALUE,
                          null,
                          true,
                          "t.order_count"),
                      CREATED,
                      UPDATED),
                  List.of("accountExternalId", "month")),
          Dataset.OPPORTUNITIES,
              new DatasetSpec(
                  Dataset.OPPORTUNITIES,
                  "opportunity",
                  "opportunity t join account a on a.id = t.account_id left join app_user ow on ow.id = t.owner_id",
                  true,
                  List.of(
                      ID_COL,
                      Column.text("externalId", "external_id", 100, true, "t"),
                      Column.of(
                          "accountExternalId", "account_id", ACCOUNT, true, false, "a.external_id"),
                      Column.text("name", "name", 200, true, "t"),
                      Column.of("amount", "amount", DECIMAL, true, true, "t.amount"),
                      Column.enumeration("stage", "stage", Stage.class, true, "t"),
                      Column.of(
                          "expectedCloseDate",
                          "expected_close_date",
                          DATE,
                          false,
                          false,
                          "t.expected_close_date"),
                      Column.of("ownerEmail", "owner_id", USER, false, false, "ow.email"),
                      CREATED,
                      UPDATED),
                  List.of("externalId")),
          Dataset.USERS,
              new DatasetSpec(
                  Dataset.USERS,
                  "app_user",
                  "app_user t left join team tm on tm.id = t.team_id",
                  false,
                  List.of(
                      ID_COL,
                      new Column("email", "email", EMAIL, true, 254, null, false, "t.email"),
                      Column.text("externalId", "external_id", 100, false, "t"),
                      Column.text("name", "name", 200, true, "t"),
                      Column.enumeration("role", "role", Role.class, true, "t"),
                      Column.of("teamName", "team_id", TEAM, false, false, "tm.name"),
                      Column.of("active", "active", BOOL, false, false, "t.active"),
                      CREATED,
                      UPDATED),
                  List.of("email")));

  public static DatasetSpec of(Dataset d) {
    return ALL.get(d);
  }

  public Optional<Column> column(String name) {
    return columns.stream().filter(c -> c.name().equals(name)).findFirst();
  }

  public Stream<Column> writable() {
    return columns.stream().filter(Column::writable);
  }

  /** The key's single column, for every dataset but facts (whose key is account + month). */
  public Column key() {
    return column(keyColumns.get(0)).orElseThrow();
  }

  public boolean compositeKey() {
    return keyColumns.size() > 1;
  }
}
