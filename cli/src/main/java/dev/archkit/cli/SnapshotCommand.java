package dev.archkit.cli;

import dev.archkit.live.drift.Inventory;
import dev.archkit.live.drift.LiveReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;

@Command(name = "snapshot",
        description = {
            "Capture what runs in an AWS account and region, read-only, into a JSON file for 'archkit drift --snapshot'.",
            "",
            "Reads ECS clusters, services and task definitions, VPCs, subnets, security groups and their rules, NAT gateways, load balancers, "
                    + "listeners, rules and target groups, Application Auto Scaling targets and policies, Cloud Map services, RDS instances, the IAM "
                    + "roles the task definitions use, and EKS clusters and node groups. Only describe, list and get calls are made "
                    + "('archkit drift --print-policy' prints the IAM policy they need).",
            "",
            "Region: --region, else the SDK's default chain (AWS_REGION, the profile's config); credentials: the SDK's default chain (environment, "
                    + "--profile or AWS_PROFILE with keys, assume-role, SSO or web identity, container and instance roles). Which source was used, and "
                    + "the read's progress, go to stderr (none with --quiet). What could not be read is recorded as such, never as empty.",
            "",
            "No secret is captured: container environment variables are kept by name only. Lists are sorted, so two snapshots of the same "
                    + "account compare line by line. What could not be read is listed in the file, with the reason.",
        },
        mixinStandardHelpOptions = true,
        footer = {"", "Examples:",
            "  archkit snapshot --region ap-northeast-2 -o live.json",
            "  AWS_PROFILE=audit archkit snapshot --region eu-west-1 -o prod-live.json",
            "", "Exit codes: 0 captured in full, 3 AWS could not be read (no credentials or region) or parts of it could not (the file is written and says which)."})
final class SnapshotCommand extends ArchkitCommand {

    @Option(names = "--region", paramLabel = "REGION", description = "the AWS region (default: AWS_REGION or the profile's region)")
    String region;

    @Option(names = "--profile", paramLabel = "NAME", description = "the AWS profile to use (default: the standard credential chain)")
    String profile;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", required = true, description = "the snapshot file to write")
    Path output;

    @Option(names = "--concurrency", paramLabel = "N", description = "parallel calls per AWS service (default 4)")
    int concurrency = 4;

    @Option(names = {"-q", "--quiet"}, description = "no progress and no credential notes on stderr")
    boolean quiet;

    @Override
    public ExitCode call() {
        var err = console.err();
        Inventory inv;
        try {
            inv = new LiveReader(LiveReader.Options.of(region, profile).withConcurrency(Math.max(1, concurrency)).withProgress(ReadProgressLine.of(err, quiet))
                    .withNotes(n -> { if (!quiet) err.println("archkit snapshot: " + n); })).read();
        } catch (LiveReader.CannotRead e) {
            err.println("archkit snapshot: " + e.getMessage());
            return ExitCode.ENVIRONMENT;
        }
        try {
            Path dir = output.toAbsolutePath().getParent();
            AtomicFiles.write(dir, Map.of(output.getFileName().toString(), inv.toJson().getBytes(StandardCharsets.UTF_8)));
        } catch (IOException e) {
            err.println("archkit snapshot: cannot write " + output + ": " + e.getMessage());
            return ExitCode.ENVIRONMENT;
        }
        err.println("wrote " + output + ": " + inv.clusters().size() + " ECS clusters, " + inv.services().size() + " services, " + inv.securityGroups().size()
                + " security groups, " + inv.loadBalancers().size() + " load balancers, " + inv.databases().size() + " databases"
                + (inv.unreadable().isEmpty() ? "" : "; " + inv.unreadable().size() + " calls could not be made (listed in the file)"));
        return inv.unreadable().isEmpty() ? ExitCode.OK : ExitCode.ENVIRONMENT;
    }
}
