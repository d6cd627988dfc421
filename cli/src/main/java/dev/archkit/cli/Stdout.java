package dev.archkit.cli;

import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.Charset;

/**
 * Standard output that remembers why a write failed. A reader that stops reading and closes the
 * pipe ({@code archkit rules | head}) is what the user asked for, as {@code git log | head} is:
 * archkit then says nothing of it and exits with the command's own code. Any other failure (a
 * full disk) leaves the output incomplete without the user asking, and is reported ({@link Main#run}).
 */
final class Stdout extends FilterOutputStream {
    private static volatile Stdout installed;
    private volatile IOException failure;

    private Stdout(OutputStream out) {
        super(out);
    }

    /**
     * Makes {@code System.out} write through a {@link Stdout}, in the charset Java 17 gives it
     * (the console's, or else the default), so the text written is the same bytes as before.
     */
    static void install() {
        String enc = System.getProperty("sun.stdout.encoding");
        Charset cs = enc != null && Charset.isSupported(enc) ? Charset.forName(enc) : Charset.defaultCharset();
        Stdout s = new Stdout(new FileOutputStream(FileDescriptor.out));
        installed = s;
        System.setOut(new PrintStream(new BufferedOutputStream(s, 1 << 13), false, cs));
    }

    /** Whether writing stopped because the reading end of a pipe was closed (EPIPE). */
    static boolean readerClosed() {
        Stdout s = installed;
        IOException e = s == null ? null : s.failure;
        return e != null && e.getMessage() != null && e.getMessage().contains("Broken pipe");
    }

    @Override
    public void write(int b) throws IOException {
        try {
            out.write(b);
        } catch (IOException e) {
            failure = e;
            throw e;
        }
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        try {
            out.write(b, off, len);
        } catch (IOException e) {
            failure = e;
            throw e;
        }
    }

    @Override
    public void flush() throws IOException {
        try {
            out.flush();
        } catch (IOException e) {
            failure = e;
            throw e;
        }
    }
}
