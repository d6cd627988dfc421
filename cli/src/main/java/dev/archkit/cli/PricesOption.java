package dev.archkit.cli;

import dev.archkit.cost.PriceTable;
import dev.archkit.rules.RuleEngine;
import dev.archkit.rules.catalog.Catalog;
import picocli.CommandLine.Option;

import java.nio.file.Path;

/** --prices FILE: a price table instead of the embedded one (a picocli mixin). */
final class PricesOption {

    @Option(names = "--prices", paramLabel = "FILE",
            description = "a price table instead of the embedded one, for costs and the cost rules (the same JSON format; see 'archkit prices --help')")
    Path file;

    /** {@code engine} with the table read from --prices, or unchanged without it; an invalid table fails with exit 2. */
    RuleEngine apply(RuleEngine engine, Console console) {
        return file == null ? engine : Catalog.withPrices(engine, read(console));
    }

    /** The table named by --prices (null without it); an invalid table fails with exit 2. */
    PriceTable read(Console console) {
        if (file == null) return null;
        try {
            return PriceTable.read(file);
        } catch (PriceTable.Invalid e) {
            throw console.fail(ExitCode.INVALID, e.getMessage());
        }
    }
}
