package dev.archkit.cli;

import dev.archkit.lsp.LanguageServerMain;
import picocli.CommandLine.Command;

import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;

@Command(name = "lsp",
        description = {
            "Run the archkit language server (Language Server Protocol over stdin and stdout).",
            "",
            "Editors start it; it checks .arch files as they are typed with the same parser, facts and rules as 'archkit check', and serves outline, go-to-definition, references, rename, hover, completion, formatting and quick fixes. See docs/editor.md.",
        },
        mixinStandardHelpOptions = true,
        footer = {"", "Examples:", "  archkit lsp      (started by the editor; see docs/editor.md)"})
final class LspCommand extends ArchkitCommand {

    @Override
    public ExitCode call() {
        // stdout is the protocol's channel: anything else printed goes to stderr, which editors log
        OutputStream protocol = new FileOutputStream(FileDescriptor.out);
        System.setOut(new PrintStream(new FileOutputStream(FileDescriptor.err), true));
        try {
            LanguageServerMain.run(new FileInputStream(FileDescriptor.in), protocol);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return ExitCode.OK;
    }
}
