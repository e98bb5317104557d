package io.pareto.common;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Titles and details of problems in the caller's language: {@code problems.properties} (en-US, the
 * default) and {@code problems_zh_CN.properties}, keyed {@code CODE.title} and {@code CODE.detail}.
 */
public final class ProblemMessages {
  public static final Locale EN_US = Locale.US;
  public static final Locale ZH_CN = Locale.SIMPLIFIED_CHINESE;
  private static final List<Locale> SUPPORTED = List.of(EN_US, ZH_CN);
  private static final ResourceBundle.Control NO_FALLBACK =
      ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

  private ProblemMessages() {}

  /** The best supported language for an Accept-Language header; en-US when none matches. */
  public static Locale locale(String acceptLanguage) {
    if (acceptLanguage == null || acceptLanguage.isBlank()) return EN_US;
    try {
      for (Locale.LanguageRange range : Locale.LanguageRange.parse(acceptLanguage)) {
        String tag = range.getRange().toLowerCase(Locale.ROOT);
        if (tag.startsWith("zh"))
          return ZH_CN; // zh, zh-CN, zh-Hans: simplified Chinese is what we have
        if (tag.startsWith("en") || tag.equals("*")) return EN_US;
      }
    } catch (IllegalArgumentException malformed) {
      return EN_US;
    }
    return EN_US;
  }

  public static List<Locale> supported() {
    return SUPPORTED;
  }

  /**
   * The title for a code, or the fallback (then the generic title of the status) where the bundle
   * has none.
   */
  public static String title(Locale locale, String code, String fallback, int status) {
    String t = lookup(locale, code + ".title");
    if (t != null) return t;
    if (fallback != null && locale.equals(EN_US)) return fallback;
    String generic = lookup(locale, "HTTP_" + status + ".title");
    return generic != null ? generic : fallback != null ? fallback : "HTTP " + status;
  }

  /**
   * The detail for a code formatted with its arguments, or the English detail where the bundle has
   * none.
   */
  public static String detail(Locale locale, String code, Object[] args, String english) {
    if (!detailIn(locale, code, args)) return english;
    String pattern = lookup(locale, code + ".detail");
    Object[] plain = new Object[args.length];
    for (int i = 0; i < args.length; i++)
      plain[i] = args[i] == null ? "" : String.valueOf(args[i]); // ids without "1,234"
    return new MessageFormat(pattern, locale).format(plain);
  }

  /**
   * Whether {@link #detail} writes this code in the asked language; false when it falls back to the
   * English detail (no entry, or an entry whose arguments the code did not give).
   */
  public static boolean detailIn(Locale locale, String code, Object[] args) {
    String pattern = lookup(locale, code + ".detail");
    return pattern != null && !(args.length == 0 && pattern.contains("{0"));
  }

  /**
   * A field error's message: the bundle's {@code field.CODE} where this language has one (with the
   * allowed values as {0}), otherwise the message as it was made (Bean Validation's is already in
   * the caller's language).
   */
  public static String fieldMessage(
      Locale locale, String code, String message, List<String> allowed) {
    if (locale.equals(EN_US) || code == null) return message;
    String pattern = lookup(locale, "field." + code); // the English root has no field.* entries
    if (pattern == null) return message;
    return new MessageFormat(pattern, locale)
        .format(new Object[] {allowed == null ? "" : String.join(", ", allowed)});
  }

  private static String lookup(Locale locale, String key) {
    try {
      ResourceBundle bundle =
          ResourceBundle.getBundle(
              "problems", locale.equals(EN_US) ? Locale.ROOT : locale, NO_FALLBACK);
      return bundle.containsKey(key) ? bundle.getString(key) : null;
    } catch (MissingResourceException e) {
      return null;
    }
  }
}
