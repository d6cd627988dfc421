package dev.archkit.gen.terraform;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What the emitters tell the reader beside the files: what was not generated (and why), and where
 * the model's security group rules differ from the generated ones. Both keep the order in which
 * they were said; a remark said twice is kept once.
 */
final class Notes {
    private final Set<String> notGenerated = new LinkedHashSet<>();
    private final List<String> narrowed = new ArrayList<>();

    void notGenerated(String what) { notGenerated.add(what); }

    void narrowed(String what) { narrowed.add(what); }

    List<String> notGenerated() { return List.copyOf(notGenerated); }

    List<String> narrowed() { return List.copyOf(narrowed); }
}
