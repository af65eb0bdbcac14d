package dev.entitylint.processor.generate;

import static com.google.testing.compile.Compiler.javac;
import static dev.entitylint.processor.testing.Lint.source;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import dev.entitylint.processor.EntityLintProcessor;
import dev.entitylint.processor.testing.CompiledSources;
import dev.entitylint.processor.testing.FilerRecorder;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** What the generated sources look like to javac: warnings, javadoc, originating elements, packages. */
class RepositoryGenerationTest {

    @Test
    void generatedSourcesCompileWithoutWarningsUnderXlintAllAndDocumentEveryPublicMember() {
        CompiledSources shop = Shop.compiled();
        List<JavaFileObject> sources = new ArrayList<>(Shop.sources());
        for (String entity : Shop.ENTITIES) {
            String name = Shop.PACKAGE + "." + entity + "Repository";
            sources.add(source(name, shop.generatedSource(name)));
        }
        DocCheck docs = new DocCheck();
        Compilation compilation = javac().withProcessors(docs).withOptions("-Xlint:all", "-Werror").compile(sources);
        assertEquals(Compilation.Status.SUCCESS, compilation.status(), CompiledSources.describe(compilation));
        assertEquals(List.of(), compilation.warnings(), CompiledSources.describe(compilation));
        assertEquals(List.of(), docs.undocumented);
        assertEquals(Shop.ENTITIES.size(), docs.repositories);
    }

    /** The same for tenant-bound repositories, aggregate roots, {@code deleted_by} and keyset methods. */
    @Test
    void tenantAndAggregateRepositoriesCompileWithoutWarningsAndDocumentEveryPublicMember() {
        CompiledSources orders = Orders.compiled();
        List<JavaFileObject> sources = new ArrayList<>(Orders.sources());
        for (String entity : Orders.ENTITIES) {
            String name = Orders.PACKAGE + "." + entity + "Repository";
            sources.add(source(name, orders.generatedSource(name)));
        }
        DocCheck docs = new DocCheck();
        Compilation compilation = javac().withProcessors(docs).withOptions("-Xlint:all", "-Werror").compile(sources);
        assertEquals(Compilation.Status.SUCCESS, compilation.status(), CompiledSources.describe(compilation));
        assertEquals(List.of(), compilation.warnings(), CompiledSources.describe(compilation));
        assertEquals(List.of(), docs.undocumented);
        assertEquals(Orders.ENTITIES.size(), docs.repositories);
    }

    @Test
    void eachRepositoryHasExactlyOneOriginatingElementTheEntity() {
        FilerRecorder recording = new FilerRecorder(new EntityLintProcessor());
        Compilation compilation = javac().withProcessors(recording).withOptions(Shop.OPTIONS)
                .compile(Shop.sources());
        assertEquals(Compilation.Status.SUCCESS, compilation.status(), CompiledSources.describe(compilation));
        Map<String, List<String>> expected = new TreeMap<>();
        for (String entity : Shop.ENTITIES) {
            expected.put(Shop.PACKAGE + "." + entity + "Repository", List.of(Shop.PACKAGE + "." + entity));
        }
        assertEquals(expected, recording.sourceFiles());
        assertEquals(expected.size(), recording.created().stream()
                .filter(file -> file.method().equals("createSourceFile")).count(), "a source created twice");
    }

    @Test
    void packageInfoAsksForARepositoryForEveryEntityOfItsPackageOnly() {
        CompiledSources compiled = CompiledSources.compile(Shop.OPTIONS, source("com.acme.blog.package-info", """
                @GenerateRepository
                package com.acme.blog;

                import dev.entitylint.GenerateRepository;
                """), source("com.acme.blog.Post", """
                package com.acme.blog;

                import jakarta.persistence.*;

                @Entity
                public class Post {
                    @Id Long id;
                }
                """), source("com.acme.blog.Comment", """
                package com.acme.blog;

                import jakarta.persistence.*;

                @Entity
                public class Comment {
                    @Id Long id;
                    @ManyToOne Post post;
                }
                """), source("com.acme.blog.Slug", """
                package com.acme.blog;

                import jakarta.persistence.*;

                @Embeddable
                public class Slug {
                    String value;
                }
                """), source("com.acme.other.Visitor", """
                package com.acme.other;

                import jakarta.persistence.*;

                @Entity
                public class Visitor {
                    @Id Long id;
                }
                """));
        List<String> generated = compiled.compilation().generatedSourceFiles().stream()
                .map(f -> f.toUri().getPath().replaceAll("^.*/SOURCE_OUTPUT/", ""))
                .sorted()
                .toList();
        assertEquals(List.of("com/acme/blog/CommentRepository.java", "com/acme/blog/PostRepository.java"), generated);
        String comments = compiled.generatedSource("com.acme.blog.CommentRepository");
        assertTrue(!comments.contains("findByPost"), "no index on post_id, so no finder:\n" + comments);
    }

    @Test
    void inheritedAttributesAreSeenFromEachEntity() {
        // The model reads a non-generic mapped superclass once per round; a generic one is read per
        // entity, because its attribute types depend on the type arguments.
        CompiledSources compiled = CompiledSources.compile(Shop.OPTIONS, source("com.acme.keys.Keyed", """
                package com.acme.keys;

                import jakarta.persistence.*;

                @MappedSuperclass
                public abstract class Keyed<K> {
                    @Id K id;
                }
                """), source("com.acme.keys.Audited", """
                package com.acme.keys;

                import jakarta.persistence.*;
                import java.time.Instant;

                @MappedSuperclass
                public abstract class Audited<K> extends Keyed<K> {
                    @Column(name = "deleted_at") Instant deletedAt;
                }
                """), source("com.acme.keys.Plain", """
                package com.acme.keys;

                import jakarta.persistence.*;

                @MappedSuperclass
                public abstract class Plain {
                    @Id Long id;
                }
                """), source("com.acme.keys.Invoice", """
                package com.acme.keys;

                import dev.entitylint.GenerateRepository;
                import jakarta.persistence.*;

                @Entity
                @GenerateRepository
                public class Invoice extends Audited<Long> {
                }
                """), source("com.acme.keys.Token", """
                package com.acme.keys;

                import dev.entitylint.GenerateRepository;
                import jakarta.persistence.*;

                @Entity
                @GenerateRepository
                public class Token extends Audited<java.util.UUID> {
                }
                """), source("com.acme.keys.Note", """
                package com.acme.keys;

                import dev.entitylint.GenerateRepository;
                import jakarta.persistence.*;

                @Entity
                @GenerateRepository
                public class Note extends Plain {
                }
                """), source("com.acme.keys.Label", """
                package com.acme.keys;

                import dev.entitylint.GenerateRepository;
                import jakarta.persistence.*;

                @Entity
                @GenerateRepository
                public class Label extends Plain {
                }
                """));
        assertEquals(Compilation.Status.SUCCESS, compiled.compilation().status(),
                CompiledSources.describe(compiled.compilation()));
        String invoices = compiled.generatedSource("com.acme.keys.InvoiceRepository");
        String tokens = compiled.generatedSource("com.acme.keys.TokenRepository");
        // The id type and the soft-delete methods reach each repository through its base class.
        assertTrue(invoices.contains("extends SoftDeleteRepository<Invoice, Long>"), "soft delete inherited:\n" + invoices);
        assertTrue(tokens.contains("extends SoftDeleteRepository<Token, UUID>"), "soft delete inherited:\n" + tokens);
        for (String entity : List.of("Note", "Label")) {
            String repository = compiled.generatedSource("com.acme.keys." + entity + "Repository");
            assertTrue(repository.contains("extends EntityRepository<" + entity + ", Long>"), repository);
            assertTrue(!repository.contains("softDelete("), "no soft delete:\n" + repository);
        }
    }

    @Test
    void hibernateSoftDeleteGetsTheDeletedRowMethodsOnlyWhereNativeSqlCanWriteItsValues() {
        CompiledSources compiled = CompiledSources.compile(Shop.OPTIONS, source("com.acme.soft.Badge", """
                package com.acme.soft;

                import dev.entitylint.GenerateRepository;
                import jakarta.persistence.*;
                import org.hibernate.annotations.SoftDelete;
                import org.hibernate.annotations.SoftDeleteType;

                @Entity
                @GenerateRepository
                @SoftDelete(strategy = SoftDeleteType.ACTIVE)
                public class Badge {
                    @Id Long id;
                }
                """), source("com.acme.soft.Stamp", """
                package com.acme.soft;

                import dev.entitylint.GenerateRepository;
                import jakarta.persistence.*;
                import org.hibernate.annotations.SoftDelete;
                import org.hibernate.type.YesNoConverter;

                @Entity
                @GenerateRepository
                @SoftDelete(converter = YesNoConverter.class)
                public class Stamp {
                    @Id Long id;
                }
                """), source("com.acme.soft.Animal", """
                package com.acme.soft;

                import jakarta.persistence.*;
                import org.hibernate.annotations.SoftDelete;

                @Entity
                @SoftDelete
                @Inheritance(strategy = InheritanceType.JOINED)
                public class Animal {
                    @Id Long id;
                }
                """), source("com.acme.soft.Cat", """
                package com.acme.soft;

                import dev.entitylint.GenerateRepository;
                import jakarta.persistence.*;

                @Entity
                @GenerateRepository
                public class Cat extends Animal {
                }
                """));
        String badges = compiled.generatedSource("com.acme.soft.BadgeRepository");
        assertTrue(badges.contains("private static final boolean DELETED_MARK = false;"), badges);
        assertTrue(badges.contains("\"select count(*) from badge where active = ?1\""), badges);
        assertTrue(badges.contains("public int purgeDeleted()") && !badges.contains("purgeDeletedBefore("), badges);
        assertTrue(badges.contains("extends SoftDeleteRepository<Badge, Long>"), badges);
        String stamps = compiled.generatedSource("com.acme.soft.StampRepository");
        assertTrue(stamps.contains("extends EntityRepository<Stamp, Long>") && !stamps.contains("FIND_DELETED"), stamps);
        // Javadoc lines are wrapped: read the comment as one line of text.
        assertTrue(stamps.replaceAll("\\n \\* ", " ").contains("stores values through org.hibernate.type.YesNoConverter"),
                stamps);
        String cats = compiled.generatedSource("com.acme.soft.CatRepository");
        assertTrue(cats.contains("extends EntityRepository<Cat, Long>")
                && cats.replaceAll("\\n \\* ", " ").contains("it is a subclass entity"), cats);
    }

    @Test
    void findersFollowJavaAttributeNamesAndEveryQueryIsAConstantWithBoundParameters() {
        String source = Shop.compiled().generatedSource(Shop.PACKAGE + ".ShipmentRepository");
        for (String signature : List.of(
                "public Optional<Shipment> findByTrackingCode(String trackingCode)",
                "public Page<Shipment> findByCustomer(Customer customer, int offset, int limit)",
                "public Page<Shipment> findByWarehouse(Warehouse warehouse, int offset, int limit)",
                "findByWarehouseAndStatus(Warehouse warehouse, Shipment.Status status,",
                "@Generated(")) {
            assertTrue(source.contains(signature), signature + " in\n" + source);
        }
        for (String line : source.split("\n")) {
            if (line.contains("createQuery(")) {
                assertTrue(!line.contains("createQuery(\"") && !line.contains("\" +"),
                        "queries come from constants: " + line);
            }
        }
    }

    /** Checks that every public type, constructor, method and field of a repository has javadoc. */
    static final class DocCheck extends AbstractProcessor {
        final List<String> undocumented = new ArrayList<>();
        int repositories;

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
            for (Element root : round.getRootElements()) {
                if (!root.getSimpleName().toString().endsWith("Repository")) {
                    continue;
                }
                repositories++;
                check(root);
                for (Element member : root.getEnclosedElements()) {
                    if (member.getModifiers().contains(Modifier.PUBLIC)
                            || member.getModifiers().contains(Modifier.PROTECTED)) {
                        check(member);
                    }
                }
            }
            return true; // claims everything, so -Xlint:processing has nothing to say
        }

        private void check(Element element) {
            String doc = processingEnv.getElementUtils().getDocComment(element);
            if (doc == null || doc.isBlank()) {
                undocumented.add(element.getEnclosingElement().getSimpleName() + "." + element);
                return;
            }
            if (element instanceof ExecutableElement method) {
                for (var parameter : method.getParameters()) {
                    if (!doc.contains("@param " + parameter.getSimpleName())) {
                        undocumented.add(element + " @param " + parameter.getSimpleName());
                    }
                }
                if (method.getKind() == ElementKind.METHOD
                        && method.getReturnType().getKind() != javax.lang.model.type.TypeKind.VOID
                        && !doc.contains("@return")) {
                    undocumented.add(element + " @return");
                }
            }
        }
    }
}
