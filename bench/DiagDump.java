import dev.archkit.lang.ModelBuilder;
import dev.archkit.model.Parallelism;
import dev.archkit.model.Architecture;
import dev.archkit.model.diag.Diagnostic;
import dev.archkit.model.diag.DiagnosticRenderer;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;

/**
 * Prints, for every example, for mutated examples (fixed seeds) and for the given extra files, the
 * rendered diagnostics and a digest of the whole model (locations included): the output of two
 * builds of archkit is compared with diff to show that a change keeps both byte for byte.
 * Usage: java -cp cli/target/archkit.jar bench/DiagDump.java MUTATIONS [FILE ...] > out.txt
 */
public class DiagDump {
    static final String[] PIECES = {"{", "}", ",", "->", "~>", "\"", ";", "\n", "service", "architecture", "environment",
            "import", "10.0.0.0/8", "-", "/", "#", "%", "$", "é", "\t", "cpu", "x", "0", "999999999999999999999", "/*"};

    static String mutate(String text, long seed) {
        Random r = new Random(seed);
        StringBuilder sb = new StringBuilder(text);
        int n = 1 + r.nextInt(8);
        for (int k = 0; k < n && sb.length() > 0; k++) {
            int at = r.nextInt(sb.length());
            switch (r.nextInt(3)) {
                case 0 -> sb.delete(at, Math.min(sb.length(), at + 1 + r.nextInt(20)));
                case 1 -> sb.insert(at, PIECES[r.nextInt(PIECES.length)]);
                default -> sb.setCharAt(at, (char) (32 + r.nextInt(95)));
            }
        }
        return sb.toString();
    }

    public static void main(String[] args) throws Exception {
        int mutations = Integer.parseInt(args[0]);
        List<Path> examples;
        try (var s = Files.walk(Path.of("examples"))) {
            examples = s.filter(p -> p.toString().endsWith(".arch")).sorted().toList();
        }
        for (Path p : examples) report(p.toString(), ModelBuilder.build(p, Parallelism.available()), Files.readString(p));
        for (int i = 0; i < mutations; i++) {
            Path p = examples.get(i % examples.size());
            String text = mutate(Files.readString(p), i);
            report(p + "#" + i, ModelBuilder.buildText(p.toString(), text), text);
        }
        for (int i = 1; i < args.length; i++) {
            Path p = Path.of(args[i]);
            report(p.toString(), ModelBuilder.build(p, Parallelism.available()), Files.readString(p));
        }
    }

    static void report(String name, ModelBuilder.Result r, String text) throws Exception {
        StringBuilder out = new StringBuilder("== ").append(name).append('\n');
        DiagnosticRenderer render = new DiagnosticRenderer(r.sources()::get, false);
        for (Diagnostic d : r.diagnostics()) out.append(d).append('\n').append(render.render(d));
        Architecture a = r.architecture();
        String model = a == null ? "null" : a.name() + a.location() + a.properties() + a.elements() + a.allElements()
                + a.dependencies() + a.environments() + a.files();
        byte[] h = MessageDigest.getInstance("SHA-256").digest(model.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        out.append("model ").append(HexFormat.of().formatHex(h)).append('\n');
        System.out.print(out);
    }
}
