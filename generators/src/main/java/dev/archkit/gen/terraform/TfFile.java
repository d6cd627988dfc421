package dev.archkit.gen.terraform;

/** The files of a generated root module, in the order they are listed. */
enum TfFile {
    VERSIONS("versions.tf", true),
    VARIABLES("variables.tf", true),
    NETWORK("network.tf", false),
    SECURITY("security.tf", false),
    IAM("iam.tf", false),
    ECS("ecs.tf", false),
    ALB("alb.tf", false),
    AUTOSCALING("autoscaling.tf", false),
    DATA("data.tf", false),
    EKS("eks.tf", false),
    OUTPUTS("outputs.tf", false);

    private final String fileName;
    private final boolean alwaysWritten;

    TfFile(String fileName, boolean alwaysWritten) {
        this.fileName = fileName;
        this.alwaysWritten = alwaysWritten;
    }

    String fileName() { return fileName; }

    /** Written even when nothing in the architecture goes into it (the provider and the region). */
    boolean alwaysWritten() { return alwaysWritten; }
}
