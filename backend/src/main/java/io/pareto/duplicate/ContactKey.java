package io.pareto.duplicate;

import java.util.Locale;

/**
 * A contact's phone and mail domain as duplicates are found by, stored beside the raw values
 * (indexed, so the duplicate check looks them up instead of scanning every contact). Empty, not
 * null, when a value is there but yields no key, so "not computed yet" stays distinguishable.
 */
public record ContactKey(String phone, String emailDomain) {
  public static ContactKey of(String phone, String email) {
    return new ContactKey(phone(phone), domain(email));
  }

  /** Without spaces, dashes and the +86 country code: 138-0000 0000 and +8613800000000 match. */
  public static String phone(String raw) {
    if (raw == null) return null;
    String s = raw.replace(" ", "").replace("-", "");
    return s.startsWith("+86") ? s.substring(3) : s;
  }

  /** What follows the @, lower case; "" for an address without one. */
  public static String domain(String email) {
    if (email == null) return null;
    int at = email.indexOf('@');
    return at < 0 ? "" : email.substring(at + 1).trim().toLowerCase(Locale.ROOT);
  }
}
