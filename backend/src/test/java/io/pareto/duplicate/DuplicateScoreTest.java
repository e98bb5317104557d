package io.pareto.duplicate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pareto.duplicate.DuplicateQueries.Probe;
import io.pareto.duplicate.DuplicateQueries.Row;
import java.util.List;
import org.junit.jupiter.api.Test;

class DuplicateScoreTest {
  private static Row row(String name, String code, boolean phone, boolean domain) {
    CompanyName n = CompanyName.of(name);
    return new Row(1, name, code, null, null, n.key(), n.reading(), true, phone, domain);
  }

  private static Probe probe(String name, String code) {
    return new Probe(CompanyName.of(name), code, List.of(), List.of(), null);
  }

  @Test
  void signalsAddUpToAtMostAHundred() {
    var same =
        DuplicateService.score(probe("华为技术(深圳)有限公司", null), row("华为技术有限公司", null, false, false));
    assertEquals(List.of(DuplicateSignal.NAME), same.signals());
    assertEquals(80, same.score());
    var reading = DuplicateService.score(probe("Huawei", null), row("华为", null, false, false));
    assertEquals(List.of(DuplicateSignal.READING), reading.signals());
    assertEquals(70, reading.score());
    // 100 + 80 + 30 + 20 = 230, capped
    var all =
        DuplicateService.score(
            probe("华为技术有限公司", "914403001922038216"),
            row("华为技术(深圳)有限公司", "914403001922038216", true, true));
    assertEquals(100, all.score());
    assertEquals(4, all.signals().size());
  }

  @Test
  void aPrefixCountsFromFiveLettersAndHalfTheLonger() {
    assertTrue(DuplicateService.prefix("huawei", "huaweijishu")); // 6 of 11
    assertFalse(DuplicateService.prefix("huatai", "huataizhengquanjituan")); // 6 of 21
    assertFalse(DuplicateService.prefix("hua", "huan")); // too short to mean anything
    assertFalse(DuplicateService.prefix("huataizhengquan", "huataibaoxian"));
  }

  @Test
  void phonesLoseSpacesDashesAndTheCountryCodeFreeMailDomainsGo() {
    assertEquals("13800138000", DuplicateService.phone("+86 138-0013-8000"));
    assertEquals(
        List.of("huawei.com"),
        DuplicateService.domains(List.of("li@Huawei.com", "x@qq.com", "huawei.com", "y@163.com")));
  }
}
