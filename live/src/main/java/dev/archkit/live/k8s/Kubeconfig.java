package dev.archkit.live.k8s;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.fabric8.kubernetes.client.Config;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A kubeconfig file and the context to read with: checked before any request, so that a missing
 * file, a malformed one or an unknown context is an error that says what to do. The
 * credentials it holds (tokens, keys, exec plugins) go to fabric8's client only; nothing here
 * returns or prints them: {@link Target#describe()} names the context and the API server.
 */
public final class Kubeconfig {

    /** The kubeconfig cannot be used: the message is FILE[:LINE:COL]: what is wrong, and what to do. */
    public static final class Invalid extends Exception {
        Invalid(String m) { super(m); }
    }

    /** The file exists but cannot be read (permissions, an I/O error). */
    public static final class Unreadable extends Exception {
        Unreadable(String m) { super(m); }
    }

    /** The cluster to read: the client configuration of one context, and what to call it in reports. */
    public record Target(Config config, String context, String server) {
        /** "context C at https://SERVER": what was read, without any credential. */
        public String describe() { return "context " + context + " at " + server; }
    }

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private Kubeconfig() { }

    /** The target of {@code context} in {@code file}, or of the file's current context when {@code context} is null. */
    public static Target load(Path file, String context) throws Invalid, Unreadable {
        String text;
        try {
            text = Files.readString(file);
        } catch (NoSuchFileException e) {
            throw new Invalid(file + ": no such kubeconfig; name the file kubectl uses (usually ~/.kube/config),"
                    + " or write one with 'aws eks update-kubeconfig --name CLUSTER --kubeconfig " + file + "'");
        } catch (IOException e) {
            throw new Unreadable(file + ": cannot read the kubeconfig: " + e.getMessage());
        }
        JsonNode root;
        try {
            root = YAML.readTree(text);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String where = at == null ? "" : ":" + at.getLineNr() + ":" + at.getColumnNr();
            List<String> lines = e.getOriginalMessage().lines().map(String::strip).filter(l -> !l.isEmpty() && !l.equals("^")).toList();
            String problem = lines.isEmpty() ? "" : " (" + lines.get(lines.size() - 1) + ")";
            throw new Invalid(file + where + ": not a kubeconfig: malformed YAML" + problem + "; kubectl config view shows how kubectl reads it");
        }
        if (root == null || !root.isObject() || !root.path("contexts").isArray()) {
            throw new Invalid(file + ": not a kubeconfig: it has no 'contexts' list; point --kubeconfig at the file kubectl uses"
                    + " (kubectl config view --minify --raw > FILE writes one)");
        }
        List<String> names = new ArrayList<>();
        for (JsonNode c : root.path("contexts")) names.add(c.path("name").asText());
        String chosen = context != null ? context : text(root.path("current-context"));
        if (chosen == null) {
            throw new Invalid(file + ": the kubeconfig has no current-context; choose one with --context NAME (" + contexts(names) + ")");
        }
        JsonNode ctx = null;
        for (JsonNode c : root.path("contexts")) if (chosen.equals(c.path("name").asText())) ctx = c;
        if (ctx == null) {
            throw new Invalid(file + ": no context '" + chosen + "' in the kubeconfig" + (context == null ? " (its current-context)" : "")
                    + "; choose one with --context NAME (" + contexts(names) + ")");
        }
        String clusterName = text(ctx.path("context").path("cluster"));
        String server = null;
        for (JsonNode c : root.path("clusters")) if (c.path("name").asText().equals(clusterName)) server = text(c.path("cluster").path("server"));
        if (server == null) {
            throw new Invalid(file + ": context '" + chosen + "' names cluster '" + clusterName + "', which the kubeconfig does not define with a server;"
                    + " rewrite the entry with 'aws eks update-kubeconfig --name CLUSTER --kubeconfig " + file + "'");
        }
        Config config;
        try {
            config = Config.fromKubeconfig(chosen, text, file.toAbsolutePath().toString());
        } catch (RuntimeException e) {
            throw new Invalid(file + ": context '" + chosen + "' cannot be used: " + e.getClass().getSimpleName()
                    + "; check its user entry (a token, a client certificate and key, or an exec command such as 'aws eks get-token')");
        }
        return new Target(config, chosen, server);
    }

    private static String text(JsonNode n) {
        return n.isTextual() && !n.asText().isBlank() ? n.asText() : null;
    }

    private static String contexts(List<String> names) {
        return names.isEmpty() ? "it defines none" : "it has " + String.join(", ", names);
    }
}
