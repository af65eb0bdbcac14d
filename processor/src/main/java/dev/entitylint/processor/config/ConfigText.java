package dev.entitylint.processor.config;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * The config file's text as a Java properties file, one entry per logical line with the number of
 * the line it starts on, so that each problem can name its line and a malformed line costs only
 * itself. Each logical line is parsed by {@link Properties} itself: keys, values, separators,
 * escapes and continuation lines mean what they mean to every other properties reader.
 */
final class ConfigText {

    /**
     * One entry of the file: a key and its value, or the reason its line could not be read; {@code text}
     * is the line as written (continuation lines included).
     */
    record Line(int number, String text, String key, String value, String malformed) {

        /**
         * Whether a backslash written on the line was taken as an escape and is not in the value: a
         * Windows path written with single backslashes, {@code C:\work\b.txt}, reads {@code C:workb.txt}.
         * A doubled backslash, a unicode escape and a line continuation are written on purpose.
         */
        boolean lostBackslash() {
            return LOST_BACKSLASH.matcher(text).find();
        }
    }

    private static final java.util.regex.Pattern LOST_BACKSLASH =
            java.util.regex.Pattern.compile("(?<!\\\\)(?:\\\\\\\\)*\\\\[^\\\\u\\n]");

    private ConfigText() {
    }

    /**
     * The file's bytes as text: UTF-8 (a byte-order mark is dropped), UTF-16 when it starts with
     * that byte-order mark (Windows PowerShell writes it), else ISO-8859-1 as
     * {@code PropertyResourceBundle} reads a file that is not UTF-8.
     */
    static String decode(byte[] bytes) {
        if (bytes.length >= 2 && ((bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF)
                || (bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE))) {
            return new String(bytes, StandardCharsets.UTF_16);
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            return new String(bytes, StandardCharsets.ISO_8859_1);
        }
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    /** The entries of {@code text}, in file order; blank and comment lines have none. */
    static List<Line> lines(String text) {
        String[] physical = text.split("\r\n|\r|\n", -1);
        List<Line> lines = new ArrayList<>();
        int next = 0;
        while (next < physical.length) {
            int first = next;
            String line = physical[next++];
            String start = stripLeading(line);
            if (start.isEmpty() || start.charAt(0) == '#' || start.charAt(0) == '!') {
                continue;
            }
            StringBuilder logical = new StringBuilder(line);
            String last = line;
            while (continues(last) && next < physical.length) {
                last = physical[next++];
                logical.append('\n').append(last);
            }
            Properties one = new Properties();
            try {
                one.load(new StringReader(logical.toString()));
            } catch (IllegalArgumentException e) {
                lines.add(new Line(first + 1, logical.toString(), null, null, e.getMessage()));
                continue;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            for (String key : one.stringPropertyNames()) {
                lines.add(new Line(first + 1, logical.toString(), key, one.getProperty(key), null));
            }
        }
        return lines;
    }

    /** Leading white space as a properties file knows it: space, tab, form feed. */
    private static String stripLeading(String line) {
        int i = 0;
        while (i < line.length() && (line.charAt(i) == ' ' || line.charAt(i) == '\t' || line.charAt(i) == '\f')) {
            i++;
        }
        return line.substring(i);
    }

    /** A line ending in an odd number of backslashes goes on on the next line. */
    private static boolean continues(String line) {
        int backslashes = 0;
        for (int i = line.length() - 1; i >= 0 && line.charAt(i) == '\\'; i--) {
            backslashes++;
        }
        return backslashes % 2 == 1;
    }
}
