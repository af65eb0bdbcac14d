package dev.entitylint.processor.report;

import static com.google.testing.compile.Compiler.javac;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.entitylint.processor.EntityLintProcessor;
import dev.entitylint.processor.evolve.Json;
import dev.entitylint.processor.rules.RuleRegistry;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportsTest {

    private static final JavaFileObject ORDER = JavaFileObjects.forSourceString("shop.Order", """
            package shop;

            import jakarta.persistence.*;

            @Entity
            @Table(name = "orders", indexes = @Index(name = "ix_orders_customer_id", columnList = "customer_id"))
            public class Order {
                @Id Long id;

                @ManyToOne(optional = false)
                Customer customer;

                String note;
            }
            """);

    private static final JavaFileObject CUSTOMER = JavaFileObjects.forSourceString("shop.Customer", """
            package shop;

            import jakarta.persistence.*;

            @Entity
            public class Customer {
                @Id Long id;

                @Column(length = 320, nullable = false)
                String email;
            }
            """);

    private static Compilation compile(EntityLintProcessor processor, List<String> options, JavaFileObject... sources) {
        return javac().withProcessors(processor).withOptions(options).compile(sources);
    }

    private static String file(Compilation compilation, String name) {
        JavaFileObject file = compilation.generatedFile(StandardLocation.CLASS_OUTPUT, "META-INF/entitylint/" + name)
                .orElseThrow(() -> new AssertionError("no " + name + " in " + compilation.generatedFiles()));
        try {
            return file.getCharContent(true).toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Keeps a report under target/reports-test/ for reading (docs/reports.md quotes it). */
    private static void keep(String name, String content) {
        try {
            java.nio.file.Path dir = java.nio.file.Path.of("target", "reports-test");
            java.nio.file.Files.createDirectories(dir);
            java.nio.file.Files.writeString(dir.resolve(name), content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void unknownReportIsAConfigErrorThatNamesTheTokenAndTheValidOnes() {
        Compilation compilation = compile(new EntityLintProcessor(),
                List.of("-Aentitylint.report=schema,sraif", "-Aentitylint.rules=all:off"), CUSTOMER);
        List<String> errors = compilation.errors().stream().map(d -> d.getMessage(Locale.ROOT)).toList();
        assertEquals(1, errors.size(), errors.toString());
        assertTrue(errors.get(0).startsWith("[config] unknown report 'sraif'"), errors.get(0));
        assertTrue(errors.get(0).contains("did you mean 'sarif'"), errors.get(0));
        assertTrue(errors.get(0).contains("valid reports: schema, docs, sarif"), errors.get(0));
    }

    @Test
    void noReportsMeansNoFilesAndAnIsolatingProcessor() {
        EntityLintProcessor processor = new EntityLintProcessor();
        Compilation compilation = compile(processor, List.of("-Aentitylint.rules=all:off"), CUSTOMER, ORDER);
        assertEquals(Compilation.Status.SUCCESS, compilation.status());
        assertTrue(compilation.generatedFiles().stream().noneMatch(f -> f.toUri().toString().contains("entitylint/")));
        assertTrue(processor.getSupportedOptions().contains("org.gradle.annotation.processing.isolating"));
        assertFalse(processor.getSupportedOptions().contains("org.gradle.annotation.processing.aggregating"));
    }

    @Test
    void anyReportMakesTheProcessorAggregating() {
        EntityLintProcessor processor = new EntityLintProcessor();
        compile(processor, List.of("-Aentitylint.report=docs", "-Aentitylint.rules=all:off"), CUSTOMER);
        assertTrue(processor.getSupportedOptions().contains("org.gradle.annotation.processing.aggregating"));
        assertFalse(processor.getSupportedOptions().contains("org.gradle.annotation.processing.isolating"));
        assertTrue(processor.getSupportedOptions().contains("entitylint.report"));
    }

    @Test
    void declaresDynamicIncrementalProcessingForGradle() throws IOException {
        try (InputStream in = EntityLintProcessor.class.getClassLoader()
                .getResourceAsStream("META-INF/gradle/incremental.annotation.processors")) {
            assertNotNull(in);
            assertEquals("dev.entitylint.processor.EntityLintProcessor,dynamic",
                    new String(in.readAllBytes(), StandardCharsets.UTF_8).trim());
        }
    }

    @Test
    void schemaJsonHasTheDocumentedShapeAndTheSameBytesWhateverTheSourceOrder() {
        List<String> options = List.of("-Aentitylint.report=schema", "-Aentitylint.rules=all:off");
        String first = file(compile(new EntityLintProcessor(), options, CUSTOMER, ORDER), "schema.json");
        String second = file(compile(new EntityLintProcessor(), options, ORDER, CUSTOMER), "schema.json");
        assertEquals(first, second);
        assertEquals("""
                {
                  "naming": "snake_case",
                  "tables": [
                    {
                      "name": "customer",
                      "entity": "shop.Customer",
                      "kind": "entity",
                      "columns": [
                        {"name": "id", "type": "java.lang.Long", "nullable": false, "length": null, "precision": null, "scale": null},
                        {"name": "email", "type": "java.lang.String", "nullable": false, "length": 320, "precision": null, "scale": null}
                      ],
                      "primaryKey": ["id"],
                      "indexes": [],
                      "uniqueConstraints": [],
                      "foreignKeys": []
                    },
                    {
                      "name": "orders",
                      "entity": "shop.Order",
                      "kind": "entity",
                      "columns": [
                        {"name": "id", "type": "java.lang.Long", "nullable": false, "length": null, "precision": null, "scale": null},
                        {"name": "customer_id", "type": "java.lang.Long", "nullable": false, "length": null, "precision": null, "scale": null},
                        {"name": "note", "type": "java.lang.String", "nullable": true, "length": 255, "precision": null, "scale": null}
                      ],
                      "primaryKey": ["id"],
                      "indexes": [
                        {"name": "ix_orders_customer_id", "columns": ["customer_id"], "unique": false}
                      ],
                      "uniqueConstraints": [],
                      "foreignKeys": [
                        {"name": null, "columns": ["customer_id"], "referencedTable": "customer"}
                      ]
                    }
                  ]
                }
                """, first);
        Json.parse(first);
    }

    @Test
    void docsHaveAMermaidDiagramAndOneTablePerEntity() {
        String markdown = file(compile(new EntityLintProcessor(),
                List.of("-Aentitylint.report=docs", "-Aentitylint.rules=all:off"), CUSTOMER, ORDER), "schema.md");
        assertTrue(markdown.contains("```mermaid\nerDiagram\n"), markdown);
        assertTrue(markdown.contains("    \"customer\" ||--o{ \"orders\" : \"customer_id\"\n"), markdown);
        assertTrue(markdown.contains("        Long customer_id FK \"not null\"\n"), markdown);
        assertTrue(markdown.contains("\n## orders\n\nTable of entity `shop.Order`."), markdown);
        assertTrue(markdown.contains("| `customer_id` | `Long` | FK → `customer`, not null |"), markdown);
        assertTrue(markdown.contains("| `ix_orders_customer_id` | `customer_id` | no |"), markdown);
    }

    @Test
    @SuppressWarnings("unchecked")
    void sarifCarriesRuleMetadataAndSourcePositions() {
        Compilation compilation = compile(new EntityLintProcessor(),
                List.of("-Aentitylint.report=sarif", "-Aentitylint.rules=all:off,string-length:warning"),
                CUSTOMER, ORDER);
        Diagnostic<? extends JavaFileObject> warning = compilation.warnings().stream()
                .filter(d -> d.getMessage(Locale.ROOT).startsWith("[string-length]"))
                .findFirst().orElseThrow();
        String text = file(compilation, "findings.sarif");
        keep("findings.sarif", text);
        Map<String, Object> sarif = (Map<String, Object>) Json.parse(text);
        assertEquals("2.1.0", sarif.get("version"));
        Map<String, Object> run = (Map<String, Object>) ((List<Object>) sarif.get("runs")).get(0);
        Map<String, Object> driver = (Map<String, Object>) ((Map<String, Object>) run.get("tool")).get("driver");
        assertEquals("entitylint", driver.get("name"));
        List<Map<String, Object>> rules = (List<Map<String, Object>>) driver.get("rules");
        assertEquals(RuleRegistry.standard().descriptors().size(), rules.size());
        Map<String, Object> stringLength = rules.stream().filter(r -> r.get("id").equals("string-length"))
                .findFirst().orElseThrow();
        assertEquals("error", ((Map<String, Object>) stringLength.get("defaultConfiguration")).get("level"));
        assertTrue(((Map<String, Object>) stringLength.get("help")).get("markdown").toString()
                .contains("docs/rules/string-length.md"));
        assertFalse(((Map<String, Object>) stringLength.get("shortDescription")).get("text").toString().isBlank());

        List<Map<String, Object>> results = (List<Map<String, Object>>) run.get("results");
        assertEquals(1, results.size(), results.toString());
        Map<String, Object> result = results.get(0);
        assertEquals("string-length", result.get("ruleId"));
        assertEquals("warning", result.get("level"));
        assertEquals(rules.indexOf(stringLength), ((Number) result.get("ruleIndex")).intValue());
        assertEquals(warning.getMessage(Locale.ROOT), ((Map<String, Object>) result.get("message")).get("text"));
        Map<String, Object> location = (Map<String, Object>) ((Map<String, Object>)
                ((List<Object>) result.get("locations")).get(0)).get("physicalLocation");
        assertEquals("shop/Order.java", ((Map<String, Object>) location.get("artifactLocation")).get("uri"));
        Map<String, Object> region = (Map<String, Object>) location.get("region");
        assertEquals(warning.getLineNumber(), ((Number) region.get("startLine")).longValue());
        assertEquals(warning.getColumnNumber(), ((Number) region.get("startColumn")).longValue());
    }

    @Test
    @SuppressWarnings("unchecked")
    void sarifCarriesConfigurationProblemsAsToolNotifications(@TempDir Path classes) throws IOException {
        // A failed compilation: compile-testing hides its files, so javac writes to a directory.
        javax.tools.JavaCompiler compiler = javax.tools.ToolProvider.getSystemJavaCompiler();
        javax.tools.DiagnosticCollector<JavaFileObject> diagnostics = new javax.tools.DiagnosticCollector<>();
        javax.tools.JavaCompiler.CompilationTask task = compiler.getTask(null, null, diagnostics,
                List.of("-d", classes.toString(), "-classpath", System.getProperty("java.class.path"),
                        "-Aentitylint.report=sarif", "-Aentitylint.rules=all:off,string-lenght:warning"),
                null, List.of(CUSTOMER, ORDER));
        task.setProcessors(List.of(new EntityLintProcessor()));
        assertFalse(task.call());
        String error = diagnostics.getDiagnostics().stream().map(d -> d.getMessage(Locale.ROOT))
                .filter(m -> m.startsWith("[config]")).findFirst().orElseThrow();
        Map<String, Object> sarif = (Map<String, Object>) Json.parse(
                Files.readString(classes.resolve("META-INF/entitylint/findings.sarif")));
        Map<String, Object> run = (Map<String, Object>) ((List<Object>) sarif.get("runs")).get(0);
        Map<String, Object> invocation = (Map<String, Object>) ((List<Object>) run.get("invocations")).get(0);
        assertEquals(false, invocation.get("executionSuccessful"));
        List<Map<String, Object>> notifications =
                (List<Map<String, Object>>) invocation.get("toolConfigurationNotifications");
        assertEquals(1, notifications.size(), notifications.toString());
        assertEquals("error", notifications.get(0).get("level"));
        assertEquals(error, ((Map<String, Object>) notifications.get(0).get("message")).get("text"));
        assertTrue(error.contains("string-lenght") && error.contains("did you mean 'string-length'"), error);
    }

    @Test
    void reportsCoverEntitiesOfEveryRound() {
        Compilation compilation = javac()
                .withProcessors(new GeneratesAnEntity(), new EntityLintProcessor())
                .withOptions("-Aentitylint.report=schema", "-Aentitylint.rules=all:off")
                .compile(CUSTOMER);
        String json = file(compilation, "schema.json");
        assertTrue(json.contains("\"entity\": \"shop.Customer\""), json);
        assertTrue(json.contains("\"entity\": \"shop.Invoice\""), json);
        assertTrue(json.contains("{\"name\": null, \"columns\": [\"customer_id\"], \"referencedTable\": \"customer\"}"),
                json);
    }

    /** Writes an entity in the first round, so it compiles in the second. */
    static final class GeneratesAnEntity extends AbstractProcessor {
        private boolean done;

        @Override
        public Set<String> getSupportedAnnotationTypes() {
            return Set.of("*");
        }

        @Override
        public SourceVersion getSupportedSourceVersion() {
            return SourceVersion.latestSupported();
        }

        @Override
        public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
            if (!done) {
                done = true;
                try (Writer writer = processingEnv.getFiler().createSourceFile("shop.Invoice").openWriter()) {
                    writer.write("package shop;\n@jakarta.persistence.Entity public class Invoice {\n"
                            + "  @jakarta.persistence.Id Long id;\n"
                            + "  @jakarta.persistence.ManyToOne Customer customer;\n}\n");
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            return false;
        }
    }
}
