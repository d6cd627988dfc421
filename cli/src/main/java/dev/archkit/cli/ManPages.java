package dev.archkit.cli;

import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Man pages in roff (man(7)), written from the same picocli model that prints --help: the name
 * and first line of the description, the synopsis, the description, the options and arguments,
 * the examples and the exit codes. No date and no build data: the same archkit gives the same
 * pages.
 */
final class ManPages {

    private ManPages() {
    }

    /** Every page: archkit.1 and archkit-COMMAND.1 for each command, by file name. */
    static Map<String, String> all(CommandLine root) {
        Map<String, String> pages = new LinkedHashMap<>();
        pages.put("archkit.1", page(root));
        for (CommandLine sub : root.getSubcommands().values()) {
            if (sub.getCommandName().equals("help")) continue;
            pages.put(fileName(sub), page(sub));
        }
        return pages;
    }

    static String fileName(CommandLine c) {
        return c.getCommandSpec().qualifiedName("-") + ".1";
    }

    /** One command's page. */
    static String page(CommandLine c) {
        CommandSpec spec = c.getCommandSpec();
        String name = spec.qualifiedName("-");
        StringBuilder sb = new StringBuilder();
        sb.append(".TH ").append(name.toUpperCase(java.util.Locale.ROOT)).append(" 1 \"\" \"archkit ").append(Main.version())
          .append("\" \"archkit manual\"\n");
        List<String> description = lines(spec.usageMessage().description());
        sb.append(".SH NAME\n").append(escape(name)).append(" \\- ").append(escape(description.isEmpty() ? "" : description.get(0))).append('\n');
        sb.append(".SH SYNOPSIS\n.nf\n").append(escape(synopsis(c))).append("\n.fi\n");
        List<String> body = description.size() > 1 ? description.subList(1, description.size()) : List.of();
        while (!body.isEmpty() && body.get(0).isBlank()) body = body.subList(1, body.size());
        if (!body.isEmpty()) {
            sb.append(".SH DESCRIPTION\n");
            paragraphs(sb, body);
        }
        if (!c.getSubcommands().isEmpty()) {
            sb.append(".SH COMMANDS\n");
            for (CommandLine sub : c.getSubcommands().values()) {
                if (sub.getCommandName().equals("help")) continue;
                List<String> d = lines(sub.getCommandSpec().usageMessage().description());
                sb.append(".TP\n\\fB").append(escape(sub.getCommandName())).append("\\fR\n").append(escape(d.isEmpty() ? "" : d.get(0)))
                  .append(" See \\fB").append(escape(fileName(sub).replace(".1", ""))).append("\\fR(1).\n");
            }
        }
        List<PositionalParamSpec> params = spec.positionalParameters().stream().filter(p -> !p.hidden()).toList();
        if (!params.isEmpty()) {
            sb.append(".SH ARGUMENTS\n");
            for (PositionalParamSpec p : params) {
                sb.append(".TP\n\\fI").append(escape(p.paramLabel())).append("\\fR\n").append(escape(String.join(" ", p.description()))).append('\n');
            }
        }
        List<OptionSpec> options = spec.options().stream().filter(o -> !o.hidden()).toList();
        if (!options.isEmpty()) {
            sb.append(".SH OPTIONS\n");
            for (OptionSpec o : options) {
                sb.append(".TP\n");
                List<String> names = List.of(o.names());
                for (int i = 0; i < names.size(); i++) {
                    if (i > 0) sb.append(", ");
                    sb.append("\\fB").append(escape(names.get(i))).append("\\fR");
                }
                if (o.arity().max() > 0) sb.append(" \\fI").append(escape(o.paramLabel())).append("\\fR");
                sb.append('\n').append(escape(String.join(" ", o.description()).replace("%n", " ").replace("%%", "%"))).append('\n');
            }
        }
        List<String> footer = lines(spec.usageMessage().footer());
        if (!footer.isEmpty() && spec.parent() != null) {
            sb.append(".SH EXAMPLES\n.nf\n");
            for (String line : footer) {
                if (line.equals("Examples:")) continue;
                sb.append(escape(line)).append('\n');
            }
            sb.append(".fi\n");
        }
        sb.append(".SH EXIT STATUS\n");
        for (ExitCode e : ExitCode.values()) sb.append(".TP\n\\fB").append(e.code()).append("\\fR\n").append(escape(e.meaning())).append('\n');
        sb.append(".SH SEE ALSO\n");
        sb.append(spec.parent() == null ? "The language reference, docs/language.md; the rules, 'archkit rules'.\n" : "\\fBarchkit\\fR(1)\n");
        return sb.toString();
    }

    private static String synopsis(CommandLine c) {
        String s = c.getHelp().synopsis(0).strip();
        return s.startsWith("Usage: ") ? s.substring("Usage: ".length()) : s;
    }

    /** The lines of a description or footer, without leading and trailing blank lines. */
    private static List<String> lines(String[] text) {
        List<String> out = new java.util.ArrayList<>();
        for (String t : text) for (String l : t.replace("%n", "\n").replace("%%", "%").split("\n", -1)) out.add(l);
        while (!out.isEmpty() && out.get(0).isBlank()) out.remove(0);
        while (!out.isEmpty() && out.get(out.size() - 1).isBlank()) out.remove(out.size() - 1);
        return out;
    }

    /** Blank lines part paragraphs; indented lines (examples) are kept as they are. */
    private static void paragraphs(StringBuilder sb, List<String> lines) {
        for (String l : lines) {
            if (l.isBlank()) {
                sb.append(".PP\n");
            } else if (l.startsWith(" ")) {
                sb.append(".nf\n").append(escape(l)).append("\n.fi\n");
            } else {
                sb.append(escape(l)).append('\n');
            }
        }
    }

    /** Text safe in roff: backslashes and hyphens escaped, no line starting with a control character. */
    static String escape(String s) {
        StringBuilder sb = new StringBuilder();
        for (String line : s.split("\n", -1)) {
            if (sb.length() > 0) sb.append('\n');
            String e = line.replace("\\", "\\e").replace("-", "\\-");
            if (e.startsWith(".") || e.startsWith("'")) e = "\\&" + e;
            sb.append(e);
        }
        return sb.toString();
    }
}
