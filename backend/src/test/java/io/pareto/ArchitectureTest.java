package io.pareto;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaType;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import jakarta.persistence.Entity;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The layering of docs/architecture.md as tests over the product's classes (the tools and the tests
 * are not imported): features form no cycle, resources speak to services and DTOs only, entities
 * never travel in DTOs, and common depends on no feature.
 */
class ArchitectureTest {
  private static JavaClasses product;

  @BeforeAll
  static void importProduct() {
    product =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(location -> !location.contains("/io/pareto/tools/"))
            .importPackages("io.pareto");
  }

  @Test
  void featurePackagesFormNoCycle() {
    slices().matching("io.pareto.(*)..").should().beFreeOfCycles().check(product);
  }

  @Test
  void commonDependsOnNoFeature() {
    noClasses()
        .that()
        .resideInAPackage("io.pareto.common..")
        .should()
        .dependOnClassesThat(
            DescribedPredicate.describe(
                "are in a feature package",
                (JavaClass c) ->
                    c.getPackageName().startsWith("io.pareto.")
                        && !c.getPackageName().startsWith("io.pareto.common")))
        .check(product);
  }

  @Test
  void resourcesUseServicesAndDtosOnly() {
    noClasses()
        .that()
        .haveSimpleNameEndingWith("Resource")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "jakarta.persistence..",
            "org.hibernate..",
            "io.quarkus.hibernate..",
            "java.sql..",
            "javax.sql..")
        .orShould()
        .dependOnClassesThat()
        .areAnnotatedWith(Entity.class)
        .orShould()
        .dependOnClassesThat()
        .haveSimpleNameEndingWith("Queries")
        .orShould()
        .dependOnClassesThat()
        .haveSimpleNameEndingWith("Repository")
        .check(product);
  }

  @Test
  void entitiesNeverTravelInDtos() {
    classes()
        .that()
        .areRecords()
        .or()
        .haveSimpleNameEndingWith("Dto")
        .should(holdNoEntity())
        .check(product);
  }

  /** No field whose type, or a type argument of it (List of entities), is an entity. */
  private static ArchCondition<JavaClass> holdNoEntity() {
    return new ArchCondition<>("hold no entity in a field") {
      @Override
      public void check(JavaClass dto, ConditionEvents events) {
        for (JavaField f : dto.getFields()) {
          if (f.getModifiers().contains(com.tngtech.archunit.core.domain.JavaModifier.STATIC))
            continue;
          Set<JavaClass> types = new HashSet<>();
          collect(f.getType(), types);
          for (JavaClass t : types) {
            if (t.isAnnotatedWith(Entity.class)) {
              events.add(
                  SimpleConditionEvent.violated(
                      dto, dto.getName() + "." + f.getName() + " holds the entity " + t.getName()));
            }
          }
        }
      }
    };
  }

  private static void collect(JavaType type, Set<JavaClass> into) {
    if (!into.add(type.toErasure())) return;
    if (type instanceof com.tngtech.archunit.core.domain.JavaParameterizedType p) {
      p.getActualTypeArguments().forEach(a -> collect(a, into));
    }
  }
}
