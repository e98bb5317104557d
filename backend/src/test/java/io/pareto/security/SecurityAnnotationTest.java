package io.pareto.security;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every resource method states its rule. The app also denies unannotated endpoints
 * (quarkus.security.jaxrs.deny-unannotated-endpoints), which would hide the omission at run time
 * (PermissionMatrixTest would see 401); this test names the method instead.
 */
class SecurityAnnotationTest {
  private static final List<Class<? extends Annotation>> HTTP =
      List.of(GET.class, POST.class, PUT.class, PATCH.class, DELETE.class);
  private static final List<Class<? extends Annotation>> RULES =
      List.of(RolesAllowed.class, PermitAll.class, Authenticated.class, DenyAll.class);

  @Test
  void everyResourceMethodHasASecurityRule() throws Exception {
    Path classes = Path.of(Role.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    List<String> missing = new ArrayList<>();
    int checked = 0;
    try (Stream<Path> files = Files.walk(classes.resolve("io/pareto"))) {
      for (Path f : files.filter(p -> p.toString().endsWith(".class")).toList()) {
        String name =
            classes.relativize(f).toString().replace('/', '.').replaceAll("\\.class$", "");
        Class<?> type = Class.forName(name, false, getClass().getClassLoader());
        if (!type.isAnnotationPresent(jakarta.ws.rs.Path.class)) continue;
        boolean classRule = RULES.stream().anyMatch(type::isAnnotationPresent);
        for (Method m : type.getDeclaredMethods()) {
          if (HTTP.stream().noneMatch(m::isAnnotationPresent)) continue;
          checked++;
          if (!classRule && RULES.stream().noneMatch(m::isAnnotationPresent))
            missing.add(name + "#" + m.getName());
        }
      }
    }
    assertTrue(checked > 20, "found only " + checked + " resource methods");
    assertTrue(
        missing.isEmpty(),
        "resource methods without @RolesAllowed/@PermitAll/@Authenticated: " + missing);
  }
}
