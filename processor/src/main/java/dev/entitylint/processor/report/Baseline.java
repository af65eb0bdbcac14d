package dev.entitylint.processor.report;

import dev.entitylint.processor.config.UserFiles;
import dev.entitylint.processor.finding.Finding;
import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The committed list of findings a team accepts as they are today ({@code -Aentitylint.baseline}):
 * a finding it lists is not reported, every other one is. Entries are {@link FindingKey}s with a
 * count, so no line number ever invalidates one. With {@code -Aentitylint.baseline.write=true} the
 * compilation accepts every finding and rewrites the file from them.
 *
 * <p>Only the classes a compilation sees as sources can show that an entry is fixed: an entry for
 * a class compiled from its class file (an incremental build) stays as it is, neither reported as
 * fixed nor dropped when the file is rewritten, unless the class no longer exists at all.
 */
public final class Baseline {

    static final String FORMAT = "<rule-id> <type>[#<member>] ['<detail>'] [x<count>]";
    private static final Pattern COUNT = Pattern.compile("(.*) x([1-9][0-9]{0,8})");

    private final Path path;
    private final boolean write;
    /** The file's entries, or {@code null} when there is no usable file. */
    private final Map<FindingKey, Integer> entries;
    private final Map<FindingKey, Integer> remaining;
    private final List<String> problems = new ArrayList<>();
    private final Map<FindingKey, Integer> current = new TreeMap<>();
    private final Set<String> compiled = new HashSet<>();
    private int accepted;

    private Baseline(Path path, boolean write, Collection<String> ruleIds) {
        this.path = path;
        this.write = write;
        this.entries = read(ruleIds);
        this.remaining = entries == null ? Map.of() : new TreeMap<>(entries);
    }

    /**
     * The baseline at {@code file}. A missing, unreadable or malformed file is a {@link #problems()
     * problem} and accepts nothing, so every finding is still reported; a missing file is expected
     * when it is about to be written.
     */
    public static Baseline at(String file, boolean write, Collection<String> ruleIds) {
        return new Baseline(Path.of(file), write, ruleIds);
    }

    private Map<FindingKey, Integer> read(Collection<String> ruleIds) {
        List<String> lines;
        try {
            lines = Files.readAllLines(path, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            if (!write) {
                problems.add("baseline file '" + path + "' does not exist (resolved against "
                        + Path.of("").toAbsolutePath() + ") — write it once with -Aentitylint.baseline.write=true, "
                        + "or fix the path in -Aentitylint.baseline (in Maven: ${project.basedir}/<file>); "
                        + "until then every finding is reported");
            }
            return null;
        } catch (MalformedInputException e) {
            problems.add("baseline file '" + path + "' is not UTF-8 text — rewrite it with "
                    + "-Aentitylint.baseline.write=true; until then every finding is reported");
            return null;
        } catch (IOException e) {
            problems.add("cannot read baseline file '" + path + "' (" + UserFiles.describe(e) + ") — check the path and its "
                    + "permissions; until then every finding is reported");
            return null;
        }
        Map<FindingKey, Integer> read = new TreeMap<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int count = 1;
            String keyText = line;
            Matcher counted = COUNT.matcher(line);
            if (counted.matches()) {
                keyText = counted.group(1);
                count = Integer.parseInt(counted.group(2));
            }
            FindingKey key = FindingKey.parse(keyText).orElse(null);
            String where = "baseline file '" + path + "' line " + (i + 1) + ": ";
            if (key == null) {
                problems.add(where + "cannot read '" + abbreviate(line) + "' — each line is " + FORMAT
                        + " or a # comment; rewrite the file with -Aentitylint.baseline.write=true. "
                        + "The baseline is not applied: every finding is reported");
                return null;
            }
            if (!ruleIds.contains(key.ruleId())) {
                problems.add(where + "unknown rule id '" + key.ruleId() + "'"
                        + dev.entitylint.processor.config.Suggestions.didYouMean(key.ruleId(), ruleIds)
                        + " — correct it, or rewrite the file with -Aentitylint.baseline.write=true. "
                        + "The baseline is not applied: every finding is reported");
                return null;
            }
            read.merge(key, count, Integer::sum);
        }
        return read;
    }

    private static String abbreviate(String line) {
        return line.length() <= 80 ? line : line.substring(0, 77) + "...";
    }

    /** What was wrong with the file, each a complete sentence with its fix. */
    public List<String> problems() {
        return List.copyOf(problems);
    }

    public Path path() {
        return path;
    }

    public boolean writing() {
        return write;
    }

    /** Notes a class (or package) that this compilation compiles from source. */
    public void compiled(String qualifiedName) {
        compiled.add(qualifiedName);
    }

    /**
     * Takes a finding that would be reported: whether the baseline accepts it (it is then not
     * reported). When writing, every finding is accepted.
     */
    public boolean accept(Finding finding) {
        FindingKey key = FindingKey.of(finding);
        current.merge(key, 1, Integer::sum);
        Integer left = remaining.get(key);
        if (write || left != null && left > 0) {
            if (left != null && left > 0) {
                remaining.put(key, left - 1);
            }
            accepted++;
            return true;
        }
        return false;
    }

    /** How many findings the baseline accepted so far. */
    public int accepted() {
        return accepted;
    }

    /**
     * Entries that match no finding although their class was compiled, or whose class is gone,
     * each with the count left over.
     */
    public Map<FindingKey, Integer> fixed(Predicate<String> exists) {
        Map<FindingKey, Integer> fixed = new TreeMap<>();
        remaining.forEach((key, left) -> {
            if (left > 0 && (wasCompiled(key.type()) || !exists.test(key.type()))) {
                fixed.put(key, left);
            }
        });
        return fixed;
    }

    /** Whether the class, or a class it is nested in, was compiled from source. */
    private boolean wasCompiled(String type) {
        for (String name = type; ; name = name.substring(0, name.lastIndexOf('.'))) {
            if (compiled.contains(name)) {
                return true;
            }
            if (name.lastIndexOf('.') < 0) {
                return false;
            }
        }
    }

    /**
     * The file's new content: every finding of this compilation, and the entries of classes it did
     * not compile that still exist. Sorted by class, rule, member, detail; no date, so two runs over
     * the same code give the same bytes.
     */
    public String render(Predicate<String> exists) {
        Map<FindingKey, Integer> all = new TreeMap<>(current);
        if (entries != null) {
            entries.forEach((key, count) -> {
                if (!wasCompiled(key.type()) && exists.test(key.type())) {
                    all.merge(key, count, Integer::sum);
                }
            });
        }
        StringBuilder text = new StringBuilder();
        text.append("# entitylint baseline: findings accepted as they are today; every other finding is reported.\n");
        text.append("# One finding per line: ").append(FORMAT).append(". No line numbers: moving code keeps it valid.\n");
        text.append("# Fix a finding and delete its line, or rewrite this file with -Aentitylint.baseline.write=true.\n");
        for (Map.Entry<FindingKey, Integer> entry : all.entrySet()) {
            text.append(entry.getKey().text());
            if (entry.getValue() > 1) {
                text.append(" x").append(entry.getValue());
            }
            text.append('\n');
        }
        return text.toString();
    }

    /** Writes {@link #render} to the file, creating its directory. */
    public int write(Predicate<String> exists) throws IOException {
        String content = render(exists);
        UserFiles.write(path, content);
        return (int) content.lines().filter(l -> !l.startsWith("#")).count();
    }

    /** The lines of {@code fixed}, for the note that names them. */
    public static List<String> lines(Map<FindingKey, Integer> fixed) {
        List<String> lines = new ArrayList<>();
        new TreeSet<>(fixed.keySet()).forEach(key -> lines.add(key.text()
                + (fixed.get(key) > 1 ? " x" + fixed.get(key) : "")));
        return lines;
    }
}
