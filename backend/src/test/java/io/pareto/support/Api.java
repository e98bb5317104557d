package io.pareto.support;

import static io.restassured.RestAssured.given;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.restassured.OpenApiValidationFilter;
import com.atlassian.oai.validator.whitelist.ValidationErrorsWhitelist;
import com.atlassian.oai.validator.whitelist.rule.WhitelistRules;
import io.restassured.config.EncoderConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.nio.file.Path;

/**
 * REST Assured entry points. Every response is validated against the committed openapi.yaml
 * (requests are not: tests send invalid requests on purpose).
 */
public final class Api {
  private static final OpenApiValidationFilter CONTRACT =
      new OpenApiValidationFilter(
          OpenApiInteractionValidator.createForSpecificationUrl(
                  ContractFile.path().toUri().toString())
              .withLevelResolver(
                  LevelResolver.create()
                      .withLevel(
                          "validation.response.body.schema.additionalProperties",
                          ValidationReport.Level.ERROR)
                      .build())
              // Tests send invalid requests on purpose; only what the server answers is held to the
              // contract.
              .withWhitelist(
                  ValidationErrorsWhitelist.create()
                      .withRule("requests may be invalid", WhitelistRules.isRequest()))
              .build());

  /**
   * Bodies are UTF-8 whatever the media type (merge-patch+json included), as real clients send
   * them.
   */
  private static final RestAssuredConfig UTF8 =
      RestAssuredConfig.config()
          .encoderConfig(EncoderConfig.encoderConfig().defaultContentCharset("UTF-8"));

  private Api() {}

  public static Path contractPath() {
    return ContractFile.path();
  }

  /**
   * Signed in as the given user (HTTP Basic), JSON in and out, response checked against the
   * contract.
   */
  public static RequestSpecification as(TestUsers.TestUser user) {
    return given()
        .config(UTF8)
        .filter(CONTRACT)
        .auth()
        .preemptive()
        .basic(user.email(), TestUsers.PASSWORD)
        .contentType(ContentType.JSON)
        .accept(ContentType.JSON);
  }

  /** Not signed in. */
  public static RequestSpecification anonymous() {
    return given()
        .config(UTF8)
        .filter(CONTRACT)
        .contentType(ContentType.JSON)
        .accept(ContentType.JSON);
  }
}
