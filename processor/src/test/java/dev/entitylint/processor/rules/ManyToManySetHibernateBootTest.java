package dev.entitylint.processor.rules;

import static dev.entitylint.processor.testing.Lint.source;
import static dev.entitylint.processor.testing.Reflect.call;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entitylint.processor.testing.CompiledSources;
import dev.entitylint.processor.testing.HibernateBoot;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.hibernate.resource.jdbc.spi.StatementInspector;
import org.junit.jupiter.api.Test;

/**
 * What many-to-many-set says about Hibernate, proved on Hibernate ORM 7 and H2: a
 * {@code @ManyToMany List} without {@code @OrderColumn} is a bag — removing one element deletes
 * every join row of the owner and inserts the others again, where a {@code Set} deletes one row —
 * and a query that fetches two bags at once fails with {@code MultipleBagFetchException}.
 */
class ManyToManySetHibernateBootTest {

    /** Records the SQL Hibernate sends, lower-cased. */
    static final class Recorder implements StatementInspector {
        final List<String> statements = new ArrayList<>();

        @Override
        public String inspect(String sql) {
            statements.add(sql.toLowerCase(Locale.ROOT));
            return sql;
        }
    }

    private static CompiledSources compile() {
        return CompiledSources.compile(List.of("-Aentitylint.rules=all:off"), source("com.acme.Tag", """
                package com.acme;

                import jakarta.persistence.*;

                @Entity
                public class Tag {
                    @Id Long id;

                    protected Tag() {
                    }

                    public Tag(Long id) {
                        this.id = id;
                    }
                }
                """), source("com.acme.Article", """
                package com.acme;

                import jakarta.persistence.*;
                import java.util.*;

                @Entity
                public class Article {
                    @Id Long id;
                    @ManyToMany @JoinTable(name = "article_tags") List<Tag> tags = new ArrayList<>();
                    @ManyToMany @JoinTable(name = "article_related") List<Tag> related = new ArrayList<>();
                    @ManyToMany @JoinTable(name = "article_labels") Set<Tag> labels = new HashSet<>();

                    protected Article() {
                    }

                    public Article(Long id) {
                        this.id = id;
                    }

                    public void tag(Tag tag) {
                        tags.add(tag);
                        labels.add(tag);
                    }

                    public void untagFirst() {
                        Tag first = tags.remove(0);
                        labels.remove(first);
                    }
                }
                """));
    }

    @Test
    void removingOneElementOfABagRewritesAllItsJoinRowsAndTwoBagsCannotBeFetchedTogether() {
        CompiledSources compiled = compile();
        Recorder recorder = new Recorder();
        try (EntityManagerFactory factory = HibernateBoot.start(compiled, List.of("com.acme.Tag", "com.acme.Article"),
                true, Map.of("hibernate.session_factory.statement_inspector", recorder))) {
            inTransaction(factory, em -> {
                Object article = construct(compiled, "com.acme.Article", 1L);
                for (long id = 1; id <= 3; id++) {
                    Object tag = construct(compiled, "com.acme.Tag", id);
                    em.persist(tag);
                    call(article, "tag", tag);
                }
                em.persist(article);
            });
            recorder.statements.clear();
            inTransaction(factory, em -> call(em.find(compiled.load("com.acme.Article"), 1L), "untagFirst"));

            List<String> bag = recorder.statements.stream().filter(s -> s.contains("article_tags")
                    && !s.startsWith("select")).toList();
            assertEquals(1, bag.stream().filter(s -> s.startsWith("delete") && !s.contains("tags_id")).count(),
                    "one delete of all the owner's join rows: " + bag);
            assertEquals(2, bag.stream().filter(s -> s.startsWith("insert")).count(),
                    "the two remaining rows inserted again: " + bag);
            List<String> set = recorder.statements.stream().filter(s -> s.contains("article_labels")
                    && !s.startsWith("select")).toList();
            assertEquals(1, set.size(), "a Set deletes the one row: " + set);
            assertTrue(set.get(0).startsWith("delete") && set.get(0).contains("labels_id"), set.toString());

            RuntimeException twoBags = assertThrows(RuntimeException.class, () -> inTransaction(factory, em ->
                    em.createQuery("select a from Article a join fetch a.tags join fetch a.related").getResultList()));
            assertTrue(HibernateBoot.messages(twoBags).contains("MultipleBagFetchException"),
                    HibernateBoot.messages(twoBags));
            inTransaction(factory, em -> assertEquals(1, em.createQuery(
                    "select a from Article a join fetch a.tags join fetch a.labels").getResultList().size(),
                    "a bag and a set can be fetched together"));
        }
    }

    private static Object construct(CompiledSources compiled, String type, Object... args) {
        return dev.entitylint.processor.testing.Reflect.construct(compiled.load(type), args);
    }

    private static void inTransaction(EntityManagerFactory factory, Consumer<EntityManager> work) {
        EntityManager em = factory.createEntityManager();
        try {
            em.getTransaction().begin();
            work.accept(em);
            em.getTransaction().commit();
        } finally {
            if (em.getTransaction().isActive()) {
                em.getTransaction().rollback();
            }
            em.close();
        }
    }
}
