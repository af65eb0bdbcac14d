package dev.entitylint.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The processor's packages depend on each other in one direction only, so no two of them form a
 * cycle: the model and the configuration at the bottom, then what reads them (the findings rules
 * hand on, the repository plan, the migrations read), then the rules and the generator, then the
 * reports, and the processor's entry point on top. A new dependency between packages must run the
 * way {@link #MAY_USE} allows; a new package must be given its place there.
 *
 * <p>Read from the sources: every {@code dev.entitylint.processor.<package>.} named in code
 * (imports, static imports, qualified names), comments and string literals left out.
 */
class PackageDependenciesTest {

    private static final Path SOURCES = Path.of("src/main/java/dev/entitylint/processor");

    /** The classes directly in {@code dev.entitylint.processor}: the entry point. */
    private static final String ROOT = "(root)";

    /** Which package may use which, ground floor first. Nothing may use {@link #ROOT}. */
    private static final Map<String, Set<String>> MAY_USE = new LinkedHashMap<>();

    static {
        // The schema model: records and the builder that reads javac's elements; it reads nothing of ours.
        MAY_USE.put("model", Set.of());
        // Options, severities, the conventions file (which is read from and written for entities).
        MAY_USE.put("config", Set.of("model"));
        // The schema-evolution facts read from the project's migrations.
        MAY_USE.put("evolve", Set.of("model", "config"));
        // What rules and the generator hand on: findings and the mechanical fixes they carry.
        MAY_USE.put("finding", Set.of("model"));
        // The repository an entity gets, or why not: read by the repository rule and the generator.
        MAY_USE.put("plan", Set.of("model", "config"));
        // The checks: they read the model, never the generator, the reports or another rule.
        MAY_USE.put("rules", Set.of("model", "config", "evolve", "finding", "plan"));
        // The repository generator: it writes plans, and never calls a rule.
        MAY_USE.put("generate", Set.of("model", "config", "finding", "plan"));
        // Reporter, baseline, SARIF, fix patch, schema reports: they read the rules' metadata (id, severity).
        MAY_USE.put("report", Set.of("model", "config", "evolve", "finding", "rules"));
        // The entry point wires everything.
        MAY_USE.put(ROOT, Set.of("model", "config", "evolve", "finding", "plan", "rules", "generate", "report"));
    }

    /** {@code dev.entitylint.processor.<package>.<Type or *>}, or a type of the entry point's package. */
    private static final Pattern REFERENCE = Pattern.compile(
            "\\bdev\\.entitylint\\.processor\\.([A-Za-z_$][\\w$]*)(?:\\.([\\w$*]+))?");

    @Test
    void everyDependencyBetweenPackagesRunsTheAllowedWay() throws IOException {
        Map<String, Map<String, Set<String>>> uses = uses();
        List<String> wrong = new ArrayList<>();
        uses.forEach((file, targets) -> targets.forEach((target, names) -> {
            String from = packageOf(file);
            if (!MAY_USE.getOrDefault(from, Set.of()).contains(target)) {
                wrong.add(file + " (" + from + ") uses " + target + ": " + names);
            }
        }));
        if (!wrong.isEmpty()) {
            fail("dependencies against the direction of the packages (see MAY_USE):\n  " + String.join("\n  ", wrong));
        }
    }

    @Test
    void theAllowedDirectionsHaveNoCycle() {
        // Each package may use only packages placed before it: an order exists, so no cycle does.
        List<String> placed = new ArrayList<>();
        for (Map.Entry<String, Set<String>> entry : MAY_USE.entrySet()) {
            for (String used : entry.getValue()) {
                assertTrue(placed.contains(used), entry.getKey() + " may use " + used + ", which is not below it");
            }
            placed.add(entry.getKey());
        }
    }

    @Test
    void everyPackageHasItsPlace() throws IOException {
        Set<String> packages = new TreeSet<>();
        for (String file : uses().keySet()) {
            packages.add(packageOf(file));
        }
        assertEquals(new TreeSet<>(MAY_USE.keySet()), packages,
                "give a new package its place in MAY_USE (and drop one that is gone)");
    }

    /**
     * A rule class names no other rule class: what two rules share lives in a helper of rules/
     * ({@code RuleSupport}, {@code ProposedNames}, {@code AuditTimes}) or in the model.
     */
    @Test
    void noRuleUsesAnotherRule() throws IOException {
        Path rules = SOURCES.resolve("rules");
        Set<String> ruleClasses = new TreeSet<>();
        try (Stream<Path> files = Files.list(rules)) {
            files.map(f -> f.getFileName().toString().replace(".java", ""))
                    .filter(name -> name.endsWith("Rule") && !name.equals("Rule"))
                    .forEach(ruleClasses::add);
        }
        assertTrue(ruleClasses.size() > 20, ruleClasses.toString());
        List<String> wrong = new ArrayList<>();
        for (String rule : ruleClasses) {
            Matcher names = Pattern.compile("\\b[A-Z]\\w*Rule\\b")
                    .matcher(code(Files.readString(rules.resolve(rule + ".java"), StandardCharsets.UTF_8)));
            while (names.find()) {
                if (!names.group().equals(rule) && ruleClasses.contains(names.group())) {
                    wrong.add(rule + " uses " + names.group());
                }
            }
        }
        if (!wrong.isEmpty()) {
            fail("rules that use other rules (move what they share into a helper or the model):\n  "
                    + String.join("\n  ", new TreeSet<>(wrong)));
        }
    }

    @Test
    void theReaderSeesDependencies() throws IOException {
        // So the tests above cannot pass by reading nothing.
        Map<String, Map<String, Set<String>>> uses = uses();
        assertTrue(uses.size() > 50, "sources read: " + uses.size());
        assertTrue(uses.get("rules/RuleRunner.java").get("model").contains("model.SchemaModel"),
                uses.get("rules/RuleRunner.java").toString());
        assertEquals(Map.of("model", Set.of("model.SourceRef"), "x", Set.of("x.Y")),
                references("""
                        import dev.entitylint.processor.model.SourceRef; // dev.entitylint.processor.rules.Rule
                        /* dev.entitylint.processor.report.Reporter */
                        class A { String s = "dev.entitylint.processor.generate.Repositories"; dev.entitylint.processor.x.Y y; }
                        """));
    }

    /** Source file (relative to the processor package) → package used → the names used from it. */
    private static Map<String, Map<String, Set<String>>> uses() throws IOException {
        Map<String, Map<String, Set<String>>> uses = new TreeMap<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String name = SOURCES.relativize(file).toString().replace('\\', '/');
                Map<String, Set<String>> targets = references(Files.readString(file, StandardCharsets.UTF_8));
                targets.remove(packageOf(name));
                uses.put(name, targets);
            }
        }
        return uses;
    }

    private static String packageOf(String file) {
        int slash = file.indexOf('/');
        return slash < 0 ? ROOT : file.substring(0, slash);
    }

    /** The processor packages a source names in code, each with the names it uses from it. */
    private static Map<String, Set<String>> references(String source) {
        Map<String, Set<String>> targets = new TreeMap<>();
        Matcher matcher = REFERENCE.matcher(code(source));
        while (matcher.find()) {
            String first = matcher.group(1);
            boolean root = Character.isUpperCase(first.charAt(0));
            String name = root || matcher.group(2) == null ? first : first + "." + matcher.group(2);
            targets.computeIfAbsent(root ? ROOT : first, t -> new TreeSet<>()).add(name);
        }
        return targets;
    }

    /** The source without comments, string literals, character literals and text blocks. */
    private static String code(String source) {
        StringBuilder code = new StringBuilder(source.length());
        int i = 0;
        int n = source.length();
        while (i < n) {
            char c = source.charAt(i);
            if (source.startsWith("//", i)) {
                i = source.indexOf('\n', i);
                i = i < 0 ? n : i;
            } else if (source.startsWith("/*", i)) {
                int end = source.indexOf("*/", i + 2);
                i = end < 0 ? n : end + 2;
                code.append(' ');
            } else if (source.startsWith("\"\"\"", i)) {
                int end = source.indexOf("\"\"\"", i + 3);
                while (end > 0 && escaped(source, end)) {
                    end = source.indexOf("\"\"\"", end + 1);
                }
                i = end < 0 ? n : end + 3;
                code.append("\"\"");
            } else if (c == '"' || c == '\'') {
                int j = i + 1;
                while (j < n && source.charAt(j) != c && source.charAt(j) != '\n') {
                    j += source.charAt(j) == '\\' ? 2 : 1;
                }
                i = j + 1;
                code.append(c).append(c);
            } else {
                code.append(c);
                i++;
            }
        }
        return code.toString();
    }

    private static boolean escaped(String source, int at) {
        int backslashes = 0;
        for (int k = at - 1; k >= 0 && source.charAt(k) == '\\'; k--) {
            backslashes++;
        }
        return backslashes % 2 == 1;
    }
}
