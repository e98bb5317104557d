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
 * 银行) stay: 华泰证券 and 华泰保险 are two companies. A leading region goes as a bracketed one does (上海华泰
 * and (上海)华泰 share 华泰), unless only an institution word would remain: 北京大学 and 南京大学, 上海银行 and 江苏银行
 * are not one customer.
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

  /** Provinces, municipalities, regions and the larger cities, longest first; 省/市 may follow. */
  private static final List<String> REGIONS =
      java.util.stream.Stream.of(
              "北京", "上海", "天津", "重庆", "河北", "山西", "辽宁", "吉林", "黑龙江", "江苏", "浙江", "安徽", "福建", "江西",
              "山东", "河南", "湖北", "湖南", "广东", "海南", "四川", "贵州", "云南", "陕西", "甘肃", "青海", "台湾", "内蒙古",
              "广西", "西藏", "宁夏", "新疆", "香港", "澳门", "深圳", "广州", "杭州", "南京", "苏州", "武汉", "成都", "西安",
              "青岛", "厦门", "宁波", "大连", "沈阳", "长沙", "郑州", "济南", "合肥", "福州", "昆明", "无锡", "东莞", "佛山",
              "哈尔滨", "长春", "石家庄", "太原", "南昌", "南宁", "贵阳", "兰州", "乌鲁木齐", "呼和浩特", "海口", "珠海", "温州")
          .sorted(java.util.Comparator.comparingInt(String::length).reversed())
          .toList();

  /** What a region prefix must not be cut from: the region is the name of such an institution. */
  private static final Set<String> INSTITUTIONS =
      Set.of(
          "大学", "学院", "中学", "小学", "银行", "医院", "证券", "保险", "电力", "电信", "移动", "联通", "税务局", "公安局",
          "教育局", "财政局", "地铁", "机场", "港务", "日报", "电视台", "海关", "烟草", "邮政");

  public static CompanyName of(String name) {
    if (name == null) return new CompanyName("", "");
    String folded = Normalizer.normalize(name, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    String core = withoutRegion(key(withoutBrackets(folded)));
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

  /** 上海华泰 → 华泰, 江苏省电力设计院 → 电力设计院; 北京大学, 上海银行 stay whole. */
  private static String withoutRegion(String key) {
    for (String region : REGIONS) {
      if (!key.startsWith(region)) continue;
      String rest = key.substring(region.length());
      if (rest.startsWith("省") || rest.startsWith("市")) rest = rest.substring(1);
      return rest.length() < 2 || INSTITUTIONS.contains(rest) ? key : rest;
    }
    return key;
  }

  /** (深圳), (中国), [集团]: NFKC already made （） into (). */
  private static String withoutBrackets(String text) {
    return text.replaceAll("\\([^()]*\\)|\\[[^\\[\\]]*\\]", " ");
  }

  private static String cut(String s) {
    return s.length() <= MAX ? s : s.substring(0, MAX);
  }
}
