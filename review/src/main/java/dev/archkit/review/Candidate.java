package dev.archkit.review;

import dev.archkit.facts.Facts;
import dev.archkit.model.Architecture;
import dev.archkit.rules.Finding;

import java.util.List;
import java.util.OptionalDouble;

/**
 * One design under review, with what the other tools say of it: its lint findings and its
 * estimated monthly cost at the desired counts (empty when it could not be priced).
 *
 * @param name the candidate's name in reports (its file or folder name)
 * @param file the file it was read from
 * @param unpriced the components whose hourly price the table lacks: when any, the cost is a lower bound
 */
public record Candidate(String name, String file, Architecture architecture, Facts facts, OptionalDouble monthlyCost,
                        List<String> unpriced, List<Finding> findings) {

    public Candidate {
        unpriced = List.copyOf(unpriced);
        findings = List.copyOf(findings);
    }
}
