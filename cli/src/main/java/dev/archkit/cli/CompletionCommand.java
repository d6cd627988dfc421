package dev.archkit.cli;

import picocli.AutoComplete;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "completion",
        description = {
            "Print a shell completion script for archkit: its commands, their options and the values of options such as --format.",
            "",
            "picocli generates the script from archkit's own command definitions; it is a bash script that zsh loads through bashcompinit.",
        },
        mixinStandardHelpOptions = true,
        footer = {"", "Examples:",
            "  source <(archkit completion bash)                      # this shell only",
            "  archkit completion bash > ~/.local/share/bash-completion/completions/archkit",
            "  archkit completion zsh > \"${fpath[1]}/_archkit\"        # zsh, with compinit"})
final class CompletionCommand extends ArchkitCommand {

    enum Shell { bash, zsh }

    @Parameters(paramLabel = "SHELL", description = "bash or zsh")
    Shell shell;

    @Override
    ExitCode call() {
        String script = AutoComplete.bash("archkit", Main.commandLine(new String[0]));
        if (shell == Shell.zsh) {
            // the script supports zsh through bash's completion API; a file in $fpath is loaded by compinit
            script = "#compdef archkit\nautoload -U +X compinit && compinit\nautoload -U +X bashcompinit && bashcompinit\n" + script;
        }
        console.out().print(script);
        return ExitCode.OK;
    }
}
