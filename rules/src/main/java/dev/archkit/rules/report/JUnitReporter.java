package dev.archkit.rules.report;

import dev.archkit.model.diag.Diagnostic;
import dev.archkit.rules.Finding;
import dev.archkit.rules.RuleEngine;
import dev.archkit.rules.RuleMeta;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * JUnit XML for CI systems that show test reports: one test suite per rule family, one test
 * case per rule, failing with its findings at or above --fail-on; and, first, a suite "input"
 * with one test case per file, failing with the file's input errors (the rules did not run on
 * it, so a report without that case would pass what was never checked).
 */
public final class JUnitReporter implements Reporter {

    @Override
    public String write(Report report) {
        Map<String, List<RuleMeta>> families = new LinkedHashMap<>();
        for (RuleMeta m : report.rules()) families.computeIfAbsent(m.family(), k -> new ArrayList<>()).add(m);
        Map<String, List<Diagnostic>> inputs = inputsByFile(report);
        Map<String, RuleEngine.Disabled> off = new LinkedHashMap<>();
        for (RuleEngine.Disabled d : report.exemptions().disabled()) off.put(d.ruleId(), d);
        long failingInputs = inputs.values().stream().filter(ds -> ds.stream().anyMatch(Diagnostic::isError)).count();
        StringBuilder sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        sb.append("<testsuites name=\"archkit\" tests=\"").append(report.rules().size() + inputs.size()).append("\" failures=\"")
          .append(failingRules(report) + failingInputs).append("\">\n");
        if (!inputs.isEmpty()) input(sb, inputs, failingInputs);
        for (var e : families.entrySet()) {
            long failing = e.getValue().stream().filter(m -> fails(report, m)).count();
            long skipped = e.getValue().stream().filter(m -> off.containsKey(m.id())).count();
            sb.append("  <testsuite name=\"").append(esc(e.getKey())).append("\" tests=\"").append(e.getValue().size())
              .append("\" failures=\"").append(failing).append('"');
            if (skipped > 0) sb.append(" skipped=\"").append(skipped).append('"');
            sb.append(">\n");
            for (RuleMeta m : e.getValue()) {
                List<Finding> fs = report.findings().stream().filter(f -> f.ruleId().equals(m.id())).toList();
                List<String> excused = excused(report, m.id());
                RuleEngine.Disabled disabled = off.get(m.id());
                sb.append("    <testcase classname=\"").append(esc(m.family())).append("\" name=\"").append(esc(m.id())).append('"');
                if (fs.isEmpty() && excused.isEmpty() && disabled == null) {
                    sb.append("/>\n");
                    continue;
                }
                sb.append(">\n");
                if (disabled != null) {
                    sb.append("      <skipped message=\"").append(esc("turned off at " + disabled.at()
                            + (disabled.reason() == null ? " without a reason" : ": " + disabled.reason()))).append("\"/>\n");
                }
                List<Finding> failing2 = fs.stream().filter(f -> f.severity().atLeast(report.failOn())).toList();
                List<String> lines = new ArrayList<>(fs.stream().map(f -> f.location() + ": " + f.severity().label() + ": " + TextReporter.message(f)).toList());
                lines.addAll(excused);
                String body = String.join("\n", lines);
                if (lines.isEmpty()) {
                    // turned off, nothing else to say
                } else if (!failing2.isEmpty()) {
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

    /** The files of the run, each with its input diagnostics (imported files appear when they have some). */
    private static Map<String, List<Diagnostic>> inputsByFile(Report report) {
        Map<String, List<Diagnostic>> byFile = new LinkedHashMap<>();
        for (String f : report.files()) byFile.put(f, new ArrayList<>());
        for (Diagnostic d : report.diagnostics()) byFile.computeIfAbsent(d.location().file(), k -> new ArrayList<>()).add(d);
        return byFile;
    }

    private static void input(StringBuilder sb, Map<String, List<Diagnostic>> inputs, long failing) {
        sb.append("  <testsuite name=\"").append(InputRules.FAMILY).append("\" tests=\"").append(inputs.size())
          .append("\" failures=\"").append(failing).append("\">\n");
        for (var e : inputs.entrySet()) {
            sb.append("    <testcase classname=\"").append(InputRules.FAMILY).append("\" name=\"").append(esc(e.getKey())).append('"');
            if (e.getValue().isEmpty()) {
                sb.append("/>\n");
                continue;
            }
            sb.append(">\n");
            String body = String.join("\n", e.getValue().stream()
                    .map(d -> d.location() + ": " + d.severity().label() + ": " + InputRules.message(d) + " [" + InputRules.ruleId(d) + "]").toList());
            long errors = e.getValue().stream().filter(Diagnostic::isError).count();
            if (errors > 0) {
                sb.append("      <failure message=\"").append(esc(Report.plural(errors, "input error") + ": the rules did not run on this input"))
                  .append("\" type=\"").append(InputRules.FAMILY).append("\">").append(esc(body)).append("</failure>\n");
            } else {
                sb.append("      <system-out>").append(esc(body)).append("</system-out>\n");
            }
            sb.append("    </testcase>\n");
        }
        sb.append("  </testsuite>\n");
    }

    /** The rule's findings that were excused, by a suppression (with its reason) or the baseline. */
    private static List<String> excused(Report r, String ruleId) {
        List<String> out = new ArrayList<>();
        for (RuleEngine.Suppressed s : r.suppressed()) {
            if (s.finding().ruleId().equals(ruleId)) {
                out.add(s.finding().location() + ": suppressed at " + s.suppression() + (s.reason() == null ? "" : " (" + s.reason() + ")")
                        + ": " + TextReporter.message(s.finding()));
            }
        }
        for (Finding f : r.exemptions().baselined()) {
            if (f.ruleId().equals(ruleId)) out.add(f.location() + ": accepted in the baseline " + r.exemptions().baseline() + ": " + TextReporter.message(f));
        }
        return out;
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
