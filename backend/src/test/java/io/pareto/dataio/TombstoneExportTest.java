package io.pareto.dataio;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.pareto.dataset.Tombstones;
import io.pareto.security.Role;
import io.pareto.support.Api;
import io.pareto.support.Fixtures;
import io.pareto.support.TestUsers;
import io.pareto.support.TestUsers.TestUser;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

@QuarkusTest
class TombstoneExportTest {
  @Inject TestUsers users;
  @Inject Tombstones tombstones;
  @Inject EntityManager em;
  @Inject EntityManagerFactory emf;

  @Test
  void anIncrementalExportSinceTheLastSyncListsWhatWasDeletedCascadesIncluded() throws Exception {
    TestUser rep = users.create(Role.REP);
    TestUser admin = users.create(Role.ADMIN);
    String p = DataioFixtures.prefix();
    long gone = account(rep, p + "A");
    long kept = account(rep, p + "B");
    long cascaded = contact(rep, gone, p + "CA");
    long deletedContact = contact(rep, kept, p + "CB");
    long fact =
        Api.as(rep)
            .body(
                Map.of(
                    "month",
                    "2026-10",
                    "revenue",
                    "100.00",
                    "grossProfit",
                    "20.00",
                    "costToServe",
                    "5.00",
                    "orderCount",
                    1))
            .post("/api/v1/accounts/" + gone + "/facts")
            .then()
            .statusCode(201)
            .extract()
            .jsonPath()
            .getLong("id");
    long deal =
        Api.as(rep)
            .body(Map.of("externalId", p + "O", "accountId", kept, "name", "交易", "amount", "10.00"))
            .post("/api/v1/opportunities")
            .then()
            .statusCode(201)
            .extract()
            .jsonPath()
            .getLong("id");

    Thread.sleep(20);
    Instant since = Instant.now();
    delete(admin, "/api/v1/contacts/" + deletedContact);
    delete(admin, "/api/v1/opportunities/" + deal);
    delete(admin, "/api/v1/accounts/" + gone);
    Instant after = Instant.now();

    List<JsonPath> accounts = ndjson(rep, "accounts", since);
    assertEquals(1, accounts.size(), accounts.toString());
    assertEquals(gone, accounts.get(0).getLong("id"));
    assertEquals(p + "A", accounts.get(0).getString("externalId"));
    assertEquals(true, accounts.get(0).getBoolean("deleted"));
    Instant deletedAt = Instant.parse(accounts.get(0).getString("deletedAt"));
    assertEquals(
        true, !deletedAt.isBefore(since) && !deletedAt.isAfter(after), deletedAt.toString());

    // The contact deleted on its own first (by an admin: reps may not delete), then the one that
    // went with its account.
    List<JsonPath> contacts = ndjson(rep, "contacts", since);
    assertEquals(
        List.of(deletedContact, cascaded), contacts.stream().map(j -> j.getLong("id")).toList());
    assertEquals(
        List.of(p + "B", p + "A"),
        contacts.stream().map(j -> j.getString("accountExternalId")).toList());
    assertEquals(p + "CA", contacts.get(1).getString("externalId"));

    List<JsonPath> facts = ndjson(rep, "facts", since);
    assertEquals(1, facts.size());
    assertEquals(fact, facts.get(0).getLong("id"));
    assertEquals(p + "A", facts.get(0).getString("accountExternalId"));

    List<JsonPath> deals = ndjson(rep, "opportunities", since);
    assertEquals(List.of(deal), deals.stream().map(j -> j.getLong("id")).toList());
    assertEquals(p + "O", deals.get(0).getString("externalId"));

    // Without includeDeleted a sync never hears of the deleted account.
    String plain =
        Api.as(rep)
            .accept("text/csv")
            .queryParam("updatedSince", since.toString())
            .get("/api/v1/exports/accounts")
            .then()
            .statusCode(200)
            .extract()
            .asString();
    assertEquals(false, plain.contains(p + "A"), plain);
  }

  @Test
  void csvCarriesDeletedAndDeletedAtColumnsWithDeletionsBeforeLiveRows() throws Exception {
    TestUser rep = users.create(Role.REP);
    String p = DataioFixtures.prefix();
    long gone = account(rep, p + "X");
    Thread.sleep(20);
    Instant since = Instant.now();
    delete(users.create(Role.ADMIN), "/api/v1/accounts/" + gone);
    long fresh = account(rep, p + "Y");

    String csv =
        Api.as(rep)
            .accept("text/csv")
            .queryParam("updatedSince", since.toString())
            .queryParam("includeDeleted", true)
            .get("/api/v1/exports/accounts")
            .then()
            .statusCode(200)
            .extract()
            .asString();
    String[] lines = csv.split("\r\n");
    assertEquals(3, lines.length, csv);
    assertEquals(
        true, lines[0].endsWith(",createdAt,updatedAt,deleted,deletedAt,mergedInto"), lines[0]);
    assertEquals(true, lines[1].startsWith(gone + "," + p + "X,"), lines[1]);
    assertEquals(true, lines[1].matches(".*,true,\\d{4}-.*Z,$"), lines[1]);
    assertEquals(true, lines[2].startsWith(fresh + "," + p + "Y,"), lines[2]);
    assertEquals(true, lines[2].endsWith(",false,,"), lines[2]);
  }

  @Test
  void deletionsStayWithinTheScopeOfWhoCouldSeeTheRecord() throws Exception {
    TestUser owner = users.create(Role.REP);
    TestUser stranger = users.create(Role.REP);
    TestUser admin = users.create(Role.ADMIN);
    String p = DataioFixtures.prefix();
    long gone = account(owner, p + "S");
    Thread.sleep(20);
    Instant since = Instant.now();
    delete(admin, "/api/v1/accounts/" + gone);
    assertEquals(List.of(), ndjson(stranger, "accounts", since));
    assertEquals(
        List.of(gone),
        ndjson(admin, "accounts", since).stream().map(j -> j.getLong("id")).toList());
  }

  @Test
  void aDeletedUserIsInTheUsersExport() throws Exception {
    TestUser admin = users.create(Role.ADMIN);
    TestUser leaver = users.create(Role.REP);
    Thread.sleep(20);
    Instant since = Instant.now();
    delete(admin, "/api/v1/users/" + leaver.id());
    assertEquals(
        List.of(leaver.id()),
        ndjson(admin, "users", since).stream().map(j -> j.getLong("id")).toList());
  }

  @Test
  void aSyncOlderThanTheDeletionsKeptIs410ButAPlainIncrementalExportIsNot() {
    TestUser rep = users.create(Role.REP);
    String old = Instant.now().minus(91, ChronoUnit.DAYS).toString();
    Api.as(rep)
        .accept("application/x-ndjson")
        .queryParam("updatedSince", old)
        .queryParam("includeDeleted", true)
        .get("/api/v1/exports/accounts")
        .then()
        .statusCode(410)
        .contentType("application/problem+json")
        .body("type", equalTo("urn:pareto:problem:sync-too-old"))
        .body("detail", containsString("full export"));
    Api.as(rep)
        .accept("application/x-ndjson")
        .queryParam("updatedSince", old)
        .get("/api/v1/exports/accounts")
        .then()
        .statusCode(200);
  }

  @Test
  void thePurgeDropsOnlyTombstonesPastTheRetentionWindow() {
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
    long oldId = -System.nanoTime();
    long recentId = oldId - 1;
    QuarkusTransaction.requiringNew()
        .run(
            () -> {
              insert(oldId, now.minusDays(91));
              insert(recentId, now.minusDays(89));
            });
    tombstones.purge();
    List<?> left =
        QuarkusTransaction.requiringNew()
            .call(
                () ->
                    em.createNativeQuery(
                            "SELECT record_id FROM tombstone WHERE record_id IN (:a, :b)")
                        .setParameter("a", oldId)
                        .setParameter("b", recentId)
                        .getResultList());
    assertEquals(List.of(recentId), left.stream().map(o -> ((Number) o).longValue()).toList());
  }

  @Test
  void anAccountsTombstonesCostTheSameStatementsForOneContactAsForFive() {
    TestUser admin = users.create(Role.ADMIN);
    String p = DataioFixtures.prefix();
    long small = account(admin, p + "1");
    long large = account(admin, p + "5");
    contact(admin, small, p + "1-1");
    for (int i = 1; i <= 5; i++) contact(admin, large, p + "5-" + i);
    long one = statementsToDelete(admin, small);
    long five = statementsToDelete(admin, large);
    assertEquals(one, five);
    assertEquals(
        List.of(6L),
        QuarkusTransaction.requiringNew()
            .call(
                () ->
                    em.createNativeQuery(
                            "SELECT COUNT(*) FROM tombstone WHERE dataset = 'contacts' AND account_id IN (:a, :b)")
                        .setParameter("a", small)
                        .setParameter("b", large)
                        .getResultList())
            .stream()
            .map(o -> ((Number) o).longValue())
            .toList());
  }

  private long statementsToDelete(TestUser as, long accountId) {
    String path = "/api/v1/accounts/" + accountId;
    String etag = Fixtures.etag(as, path);
    Statistics stats = emf.unwrap(SessionFactory.class).getStatistics();
    stats.clear();
    Api.as(as).header("If-Match", etag).delete(path).then().statusCode(204);
    return stats.getPrepareStatementCount();
  }

  private void insert(long recordId, OffsetDateTime at) {
    em.createNativeQuery(
            "INSERT INTO tombstone (dataset, record_id, deleted_at) VALUES ('accounts', :id, :at)")
        .setParameter("id", recordId)
        .setParameter("at", at)
        .executeUpdate();
  }

  private static long account(TestUser as, String externalId) {
    var body = Fixtures.account("删除同步 " + externalId);
    body.put("externalId", externalId);
    return Fixtures.createAccount(as, body).getLong("id");
  }

  private static long contact(TestUser as, long accountId, String externalId) {
    return Api.as(as)
        .body(Map.of("externalId", externalId, "name", "联系人", "layer", "DECISION"))
        .post("/api/v1/accounts/" + accountId + "/contacts")
        .then()
        .statusCode(201)
        .extract()
        .jsonPath()
        .getLong("id");
  }

  private static void delete(TestUser as, String path) {
    Api.as(as).header("If-Match", Fixtures.etag(as, path)).delete(path).then().statusCode(204);
  }

  private static List<JsonPath> ndjson(TestUser as, String dataset, Instant since) {
    String body =
        Api.as(as)
            .accept("application/x-ndjson")
            .queryParam("updatedSince", since.toString())
            .queryParam("includeDeleted", true)
            .get("/api/v1/exports/" + dataset)
            .then()
            .statusCode(200)
            .extract()
            .asString();
    // Live rows changed since (deleted = false) may follow; these tests are about the deleted ones.
    return body.lines()
        .filter(l -> !l.isBlank())
        .map(JsonPath::from)
        .filter(j -> j.getBoolean("deleted"))
        .toList();
  }
}
