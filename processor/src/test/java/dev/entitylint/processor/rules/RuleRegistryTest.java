package dev.entitylint.processor.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entitylint.processor.config.Options;
import dev.entitylint.processor.config.Severity;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The catalogue holds together: every registered rule has its metadata, its test class
 * ({@code processor/src/test/java/.../rules/<ClassName>Test.java}) and its page
 * ({@code docs/rules/<id>.md}); every page and every rule test belongs to a registered rule.
 */
class RuleRegistryTest {

    private static final RuleRegistry REGISTRY = RuleRegistry.standard();
    private static final String PACKAGE = RuleRegistryTest.class.getPackageName().replace('.', '/');

    /** The processor module: the working directory under Maven, or a directory above it. */
    private static Path module() {
        Path directory = Path.of("").toAbsolutePath();
        for (Path candidate = directory; candidate != null; candidate = candidate.getParent()) {
            if (Files.isDirectory(candidate.resolve("src/test/java").resolve(PACKAGE))) {
                return candidate;
            }
            if (Files.isDirectory(candidate.resolve("processor/src/test/java").resolve(PACKAGE))) {
                return candidate.resolve("processor");
            }
        }
        throw new IllegalStateException("no processor module at or above " + directory);
    }

    private static Path ruleTests() {
        return module().resolve("src/test/java").resolve(PACKAGE);
    }

    private static Path rulePages() {
        return module().getParent().resolve("docs/rules");
    }

    private static Set<String> names(Path directory, String suffix) {
        try (Stream<Path> files = Files.list(directory)) {
            return files.map(file -> file.getFileName().toString())
                    .filter(name -> name.endsWith(suffix))
                    .map(name -> name.substring(0, name.length() - suffix.length()))
                    .collect(java.util.stream.Collectors.toCollection(TreeSet::new));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What the catalogue lacks, or holds without a rule: one line each. */
    static List<String> catalogueProblems(RuleRegistry registry, Set<String> testClasses, Set<String> pages) {
        List<String> problems = new ArrayList<>();
        Set<String> ruleClasses = new TreeSet<>();
        for (Class<? extends Rule> type : registry.classes()) {
            String id = RuleDescriptor.of(type).id();
            ruleClasses.add(type.getSimpleName());
            if (!testClasses.contains(type.getSimpleName() + "Test")) {
                problems.add(id + ": no test class " + type.getSimpleName() + "Test.java in src/test/java/" + PACKAGE);
            }
            if (!pages.contains(id)) {
                problems.add(id + ": no page docs/rules/" + id + ".md");
            }
        }
        for (String page : pages) {
            if (!registry.ids().contains(page)) {
                problems.add("docs/rules/" + page + ".md: no registered rule has the id '" + page + "'");
            }
        }
        for (String test : testClasses) {
            String tested = test.substring(0, test.length() - "Test".length());
            if (tested.endsWith("Rule") && !ruleClasses.contains(tested)) {
                problems.add(test + ".java: no registered rule class " + tested);
            }
        }
        return problems;
    }

    @Test
    void everyRuleHasItsTestClassAndItsPageAndEveryPageItsRule() {
        List<String> problems = catalogueProblems(REGISTRY, names(ruleTests(), ".java"), names(rulePages(), ".md"));
        assertTrue(problems.isEmpty(), () -> "the rule catalogue is incomplete:\n  " + String.join("\n  ", problems));
    }

    /** The check itself names what is missing, and what is left over. */
    @Test
    void aMissingTestClassOrPageIsNamed() {
        Set<String> tests = names(ruleTests(), ".java");
        Set<String> pages = names(rulePages(), ".md");
        tests.remove("FkIndexRuleTest");
        pages.remove("string-length");
        pages.add("no-such-rule");
        tests.add("RetiredRuleTest");
        assertEquals(List.of(
                "string-length: no page docs/rules/string-length.md",
                "fk-index: no test class FkIndexRuleTest.java in src/test/java/" + PACKAGE,
                "docs/rules/no-such-rule.md: no registered rule has the id 'no-such-rule'",
                "RetiredRuleTest.java: no registered rule class RetiredRule"),
                catalogueProblems(REGISTRY, tests, pages));
    }

    /** Rules are handed their own options; none reads them whole through its context. */
    @Test
    void noRuleReadsTheOptionsWhole() throws IOException {
        Path sources = module().resolve("src/main/java").resolve(PACKAGE);
        List<String> readers = new ArrayList<>();
        try (Stream<Path> files = Files.list(sources)) {
            for (Path file : files.sorted().toList()) {
                if (Files.readString(file).contains("context.options()")) {
                    readers.add(file.getFileName().toString());
                }
            }
        }
        assertEquals(List.of(), readers, "take the option as a constructor parameter in RuleRegistry.standard()");
    }

    @Test
    void metadataComesFromTheRuleClass() {
        RuleDescriptor fkIndex = REGISTRY.descriptor("fk-index").orElseThrow();
        assertEquals(Severity.ERROR, fkIndex.severity());
        assertTrue(fkIndex.summary().contains("foreign key"), fkIndex.summary());
        assertTrue(REGISTRY.descriptor("mapped-by").orElseThrow().breaksAtRunTime());
        RuleDescriptor tenant = REGISTRY.descriptor("tenant-column").orElseThrow();
        assertEquals(Options.TENANT_COLUMN, tenant.needsOption());
        assertEquals(Severity.OFF, tenant.defaultSeverity());
        assertEquals(REGISTRY.descriptors().size(), REGISTRY.classes().size());
        assertEquals(REGISTRY.descriptors().size() + 1, REGISTRY.ids().size(), "the ids and internal");
    }

    static final class Unannotated implements Rule {
    }

    @RuleInfo(id = "fk-index", severity = Severity.ERROR, summary = "a second fk-index")
    static final class SecondFkIndex implements Rule {
    }

    @RuleInfo(id = "internal", severity = Severity.ERROR, summary = "takes entitylint's own id")
    static final class Internal implements Rule {
    }

    @RuleInfo(id = "FkIndex", severity = Severity.ERROR, summary = "not kebab-case")
    static final class CamelCase implements Rule {
    }

    @RuleInfo(id = "needs-nothing-known", severity = Severity.ERROR, summary = "needs an option entitylint lacks",
            needsOption = "entitylint.noSuchOption")
    static final class UnknownOption implements Rule {
    }

    private static String refused(Rule rule) {
        return assertThrows(IllegalArgumentException.class,
                () -> new RuleRegistry(List.of(RuleRegistry.rule(new FkIndexRule(null)), RuleRegistry.rule(rule))))
                .getMessage();
    }

    @Test
    void refusesARuleWithoutMetadataOrWithBadMetadata() {
        assertEquals(Unannotated.class.getName() + " has no @RuleInfo — annotate it with its id, severity and summary",
                refused(new Unannotated()));
        assertEquals("two rules share the id fk-index", refused(new SecondFkIndex()));
        assertEquals(Internal.class.getName() + " takes the id internal, which stands for entitylint's own failures",
                refused(new Internal()));
        assertEquals("rule id 'FkIndex' is not kebab-case (fk-index, string-length)", refused(new CamelCase()));
        assertEquals("rule needs-nothing-known needs option 'entitylint.noSuchOption', which entitylint does not read",
                refused(new UnknownOption()));
    }
}
