package io.pareto.duplicate;

import io.pareto.common.Pinyin;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What two spellings of one company have in common: the name with full-width forms folded, lower
 * case, bracketed parts dropped (a region such as (深圳), or (中国)), punctuation gone and legal
 * suffixes cut (有限公司, 集团, Co., Ltd., Inc. …), so 华为技术有限公司 and 华为技术(深圳)有限公司 share the key 华为技术. The
 * reading is its toneless pinyin, so 华为 and "Huawei" share "huawei". Words of the trade (证券, 保险,
 * 银行) stay: 华泰证券 and 华泰保险 are two companies.
 */
public record CompanyName(String key, String reading) {
  /** Longest stored key (the columns are varchar of this length). */
  public static final int MAX = 200;

  private static final List<String> CHINESE_SUFFIXES =
      List.of("股份有限公司", "有限责任公司", "有限公司", "集团公司", "总公司", "分公司", "集团", "公司", "股份");
  private static final Set<String> LATIN_SUFFIXES =
      Set.of(
          "co",
          "ltd",
          "limited",
          "inc",
          "incorporated",
          "llc",
          "corp",
          "corporation",
          "company",
          "group",
          "plc",
          "gmbh",
          "ag",
          "sa",
          "bv",
          "holdings");

  public static CompanyName of(String name) {
    if (name == null) return new CompanyName("", "");
    String folded = Normalizer.normalize(name, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    String core = key(withoutBrackets(folded));
    if (core.isEmpty()) core = key(folded.replaceAll("[()\\[\\]]", " "));
    String reading = String.join("", Pinyin.tokens(core));
    return new CompanyName(cut(core), cut(reading));
  }

  private static String key(String text) {
    List<String> tokens = new ArrayList<>();
    StringBuilder run = new StringBuilder();
    text.codePoints()
        .forEach(
            cp -> {
              if (Character.isLetterOrDigit(cp)) run.appendCodePoint(cp);
              else if (run.length() > 0) {
                tokens.add(run.toString());
                run.setLength(0);
              }
            });
    if (run.length() > 0) tokens.add(run.toString());
    while (tokens.size() > 1 && LATIN_SUFFIXES.contains(tokens.get(tokens.size() - 1))) {
      tokens.remove(tokens.size() - 1);
    }
    String joined = String.join("", tokens);
    boolean cut = true;
    while (cut) {
      cut = false;
      for (String suffix : CHINESE_SUFFIXES) {
        if (joined.length() > suffix.length() && joined.endsWith(suffix)) {
          joined = joined.substring(0, joined.length() - suffix.length());
          cut = true;
          break;
        }
      }
    }
    return joined;
  }

  /** (深圳), (中国), [集团]: NFKC already made （） into (). */
  private static String withoutBrackets(String text) {
    return text.replaceAll("\\([^()]*\\)|\\[[^\\[\\]]*\\]", " ");
  }

  private static String cut(String s) {
    return s.length() <= MAX ? s : s.substring(0, MAX);
  }
}
