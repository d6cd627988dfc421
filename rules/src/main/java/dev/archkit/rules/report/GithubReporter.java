package dev.archkit.rules.report;

import dev.archkit.rules.Finding;

/**
 * GitHub Actions workflow commands: '::error file=F,line=L,col=C,title=RULE::message', so that
 * findings show as annotations on the pull request's diff.
 */
public final class GithubReporter implements Reporter {

    @Override
    public String write(Report report) {
        StringBuilder sb = new StringBuilder();
        for (Finding f : report.findings()) {
            String level = switch (f.severity()) {
                case ERROR -> "error";
                case WARNING -> "warning";
                case INFO -> "notice";
            };
            sb.append("::").append(level).append(" file=").append(property(SarifReporter.uri(f.location().file())))
              .append(",line=").append(f.location().line()).append(",col=").append(f.location().column())
              .append(",title=").append(property(f.ruleId())).append("::")
              .append(data(TextReporter.message(f) + ". Fix: " + f.fix())).append('\n');
        }
        return sb.toString();
    }

    /** Escaping of workflow command data (the message). */
    static String data(String s) {
        return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    /** Escaping of workflow command properties (file, title). */
    static String property(String s) {
        return data(s).replace(":", "%3A").replace(",", "%2C");
    }
}
