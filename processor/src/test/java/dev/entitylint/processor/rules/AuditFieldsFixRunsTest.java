package dev.entitylint.processor.rules;

import static com.google.testing.compile.Compiler.javac;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import dev.entitylint.processor.EntityLintProcessor;
import dev.entitylint.processor.testing.CompiledSources;
import dev.entitylint.processor.testing.Database;
import dev.entitylint.processor.testing.Lint;
import java.io.File;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The attributes audit-fields proposes work at run time, not only compile: each proposal is taken
 * from the real diagnostic exactly as stated, pasted into the entity with the imports it names,
 * compiled, and run on Hibernate over H2, where an insert must fill the new columns and an update
 * must move the modification time.
 */
class AuditFieldsFixRunsTest {

    private static final Pattern FIX = Pattern.compile(" — add (.*) \\(imports: ([^)]*)\\)");
    private static final List<String> OPTIONS = List.of("-Aentitylint.rules=all:off,audit-fields:error");

    static Stream<Arguments> cases() {
        List<Arguments> cases = new ArrayList<>();
        for (boolean hibernate : List.of(true, false)) {
            cases.add(Arguments.of(hibernate, ""));
            cases.add(Arguments.of(hibernate, "java.time.Instant updatedAt;"));
            cases.add(Arguments.of(hibernate, "java.time.Instant createdAt;"));
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "Hibernate on the class path: {0}; the entity has: {1}")
    @MethodSource("cases")
    void theProposedAttributesAreFilledOnInsertAndUpdate(boolean hibernateOnClassPath, String existing) throws Exception {
        String before = entity(List.of(), existing, "");
        Compilation linted = javac().withProcessors(new EntityLintProcessor()).withOptions(OPTIONS)
                .withClasspath(classPath(hibernateOnClassPath))
                .compile(Lint.source("com.acme.Item", before));
        List<String> messages = linted.diagnostics().stream()
                .filter(d -> d.getKind() == Diagnostic.Kind.ERROR)
                .map(d -> d.getMessage(Locale.ROOT))
                .toList();
        assertEquals(1, messages.size(), () -> "one audit-fields finding expected: " + messages);
        Matcher fix = FIX.matcher(messages.get(0));
        assertTrue(fix.find(), () -> "no pasteable proposal in: " + messages.get(0));
        String code = fix.group(1);
        List<String> imports = List.of(fix.group(2).split(", "));
        assertEquals(hibernateOnClassPath, code.contains("@CreationTimestamp") || code.contains("@UpdateTimestamp"),
                code);

        boolean addsCreated = !existing.contains("createdAt");
        boolean addsUpdated = !existing.contains("updatedAt");
        String after = entity(imports, existing, code);
        CompiledSources compiled = CompiledSources.compile(OPTIONS, Lint.source("com.acme.Item", after));
        try (Database.Jpa jpa = Database.H2.start(compiled.loader(), List.of(compiled.load("com.acme.Item")))) {
            Class<?> item = compiled.load("com.acme.Item");
            Object id = jpa.inTransaction(em -> {
                try {
                    Object row = item.getDeclaredConstructor().newInstance();
                    item.getDeclaredField("name").set(row, "first");
                    em.persist(row);
                    em.flush();
                    return item.getDeclaredField("id").get(row);
                } catch (ReflectiveOperationException e) {
                    throw new AssertionError(e);
                }
            });
            Object[] inserted = times(jpa);
            if (addsCreated) {
                assertNotNull(inserted[0], "created_at after insert\n" + after);
            }
            if (addsUpdated) {
                assertNotNull(inserted[1], "updated_at after insert\n" + after);
            }
            Thread.sleep(20);
            jpa.run(em -> {
                try {
                    item.getDeclaredField("name").set(em.find(item, id), "second");
                } catch (ReflectiveOperationException e) {
                    throw new AssertionError(e);
                }
            });
            Object[] updated = times(jpa);
            if (addsCreated) {
                assertEquals(inserted[0], updated[0], "created_at must not change on update\n" + after);
            }
            if (addsUpdated) {
                assertTrue(later(updated[1], inserted[1]),
                        "updated_at must move on update: " + inserted[1] + " -> " + updated[1] + "\n" + after);
            }
        }
    }

    @org.junit.jupiter.api.Test
    void withSpringDataAloneTheProposalSaysWhatSwitchesItsAuditingOn() {
        String message = onlyFinding(false, AuditFieldsRuleTest.CREATED_DATE, AuditFieldsRuleTest.LAST_MODIFIED_DATE,
                Lint.source("com.acme.Item", entity(List.of(), "", "")));
        assertTrue(message.contains("add @CreatedDate @Column(name = \"created_at\", nullable = false, "
                + "updatable = false) private Instant createdAt; @LastModifiedDate"), message);
        assertTrue(message.contains("org.springframework.data.annotation.CreatedDate"), message);
        assertTrue(message.contains("@EntityListeners(AuditingEntityListener.class) on the class and "
                + "@EnableJpaAuditing on a @Configuration class"), message);
    }

    @org.junit.jupiter.api.Test
    void aClassWithItsOwnCallbackIsToldToAssignTheTimesThere() {
        String message = onlyFinding(false, Lint.source("com.acme.Item", entity(List.of(), "",
                "@PrePersist void prepare() { name = name == null ? \"\" : name; }")));
        assertTrue(message.contains("private Instant updatedAt; @PreUpdate void updatedAtOnUpdate() { updatedAt = "
                + "Instant.now(); } (imports:"), message);
        assertTrue(message.contains("and assign createdAt = Instant.now(); updatedAt = createdAt; in its @PrePersist "
                + "method prepare()"), message);
    }

    private static String onlyFinding(boolean hibernateOnClassPath, javax.tools.JavaFileObject... sources) {
        Compilation linted = javac().withProcessors(new EntityLintProcessor()).withOptions(OPTIONS)
                .withClasspath(classPath(hibernateOnClassPath)).compile(sources);
        List<String> messages = linted.diagnostics().stream()
                .filter(d -> d.getKind() == Diagnostic.Kind.ERROR)
                .map(d -> d.getMessage(Locale.ROOT))
                .toList();
        assertEquals(1, messages.size(), () -> "one audit-fields finding expected: " + messages);
        return messages.get(0);
    }

    @SuppressWarnings("unchecked")
    private static boolean later(Object after, Object before) {
        return ((Comparable<Object>) after).compareTo(before) > 0;
    }

    private static Object[] times(Database.Jpa jpa) {
        return jpa.inTransaction(em -> (Object[]) em.createNativeQuery(
                "select created_at, updated_at from item").getSingleResult());
    }

    private static String entity(List<String> imports, String existing, String pasted) {
        StringBuilder source = new StringBuilder("package com.acme;\n\nimport jakarta.persistence.*;\n");
        for (String name : imports) {
            source.append("import ").append(name).append(";\n");
        }
        return source.append("""

                @Entity
                public class Item {
                    @Id @GeneratedValue public Long id;
                    public String name;
                    %s
                    %s
                }
                """.formatted(existing, pasted)).toString();
    }

    /** The test class path, without Hibernate when asked: the build of a project on another provider. */
    private static List<File> classPath(boolean withHibernate) {
        return Stream.of(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> withHibernate || !new File(entry).getName().startsWith("hibernate-"))
                .map(File::new)
                .toList();
    }
}
