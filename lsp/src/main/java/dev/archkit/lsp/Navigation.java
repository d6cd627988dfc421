package dev.archkit.lsp;

import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.WorkspaceEdit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Go-to-definition, find-references and rename, across files: the name under the cursor is looked
 * up in the name index of every architecture that reads the file ({@link Index}, built from the
 * resolved model), so a name means what the model builder resolved it to.
 */
final class Navigation {
    /** An element name the lexer reads as one word (letters, digits, '_', '.', '-' inside). */
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_]+([.-]+[A-Za-z0-9_]+)*");

    private Navigation() { }

    /** The element name at the position, with the architectures that read the file. */
    static Optional<dev.archkit.model.ElementKey> nameAt(Analysis a, String file, Position p) {
        for (Analysis.Root r : a.rootsOf(file)) {
            Optional<Index.Use> u = r.index().get().at(file, p.getLine() + 1, p.getCharacter() + 1);
            if (u.isPresent()) return Optional.of(u.get().key());
        }
        return Optional.empty();
    }

    static List<Location> definition(Analysis a, String file, Position p, Uris uris) {
        Optional<dev.archkit.model.ElementKey> name = nameAt(a, file, p);
        if (name.isEmpty()) return List.of();
        Set<Location> out = new LinkedHashSet<>();
        for (Analysis.Root r : a.rootsOf(file)) {
            r.index().get().element(name.get()).ifPresent(e -> out.add(location(e.location(), name.get().name(), uris)));
        }
        return new ArrayList<>(out);
    }

    static List<Location> references(Analysis a, String file, Position p, boolean declaration, Uris uris) {
        Optional<dev.archkit.model.ElementKey> name = nameAt(a, file, p);
        if (name.isEmpty()) return List.of();
        Set<Location> out = new LinkedHashSet<>();
        for (Index.Use u : uses(a, file, name.get())) {
            if (declaration || !u.declaration()) out.add(location(u.at(), name.get().name(), uris));
        }
        return new ArrayList<>(out);
    }

    /** What is wrong with a new name, or null. */
    static String badName(String name) {
        if (name == null || !NAME.matcher(name).matches()) {
            return "'" + name + "' is not an element name: use letters, digits and '_', with '-' or '.' between them";
        }
        return null;
    }

    /** Renames the element at the position everywhere it is written, in every file of every architecture that reads it; null when there is no element there. */
    static WorkspaceEdit rename(Analysis a, String file, Position p, String newName, Uris uris) {
        Optional<dev.archkit.model.ElementKey> name = nameAt(a, file, p);
        if (name.isEmpty()) return null;
        Map<String, List<TextEdit>> edits = new LinkedHashMap<>();
        for (Index.Use u : uses(a, file, name.get())) {
            edits.computeIfAbsent(uris.uri(u.at().file()), k -> new ArrayList<>())
                    .add(new TextEdit(Positions.range(u.at(), name.get().name().length()), newName));
        }
        return new WorkspaceEdit(edits);
    }

    /**
     * Every use of the name in the architectures that read {@code file}, and in those that read
     * the file it is declared in (a shared import is renamed for every architecture that reads it).
     */
    private static List<Index.Use> uses(Analysis a, String file, dev.archkit.model.ElementKey name) {
        Set<Analysis.Root> roots = new LinkedHashSet<>(a.rootsOf(file));
        for (Analysis.Root r : List.copyOf(roots)) {
            r.index().get().element(name).ifPresent(e -> roots.addAll(a.rootsOf(e.location().file())));
        }
        Set<Index.Use> out = new LinkedHashSet<>();
        for (Analysis.Root r : roots) out.addAll(r.index().get().uses(name));
        return new ArrayList<>(out);
    }

    private static Location location(dev.archkit.model.Location at, String name, Uris uris) {
        return new Location(uris.uri(at.file()), Positions.range(at, name.length()));
    }
}
