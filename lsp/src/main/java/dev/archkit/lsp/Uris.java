package dev.archkit.lsp;

import java.net.URI;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Editor URIs and the file names the pipeline uses (the absolute, normalised path of a file: URI;
 * the URI itself for any other scheme, e.g. an unsaved buffer). A URI the editor sent is
 * remembered, so problems are published under the very URI it knows.
 */
final class Uris {
    private final Map<String, String> uriOfFile = new ConcurrentHashMap<>();

    /** The file name of {@code uri}, or null when it is not a URI at all. */
    String file(String uri) {
        if (uri == null || uri.isBlank()) return null;
        String file;
        try {
            URI u = new URI(uri);
            file = "file".equalsIgnoreCase(u.getScheme()) ? Path.of(u).normalize().toString() : uri;
        } catch (Exception e) {
            return null;
        }
        uriOfFile.putIfAbsent(file, uri);
        return file;
    }

    /** The URI to publish {@code file} under. */
    String uri(String file) {
        String known = uriOfFile.get(file);
        if (known != null) return known;
        try {
            return Path.of(file).isAbsolute() ? Path.of(file).toUri().toString() : file;
        } catch (Exception e) {
            return file;
        }
    }
}
