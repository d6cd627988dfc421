package dev.archkit.model.view;

import dev.archkit.model.Element;

import java.util.Optional;

/** Object storage: an S3 bucket, or MinIO served by a service. */
public record Bucket(Element element) implements View {

    public Bucket {
        Network.requireKind(Kind.BUCKET, element);
    }

    public enum Type implements Word {
        S3("s3"), MINIO("minio");
        private final String id;
        Type(String id) { this.id = id; }
        public String id() { return id; }
    }

    /** S3 when not written. */
    public Type type() {
        Type t = Fields.word(element, "type", Type.class);
        return t == null ? Type.S3 : t;
    }

    /** The service that serves a MinIO bucket. */
    public Optional<String> servedBy() { return Fields.ref(element, "served-by"); }

    public boolean versioning() { return element.flag("versioning"); }

    public boolean encrypted() { return element.flag("encrypted"); }

    public boolean isPublic() { return element.flag("public"); }
}
