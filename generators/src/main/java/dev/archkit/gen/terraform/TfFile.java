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
    ALARMS("alarms.tf", false),
    CODEDEPLOY("codedeploy.tf", false),
    DATA("data.tf", false),
    MESSAGING("messaging.tf", false),
    S3("s3.tf", false),
    EKS("eks.tf", false),
    OUTPUTS("outputs.tf", false),
    /** The inputs to set, to copy to terraform.tfvars: not read by Terraform under this name. */
    TFVARS_EXAMPLE("terraform.tfvars.example", true),
    /** A state backend to copy to backend.tf: not read by Terraform under this name. */
    BACKEND_EXAMPLE("backend.tf.example", true);

    private final String fileName;
    private final boolean alwaysWritten;

    TfFile(String fileName, boolean alwaysWritten) {
        this.fileName = fileName;
        this.alwaysWritten = alwaysWritten;
    }

    String fileName() { return fileName; }

    /** Written even when nothing in the architecture goes into it (the provider and the region). */
    boolean alwaysWritten() { return alwaysWritten; }

    /** An example to copy and fill in, rather than a file Terraform reads. */
    boolean example() { return fileName.endsWith(".example"); }
}
