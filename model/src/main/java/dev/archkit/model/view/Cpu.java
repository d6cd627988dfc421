package dev.archkit.model.view;

/** CPU words shared by several kinds. */
public final class Cpu {
    private Cpu() { }

    public enum Arch implements Word {
        X86_64("x86_64"), ARM64("arm64");
        private final String id;
        Arch(String id) { this.id = id; }
        public String id() { return id; }
    }
}
