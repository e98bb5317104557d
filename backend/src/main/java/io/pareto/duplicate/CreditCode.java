package io.pareto.duplicate;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;

/**
 * The unified social credit code (统一社会信用代码, GB 32100-2015): 18 characters over a 31-letter alphabet
 * without I, O, S, V and Z; the last one is a check character computed from the first 17 with the
 * standard's weights (3^i mod 31).
 */
public final class CreditCode {
  static final String CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
  private static final int[] WEIGHTS = {
    1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28
  };

  private CreditCode() {}

  /**
   * The code as it is stored: full-width forms folded, spaces dropped, upper case. A code typed as
   * "９１４４ 0300..." is the same code.
   */
  public static String canonical(String raw) {
    if (raw == null) return null;
    String s =
        Normalizer.normalize(raw, Normalizer.Form.NFKC)
            .replaceAll("\\s+", "")
            .toUpperCase(Locale.ROOT);
    return s.isEmpty() ? null : s;
  }

  /** Why the (canonical) code is not valid, or empty when it is. */
  public static Optional<String> problem(String code) {
    if (code.length() != 18) return Optional.of("must have 18 characters");
    for (int i = 0; i < 18; i++) {
      if (CHARSET.indexOf(code.charAt(i)) < 0) {
        return Optional.of("character '" + code.charAt(i) + "' is not allowed");
      }
    }
    if (code.charAt(17) != checkCharacter(code.substring(0, 17))) {
      return Optional.of("check character does not match (GB 32100)");
    }
    return Optional.empty();
  }

  public static boolean isValid(String code) {
    return code != null && problem(code).isEmpty();
  }

  /** The check character of the first 17 characters. */
  static char checkCharacter(String first17) {
    int sum = 0;
    for (int i = 0; i < 17; i++) sum += CHARSET.indexOf(first17.charAt(i)) * WEIGHTS[i];
    return CHARSET.charAt((31 - sum % 31) % 31);
  }
}
