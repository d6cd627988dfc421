package dev.archkit.rules.report;

import dev.archkit.rules.Finding;
import dev.archkit.rules.RuleMeta;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * JUnit XML for CI systems that show test reports: one test suite per rule family, one test
 * case per rule, failing with its findings at or above --fail-on.
 */
public final class JUnitReporter implements Reporter {

    @Override
    public String write(Report report) {
        Map<String, List<RuleMeta>> families = new LinkedHashMap<>();
        for (RuleMeta m : report.rules()) families.computeIfAbsent(m.family(), k -> new ArrayList<>()).add(m);
        StringBuilder sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        sb.append("<testsuites name=\"archkit\" tests=\"").append(report.rules().size()).append("\" failures=\"")
          .append(failingRules(report)).append("\">\n");
        for (var e : families.entrySet()) {
            long failing = e.getValue().stream().filter(m -> fails(report, m)).count();
            sb.append("  <testsuite name=\"").append(esc(e.getKey())).append("\" tests=\"").append(e.getValue().size())
              .append("\" failures=\"").append(failing).append("\">\n");
            for (RuleMeta m : e.getValue()) {
                List<Finding> fs = report.findings().stream().filter(f -> f.ruleId().equals(m.id())).toList();
                sb.append("    <testcase classname=\"").append(esc(m.family())).append("\" name=\"").append(esc(m.id())).append('"');
                if (fs.isEmpty()) {
                    sb.append("/>\n");
                    continue;
                }
                sb.append(">\n");
                List<Finding> failing2 = fs.stream().filter(f -> f.severity().atLeast(report.failOn())).toList();
                String body = String.join("\n", fs.stream().map(f -> f.location() + ": " + f.severity().label() + ": " + TextReporter.message(f)).toList());
                if (!failing2.isEmpty()) {
                    sb.append("      <failure message=\"").append(esc(failing2.size() + " finding(s): " + m.summary())).append("\" type=\"")
                      .append(esc(m.severity().label())).append("\">").append(esc(body)).append("</failure>\n");
                } else {
                    sb.append("      <system-out>").append(esc(body)).append("</system-out>\n");
                }
                sb.append("    </testcase>\n");
            }
            sb.append("  </testsuite>\n");
        }
        sb.append("</testsuites>\n");
        return sb.toString();
    }

    private static long failingRules(Report r) {
        return r.rules().stream().filter(m -> fails(r, m)).count();
    }

    private static boolean fails(Report r, RuleMeta m) {
        return r.findings().stream().anyMatch(f -> f.ruleId().equals(m.id()) && f.severity().atLeast(r.failOn()));
    }

    static String esc(String s) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '&' -> sb.append("&amp;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&apos;");
                default -> {
                    if (c < 0x20 && c != '\n' && c != '\t' && c != '\r') sb.append(' ');
                    else sb.append(c);
                }
            }
        }
        return sb.toString();
    }
}
