package io.pareto.tools.generate;

import java.util.HashMap;
import java.util.Map;

/** The generator's command line: {@code --name value} pairs over the defaults of its usage text. */
final class GeneratorOptions {
  private GeneratorOptions() {}

  static Map<String, String> parse(String[] args) {
    Map<String, String> o = new HashMap<>();
    o.put("accounts", "100000");
    o.put("seed", "42");
    o.put("db", "h2");
    o.put("user", "");
    o.put("password", "");
    o.put("admin-email", "bench-admin@pareto.local");
    o.put("admin-password", "pareto-bench-1");
    o.put("bcrypt-cost", "4");
    for (int i = 0; i + 1 < args.length; i += 2)
      o.put(args[i].replaceFirst("^--", ""), args[i + 1]);
    o.putIfAbsent(
        "url",
        o.get("db").equals("postgresql")
            ? "jdbc:postgresql://127.0.0.1:5432/pareto"
            : "jdbc:h2:file:./data/pareto");
    if (o.get("db").equals("h2") && o.get("user").isEmpty()) o.put("user", "sa");
    if (o.get("db").equals("postgresql") && o.get("user").isEmpty()) o.put("user", "postgres");
    return o;
  }
}
