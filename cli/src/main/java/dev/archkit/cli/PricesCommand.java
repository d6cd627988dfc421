package dev.archkit.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.archkit.cost.PriceTable;
import dev.archkit.live.prices.PriceListUpdate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

@Command(name = "prices",
        description = {
            "Show the price table 'archkit cost' uses, or refresh a region of it from the AWS Price List API.",
        },
        mixinStandardHelpOptions = true,
        subcommands = {PricesCommand.Show.class, PricesCommand.Update.class},
        footer = {"", "Examples:",
            "  archkit prices show",
            "  archkit prices update --region ap-northeast-2 -o prices.json",
            "  archkit cost platform.arch --prices prices.json"})
final class PricesCommand implements Runnable {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "show", mixinStandardHelpOptions = true, description = "Print the table's date, source and regions.")
    static final class Show extends ArchkitCommand {
        @Option(names = "--prices", paramLabel = "FILE", description = "a price file instead of the embedded table")
        Path file;

        @Override
        public ExitCode call() {
            var out = console.out();
            PriceTable t;
            try {
                t = file == null ? PriceTable.embedded() : PriceTable.read(file);
            } catch (PriceTable.Invalid e) {
                console.err().println("archkit prices: " + e.getMessage());
                return ExitCode.INVALID;
            }
            out.println(t.origin() + " of " + t.date() + ", " + dev.archkit.cost.CostModel.fmt(t.hoursPerMonth()) + " hours a month");
            out.println("regions: " + String.join(", ", t.regions()));
            out.println("source: " + t.source());
            return ExitCode.OK;
        }
    }

    @Command(name = "update", mixinStandardHelpOptions = true,
            description = {
                "Refresh one region of a price table from the AWS Price List Query API (read-only: pricing:GetProducts).",
                "",
                "Refreshes Fargate (x86 and ARM vCPU and GB hours, ephemeral storage), the EKS control plane, NAT gateway hours and data, ALB hours and LCUs, "
                        + "and every EC2 instance type the table lists; keeps every other price, and says which it refreshed. Needs AWS credentials "
                        + "(any identity allowed pricing:GetProducts); the API is served from us-east-1 whatever the region priced.",
            },
            footer = {"", "Exit codes: 0 written, 2 invalid input, 3 the Price List API could not be read (no credentials, refused, unreachable)."})
    static final class Update extends ArchkitCommand {
        @Option(names = "--region", paramLabel = "REGION", required = true, description = "the region to refresh")
        String region;

        @Option(names = "--from", paramLabel = "FILE", description = "the table to start from (default: the embedded one)")
        Path from;

        @Option(names = {"-o", "--output"}, paramLabel = "FILE", required = true, description = "the price file to write")
        Path output;

        @Option(names = "--profile", paramLabel = "NAME", description = "the AWS profile to use")
        String profile;

        @Option(names = "--endpoint", paramLabel = "URL", hidden = true, description = "another Price List endpoint (tests)")
        URI endpoint;

        @Override
        public ExitCode call() {
            var out = console.out();
            var err = console.err();
            if (!region.matches("[a-z]{2}(-gov)?-[a-z]+-\\d")) {
                err.println("archkit prices update: '" + region + "' is not an AWS region name (e.g. ap-northeast-2)");
                return ExitCode.INVALID;
            }
            ObjectMapper json = new ObjectMapper();
            JsonNode table;
            try {
                if (from != null) {
                    PriceTable.read(from);   // says what is wrong with a bad file
                    table = json.readTree(Files.readString(from));
                } else {
                    try (InputStream in = PriceTable.class.getResourceAsStream("prices.json")) {
                        table = json.readTree(in);
                    }
                }
            } catch (PriceTable.Invalid e) {
                err.println("archkit prices update: " + e.getMessage());
                return ExitCode.INVALID;
            } catch (IOException e) {
                err.println("archkit prices update: cannot read " + from + ": " + e.getMessage());
                return ExitCode.ENVIRONMENT;
            }
            PriceListUpdate.Result r;
            try {
                r = new PriceListUpdate(new PriceListUpdate.Options(profile, endpoint, endpoint != null
                        ? software.amazon.awssdk.auth.credentials.AnonymousCredentialsProvider.create() : null)).update(table, region);
            } catch (PriceListUpdate.Failed e) {
                err.println("archkit prices update: " + e.getMessage());
                return ExitCode.ENVIRONMENT;
            }
            try {
                String text = json.enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(r.table()) + "\n";
                Path tmp = Files.createTempFile("prices", ".json");
                try {
                    Files.writeString(tmp, text);
                    PriceTable.read(tmp);   // the result must be a table archkit can use
                } catch (PriceTable.Invalid e) {
                    err.println("archkit prices update: the refreshed table would not be valid: " + e.getMessage() + " (nothing written)");
                    return ExitCode.ENVIRONMENT;
                } finally {
                    Files.deleteIfExists(tmp);
                }
                AtomicFiles.write(output.toAbsolutePath().getParent(), Map.of(output.getFileName().toString(), text.getBytes(StandardCharsets.UTF_8)));
            } catch (IOException e) {
                err.println("archkit prices update: cannot write " + output + ": " + e.getMessage());
                return ExitCode.ENVIRONMENT;
            }
            err.println("wrote " + output + ": " + region + " refreshed (" + r.refreshed().size() + " prices)"
                    + (r.notFound().isEmpty() ? "" : "; not in the Price List, kept: " + String.join(", ", r.notFound())));
            return ExitCode.OK;
        }
    }
}
