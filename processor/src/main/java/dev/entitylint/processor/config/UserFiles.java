package dev.entitylint.processor.config;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Files entitylint reads from or writes into the user's tree, not through the {@code Filer}: the
 * baseline, the fix patch, the conventions file, the config file and the migrations. One way to
 * write them and one way to say what went wrong.
 */
public final class UserFiles {

    private UserFiles() {
    }

    /** Writes {@code text} as UTF-8, creating the file's directory first. */
    public static void write(Path file, String text) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    /** A failure as a message shows it: {@code NoSuchFileException: /no/such/dir}. */
    public static String describe(Exception failure) {
        String message = failure.getMessage();
        return failure.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    }
}
