package io.pareto.user;

import io.pareto.common.Problem.FieldError;
import io.pareto.common.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What a new password must not be, beyond its length (UserInput): one of the most common passwords
 * (the list shipped in {@code security/common-passwords.txt}), such a password with digits or
 * symbols appended ("password12"), one or a few characters repeated, a run like "1234567890", or
 * anything containing the local part of the user's email.
 */
@ApplicationScoped
public class PasswordRules {
  static final String LIST = "security/common-passwords.txt";
  private volatile Set<String> common;

  /**
   * @throws ProblemException 400 naming {@code password} with every reason it was refused
   */
  public void check(String password, String email) {
    List<String> why = reasons(password, email);
    if (why.isEmpty()) return;
    throw new ProblemException(
        400,
        "validation",
        "Request is invalid",
        "password: " + String.join("; ", why),
        why.stream().map(w -> new FieldError("password", w)).toList());
  }

  List<String> reasons(String password, String email) {
    List<String> out = new ArrayList<>();
    String p = password.toLowerCase(Locale.ROOT);
    String stem = p.replaceAll("[\\d\\p{Punct}\\s]+$", "");
    if (common().contains(p) || (stem.length() >= 4 && common().contains(stem))) {
      out.add("is one of the most common passwords");
    }
    if (p.codePoints().distinct().count() < 4) out.add("uses too few different characters");
    if (isRun(p)) out.add("is a run of consecutive characters");
    String local =
        email == null ? "" : email.trim().toLowerCase(Locale.ROOT).replaceAll("@.*$", "");
    if (local.length() >= 3 && p.contains(local)) out.add("contains the email address's name part");
    return out;
  }

  /** "1234567890", "abcdefghij", "9876543210". */
  private static boolean isRun(String p) {
    if (p.length() < 3) return false;
    int step = p.charAt(1) - p.charAt(0);
    if (step != 1 && step != -1) return false;
    for (int i = 2; i < p.length(); i++) if (p.charAt(i) - p.charAt(i - 1) != step) return false;
    return true;
  }

  private Set<String> common() {
    Set<String> s = common;
    if (s == null) {
      s = new HashSet<>(32_768);
      try (InputStream in =
          Thread.currentThread().getContextClassLoader().getResourceAsStream(LIST)) {
        if (in == null) throw new IllegalStateException(LIST + " is missing from the application");
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        for (String line = r.readLine(); line != null; line = r.readLine()) {
          if (!line.isEmpty() && !line.startsWith("#")) s.add(line);
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      common = s;
    }
    return s;
  }
}
