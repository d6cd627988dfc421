package dev.archkit.lsp;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The files the server works on: the .arch files under the workspace folders (found when the
 * editor connects, kept up to date by its file events) and the documents open in the editor
 * (their text as typed, wherever they are). Thread-safe: the editor's thread writes, the work thread reads.
 */
final class Workspace implements Analyzer.Sources {

    /** An open document: the editor's URI, version and text. */
    record Document(String uri, int version, String text) { }

    private final Map<String, Document> open = new ConcurrentHashMap<>();
    private final Set<String> onDisk = ConcurrentHashMap.newKeySet();
    private final List<Path> folders = new ArrayList<>();

    /** Finds the .arch files under {@code folder} (hidden directories, target/ and node_modules/ left out); returns what it could not read. */
    List<String> addFolder(Path folder) {
        List<String> problems = new ArrayList<>();
        synchronized (folders) {
            folders.add(folder.toAbsolutePath().normalize());
        }
        if (!Files.isDirectory(folder)) return problems;
        try {
            Files.walkFileTree(folder, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    String n = dir.getFileName() == null ? "" : dir.getFileName().toString();
                    boolean skip = !dir.equals(folder) && (n.startsWith(".") || n.equals("target") || n.equals("node_modules"));
                    return skip ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (file.toString().endsWith(".arch") && attrs.isRegularFile()) onDisk.add(file.toAbsolutePath().normalize().toString());
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    problems.add("cannot read " + file + ": " + e.getMessage());
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            problems.add("cannot list " + folder + ": " + e.getMessage());
        }
        return problems;
    }

    void open(String file, Document d) {
        open.put(file, d);
    }

    /** A change; false when the document is not open or the change is older than what the server has. */
    boolean change(String file, int version, String text) {
        Document d = open.get(file);
        if (d == null || version < d.version()) return false;
        open.put(file, new Document(d.uri(), version, text));
        return true;
    }

    void close(String file) {
        open.remove(file);
    }

    /** A file created, changed or deleted on disk (the editor's file events). */
    void diskEvent(String file, boolean exists) {
        if (!file.endsWith(".arch")) return;
        if (exists && insideFolders(file)) onDisk.add(file);
        if (!exists) onDisk.remove(file);
    }

    private boolean insideFolders(String file) {
        synchronized (folders) {
            Path p = Path.of(file);
            return folders.stream().anyMatch(p::startsWith);
        }
    }

    Document document(String file) {
        return file == null ? null : open.get(file);
    }

    boolean isOpen(String file) {
        return open.containsKey(file);
    }

    @Override
    public String text(String file) {
        Document d = open.get(file);
        if (d != null) return d.text();
        try {
            Path p = Path.of(file);
            return Files.isRegularFile(p) ? Files.readString(p) : null;
        } catch (IOException | RuntimeException e) {
            return null;   // unreadable, not a path, or not text: the file is gone for the server
        }
    }

    @Override
    public Collection<String> files() {
        Set<String> all = new java.util.TreeSet<>(onDisk);
        all.addAll(open.keySet());
        return all;
    }
}
