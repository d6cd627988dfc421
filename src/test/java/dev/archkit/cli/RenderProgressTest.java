package dev.archkit.cli;

import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;

import static org.assertj.core.api.Assertions.assertThat;

class RenderProgressTest {

    @Test
    void aShortRenderIsSilentALongOneNamesEachImage() {
        StringWriter quiet = new StringWriter();
        RenderProgress fast = new RenderProgress(new PrintWriter(quiet), 2);
        fast.drawing("a-dependencies.svg");
        fast.drawing("a-dependencies.png");
        assertThat(quiet.toString()).isEmpty();

        StringWriter said = new StringWriter();
        RenderProgress slow = new RenderProgress(new PrintWriter(said), 2, 0);   // as if two seconds had passed
        slow.drawing("a-dependencies.svg");
        slow.drawing("a-dependencies.png");
        assertThat(said.toString().lines().toList()).hasSize(2);
        assertThat(said.toString()).contains("archkit render: drawing a-dependencies.svg (1/2, ").contains("drawing a-dependencies.png (2/2, ");
    }
}
