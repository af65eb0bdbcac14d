package dev.entitylint.processor.report;

import dev.entitylint.processor.config.UserFiles;
import dev.entitylint.processor.finding.Finding;
import dev.entitylint.processor.finding.SourceFix;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * {@code -Aentitylint.fix=<file>}: a unified diff, which {@code git apply} accepts, with the fix of
 * every finding whose fix is mechanical ({@link Finding#mechanical()}); the header says how many
 * findings were left for a human. Fixes are placed in the round that reports them, while javac's
 * trees are at hand; the file is written after the last round. Paths are relative to the root of
 * the git work tree holding the sources (else to the working directory), so the patch applies from
 * anywhere in the repository.
 */
final class FixPatch {

    private static final int CONTEXT = 3;

    private final Path file;
    private final SourceEdits engine;
    /** Edits by file, accumulated over the rounds. */
    private final Map<URI, SourceEdits.FileEdits> files = new TreeMap<>();
    private final Set<String> fixedRules = new TreeSet<>();
    private int fixed;
    private int leftOut;
    private int consumed;

    FixPatch(Path file, SourceEdits engine) {
        this.file = file;
        this.engine = engine;
    }

    /** Takes the findings logged since the last call, and places their fixes. */
    void collect(List<Reporter.Reported> reported) {
        List<SourceFix> fixes = new ArrayList<>();
        List<String> rules = new ArrayList<>();
        for (int i = consumed; i < reported.size(); i++) {
            Finding finding = reported.get(i).finding();
            if (finding.ruleId().equals(Finding.INTERNAL)) {
                continue;
            }
            if (finding.mechanical() == null) {
                leftOut++;
            } else {
                fixes.add(finding.mechanical());
                rules.add(finding.ruleId());
            }
        }
        consumed = reported.size();
        if (fixes.isEmpty()) {
            return;
        }
        List<SourceFix> unplaced = new ArrayList<>();
        Map<URI, SourceEdits.FileEdits> placed = engine.resolve(fixes, unplaced);
        for (int i = 0; i < fixes.size(); i++) {
            if (!unplaced.contains(fixes.get(i))) {
                fixedRules.add(rules.get(i));
            }
        }
        fixed += fixes.size() - unplaced.size();
        leftOut += unplaced.size();
        placed.forEach((uri, edits) -> files.merge(uri, edits, (earlier, later) -> {
            List<SourceEdits.TextEdit> all = new ArrayList<>(earlier.edits());
            later.edits().stream().filter(e -> !all.contains(e)).forEach(all::add);
            all.sort(java.util.Comparator.comparingInt(SourceEdits.TextEdit::start));
            return new SourceEdits.FileEdits(uri, earlier.text(), all);
        }));
    }

    int fixed() {
        return fixed;
    }

    int leftOut() {
        return leftOut;
    }

    Path file() {
        return file;
    }

    /** The patch: a commented header, then one {@code diff --git} section per file, sorted by path. */
    String render() {
        Map<String, SourceEdits.FileEdits> byPath = new TreeMap<>();
        files.values().forEach(edits -> byPath.put(relativePath(edits.uri()), edits));
        StringBuilder patch = new StringBuilder();
        patch.append("# entitylint fix patch: ").append(fixed).append(fixed == 1 ? " fix" : " fixes")
                .append(" in ").append(byPath.size()).append(byPath.size() == 1 ? " file" : " files").append("; ")
                .append(leftOut).append(leftOut == 1 ? " finding needs" : " findings need")
                .append(" a human decision and ").append(leftOut == 1 ? "is" : "are").append(" left out.\n");
        if (fixed == 0) {
            // git apply refuses a patch without a diff: say so rather than leave the user to find out.
            patch.append("# Nothing to apply: no finding of this compilation has a mechanical fix.\n");
            return patch.toString();
        }
        patch.append("# Review it, then apply it from the repository: git apply ").append(file.getFileName()).append('\n');
        if (fixedRules.contains("enum-string")) {
            patch.append("# enum-string: rows already stored hold ordinals (0, 1, ...); convert them to the constants'\n")
                    .append("# names in the same release (UPDATE ... SET col = CASE col WHEN 0 THEN 'FIRST' ... END),\n")
                    .append("# and widen the column to a VARCHAR, before the new code reads them.\n");
        }
        if (fixedRules.contains("eager-fetch")) {
            patch.append("# eager-fetch: code that reads these associations after its transaction ends now needs a\n")
                    .append("# fetch join or an entity graph (LazyInitializationException otherwise).\n");
        }
        byPath.forEach((path, edits) -> patch.append(diff(path, edits.text(), edits.edits())));
        return patch.toString();
    }

    void write() throws IOException {
        UserFiles.write(file, render());
    }

    /** The path {@code git apply} expects: relative to the work tree's root, else to the working directory. */
    static String relativePath(URI uri) {
        if (!"file".equals(uri.getScheme())) {
            String path = uri.getPath() == null ? uri.toString() : uri.getPath();
            return path.replaceFirst("^/+", "");
        }
        Path source = Path.of(uri).toAbsolutePath().normalize();
        Path base = Path.of("").toAbsolutePath().normalize();
        for (Path dir = source.getParent(); dir != null; dir = dir.getParent()) {
            if (Files.exists(dir.resolve(".git"))) {
                base = dir;
                break;
            }
        }
        Path relative = source.startsWith(base) ? base.relativize(source) : source;
        return relative.toString().replace('\\', '/');
    }

    /** One file's unified diff with {@value #CONTEXT} lines of context. */
    static String diff(String path, String text, List<SourceEdits.TextEdit> edits) {
        List<String> lines = lines(text);
        int[] starts = new int[lines.size() + 1];
        for (int i = 0; i < lines.size(); i++) {
            starts[i + 1] = starts[i] + lines.get(i).length();
        }
        // Edits grouped by the lines they touch; groups closer than two contexts share a hunk.
        List<List<SourceEdits.TextEdit>> groups = new ArrayList<>();
        List<int[]> spans = new ArrayList<>();
        for (SourceEdits.TextEdit edit : edits) {
            int first = lineOf(starts, edit.start());
            int last = Math.max(first, lineOf(starts, Math.max(edit.start(), edit.end() - 1)));
            if (!spans.isEmpty() && first <= spans.get(spans.size() - 1)[1] + 2 * CONTEXT) {
                int[] span = spans.get(spans.size() - 1);
                span[1] = Math.max(span[1], last);
                groups.get(groups.size() - 1).add(edit);
            } else {
                spans.add(new int[] {first, last});
                groups.add(new ArrayList<>(List.of(edit)));
            }
        }
        StringBuilder out = new StringBuilder();
        out.append("diff --git a/").append(path).append(" b/").append(path).append('\n');
        out.append("--- a/").append(path).append('\n');
        out.append("+++ b/").append(path).append('\n');
        int delta = 0;
        for (int g = 0; g < groups.size(); g++) {
            int first = spans.get(g)[0];
            int last = Math.min(spans.get(g)[1], lines.size() - 1);
            int from = starts[first];
            int to = starts[last + 1];
            StringBuilder changed = new StringBuilder();
            int at = from;
            for (SourceEdits.TextEdit edit : groups.get(g)) {
                changed.append(text, at, edit.start()).append(edit.text());
                at = edit.end();
            }
            changed.append(text, at, to);
            List<String> before = new ArrayList<>(lines.subList(first, last + 1));
            List<String> after = lines(changed.toString());
            // Lines the edits left as they were are context, not changes.
            while (!before.isEmpty() && !after.isEmpty() && before.get(0).equals(after.get(0))) {
                before.remove(0);
                after.remove(0);
                first++;
            }
            while (!before.isEmpty() && !after.isEmpty()
                    && before.get(before.size() - 1).equals(after.get(after.size() - 1))) {
                before.remove(before.size() - 1);
                after.remove(after.size() - 1);
            }
            if (before.isEmpty() && after.isEmpty()) {
                continue;
            }
            int contextFrom = Math.max(0, first - CONTEXT);
            int contextTo = Math.min(lines.size(), first + before.size() + CONTEXT);
            List<String> leading = lines.subList(contextFrom, first);
            List<String> trailing = lines.subList(first + before.size(), contextTo);
            int oldCount = leading.size() + before.size() + trailing.size();
            int newCount = leading.size() + after.size() + trailing.size();
            out.append("@@ -").append(range(contextFrom + 1, oldCount)).append(" +")
                    .append(range(contextFrom + 1 + delta, newCount)).append(" @@\n");
            leading.forEach(line -> appendLine(out, ' ', line));
            appendChanges(out, before, after);
            trailing.forEach(line -> appendLine(out, ' ', line));
            delta += after.size() - before.size();
        }
        return out.toString();
    }

    /** The changed lines as a line diff: lines both sides share (their longest common subsequence) stay context. */
    private static void appendChanges(StringBuilder out, List<String> before, List<String> after) {
        int[][] common = new int[before.size() + 1][after.size() + 1];
        for (int i = before.size() - 1; i >= 0; i--) {
            for (int j = after.size() - 1; j >= 0; j--) {
                common[i][j] = before.get(i).equals(after.get(j)) ? common[i + 1][j + 1] + 1
                        : Math.max(common[i + 1][j], common[i][j + 1]);
            }
        }
        int i = 0;
        int j = 0;
        List<String> removed = new ArrayList<>();
        List<String> added = new ArrayList<>();
        while (i < before.size() || j < after.size()) {
            if (i < before.size() && j < after.size() && before.get(i).equals(after.get(j))) {
                // Removals of a run come before its additions, as diff tools print them.
                removed.forEach(line -> appendLine(out, '-', line));
                added.forEach(line -> appendLine(out, '+', line));
                removed.clear();
                added.clear();
                appendLine(out, ' ', before.get(i++));
                j++;
            } else if (j < after.size() && (i == before.size() || common[i][j + 1] >= common[i + 1][j])) {
                added.add(after.get(j++));
            } else {
                removed.add(before.get(i++));
            }
        }
        removed.forEach(line -> appendLine(out, '-', line));
        added.forEach(line -> appendLine(out, '+', line));
    }

    private static String range(int start, int count) {
        return count == 1 ? String.valueOf(start) : (count == 0 ? start - 1 : start) + "," + count;
    }

    private static void appendLine(StringBuilder out, char prefix, String line) {
        out.append(prefix).append(line);
        if (!line.endsWith("\n")) {
            out.append("\n\\ No newline at end of file\n");
        }
    }

    private static int lineOf(int[] starts, int offset) {
        int low = 0;
        int high = starts.length - 2;
        while (low < high) {
            int middle = (low + high + 1) >>> 1;
            if (starts[middle] <= offset) {
                low = middle;
            } else {
                high = middle - 1;
            }
        }
        return Math.max(0, low);
    }

    /** The text's lines, each with its line terminator. */
    static List<String> lines(String text) {
        List<String> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                lines.add(text.substring(start, i + 1));
                start = i + 1;
            }
        }
        if (start < text.length()) {
            lines.add(text.substring(start));
        }
        return lines;
    }
}
