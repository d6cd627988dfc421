package dev.archkit.cli;

import dev.archkit.lang.SourceParser;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * What 'archkit review' reads: the requirements file and the candidates (a file, or a folder whose
 * one file with an architecture block is the candidate's root). With one directory argument, the
 * directory holds one requirements file and one file or folder per candidate.
 */
final class ReviewInputs {

    /** A candidate: its name in reports and its root file. */
    record CandidateFile(String name, Path file) { }

    record Resolved(Path requirements, List<CandidateFile> candidates) { }

    private ReviewInputs() { }

    static Resolved resolve(List<Path> args) throws Inputs.BadInput, IOException {
        if (args.size() == 1 && Files.isDirectory(args.get(0))) return fromDirectory(args.get(0));
        Path req = args.get(0);
        if (Files.isDirectory(req)) throw new Inputs.BadInput(req + " is a directory; name the requirements file first, then the candidates (or only the review's directory)");
        Inputs.singleFile(req);
        if (args.size() < 2) throw new Inputs.BadInput("no candidates: name one or more candidate files or folders after " + req);
        List<CandidateFile> cands = new ArrayList<>();
        for (Path p : args.subList(1, args.size())) cands.add(candidate(p));
        return new Resolved(req, cands);
    }

    private static Resolved fromDirectory(Path dir) throws Inputs.BadInput, IOException {
        List<Path> entries;
        try (Stream<Path> s = Files.list(dir)) {
            entries = s.sorted().toList();
        }
        List<Path> reqFiles = new ArrayList<>();
        List<CandidateFile> cands = new ArrayList<>();
        for (Path p : entries) {
            if (Files.isDirectory(p)) {
                if (containsArch(p)) cands.add(candidate(p));
                continue;
            }
            if (!p.toString().endsWith(".arch")) continue;
            SourceParser.Parsed parsed = parse(p);
            if (ModelLoading.hasRequirements(parsed)) reqFiles.add(p);
            if (Inputs.hasArchitecture(parsed)) cands.add(new CandidateFile(name(p), p.normalize()));
        }
        if (reqFiles.isEmpty()) {
            throw new Inputs.BadInput("no requirements file in " + dir + ": add a .arch file with a 'requirements NAME { must ID: PREDICATE }' block");
        }
        if (reqFiles.size() > 1) {
            throw new Inputs.BadInput("more than one requirements file in " + dir + ": " + String.join(", ", reqFiles.stream().map(Path::toString).toList()));
        }
        if (cands.isEmpty()) throw new Inputs.BadInput("no candidates in " + dir + ": add one .arch file or folder per candidate design");
        return new Resolved(reqFiles.get(0).normalize(), cands);
    }

    private static CandidateFile candidate(Path p) throws Inputs.BadInput, IOException {
        if (!Files.isDirectory(p)) return new CandidateFile(name(Inputs.singleFile(p)), p.normalize());
        List<Path> roots = new ArrayList<>();
        for (Path f : Inputs.expand(List.of(p))) if (Inputs.hasArchitecture(parse(f))) roots.add(f);
        if (roots.size() != 1) {
            throw new Inputs.BadInput("candidate folder " + p + " needs exactly one file with an 'architecture' block; it has " + roots.size());
        }
        return new CandidateFile(p.normalize().getFileName().toString(), roots.get(0));
    }

    private static boolean containsArch(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.anyMatch(x -> x.toString().endsWith(".arch"));
        }
    }

    private static SourceParser.Parsed parse(Path p) throws IOException {
        return ModelLoading.parse(p.toString(), Files.readString(p));
    }

    private static String name(Path file) {
        String n = file.getFileName().toString();
        return n.endsWith(".arch") ? n.substring(0, n.length() - 5) : n;
    }
}
