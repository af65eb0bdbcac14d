package dev.entitylint.processor.generate;

import static dev.entitylint.processor.testing.Lint.source;
import static dev.entitylint.processor.testing.Reflect.call;
import static dev.entitylint.processor.testing.Reflect.construct;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entitylint.Page;
import dev.entitylint.processor.testing.CompiledSources;
import dev.entitylint.processor.testing.Database;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The methods for deleted rows of Hibernate's {@code @SoftDelete} on a mapping with more than one
 * table behind a row: a single-table hierarchy (deleted rows come back as their subclass), an
 * owning {@code @ManyToMany} to another entity and one to itself (join rows on both sides go with
 * a row removed for real), on H2 and PostgreSQL.
 */
class HibernateSoftDeleteMappingsTest {

    private static final String PACKAGE = "com.acme.zoo";
    private static CompiledSources compiled;

    private static synchronized CompiledSources compiled() {
        if (compiled == null) {
            compiled = CompiledSources.compile(Shop.OPTIONS, source(PACKAGE + ".Animal", """
                    package com.acme.zoo;

                    import dev.entitylint.GenerateRepository;
                    import jakarta.persistence.*;
                    import java.util.HashSet;
                    import java.util.Set;
                    import org.hibernate.annotations.SoftDelete;

                    @Entity
                    @GenerateRepository
                    @SoftDelete
                    @Inheritance(strategy = InheritanceType.SINGLE_TABLE)
                    @Table(name = "animal")
                    public class Animal {
                        @Id
                        @GeneratedValue
                        private Long id;

                        @Column(name = "name", nullable = false, length = 40)
                        private String name;

                        @ManyToMany
                        @JoinTable(name = "animal_keeper", joinColumns = @JoinColumn(name = "animal_id"),
                                inverseJoinColumns = @JoinColumn(name = "keeper_id"))
                        private Set<Keeper> keepers = new HashSet<>();

                        @ManyToMany
                        @JoinTable(name = "animal_friend", joinColumns = @JoinColumn(name = "animal_id"),
                                inverseJoinColumns = @JoinColumn(name = "friend_id"))
                        private Set<Animal> friends = new HashSet<>();

                        protected Animal() {
                        }

                        public Animal(String name) {
                            this.name = name;
                        }

                        public Long getId() {
                            return id;
                        }

                        public void befriend(Animal other) {
                            friends.add(other);
                        }

                        public void keptBy(Keeper keeper) {
                            keepers.add(keeper);
                        }

                        public int friendCount() {
                            return friends.size();
                        }
                    }
                    """), source(PACKAGE + ".Cat", """
                    package com.acme.zoo;

                    import jakarta.persistence.*;

                    @Entity
                    public class Cat extends Animal {
                        @Column(name = "indoor")
                        private Boolean indoor;

                        protected Cat() {
                        }

                        public Cat(String name, boolean indoor) {
                            super(name);
                            this.indoor = indoor;
                        }
                    }
                    """), source(PACKAGE + ".Keeper", """
                    package com.acme.zoo;

                    import jakarta.persistence.*;

                    @Entity
                    @Table(name = "keeper")
                    public class Keeper {
                        @Id
                        @GeneratedValue
                        private Long id;

                        @Column(name = "name", nullable = false, length = 40)
                        private String name;

                        protected Keeper() {
                        }

                        public Keeper(String name) {
                            this.name = name;
                        }
                    }
                    """));
        }
        return compiled;
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void deletedRowsOfAHierarchyWithJoinTablesAreRestoredAndPurgedWithTheirJoinRows(Database database) {
        CompiledSources compiled = compiled();
        Class<?> animal = compiled.load(PACKAGE + ".Animal");
        Class<?> cat = compiled.load(PACKAGE + ".Cat");
        Class<?> keeper = compiled.load(PACKAGE + ".Keeper");
        Class<?> repositoryType = compiled.load(PACKAGE + ".AnimalRepository");
        try (Database.Jpa jpa = database.start(compiled.loader(), List.of(animal, cat, keeper))) {
            Object[] ids = jpa.inTransaction(em -> {
                Object ann = construct(keeper, "Ann");
                em.persist(ann);
                Object tom = construct(cat, "Tom", true);
                Object rex = construct(animal, "Rex");
                call(tom, "keptBy", ann);
                call(rex, "keptBy", ann);
                call(tom, "befriend", rex);
                call(rex, "befriend", tom);
                Object repository = construct(repositoryType, em);
                Object savedTom = call(repository, "save", tom);
                Object savedRex = call(repository, "save", rex);
                em.flush();
                return new Object[] {call(tom, "getId"), call(rex, "getId")};
            });
            assertEquals(2L, count(jpa, "animal_keeper"));
            assertEquals(2L, count(jpa, "animal_friend"));

            jpa.run(em -> call(construct(repositoryType, em), "deleteById", ids[0]));
            Object deletedTom = jpa.inTransaction(em -> {
                Page<?> deleted = (Page<?>) call(construct(repositoryType, em), "findDeleted", 0, 10);
                assertEquals(1L, deleted.total());
                assertEquals("Cat", deleted.items().get(0).getClass().getSimpleName(),
                        "a deleted row comes back as its subclass");
                return deleted.items().get(0);
            });
            jpa.run(em -> {
                Object rex = ((Optional<?>) call(construct(repositoryType, em), "findById", ids[1])).orElseThrow();
                assertEquals(0, call(rex, "friendCount"), "Hibernate hides the deleted friend");
            });
            jpa.run(em -> call(construct(repositoryType, em), "restore", deletedTom));
            jpa.run(em -> {
                Object repository = construct(repositoryType, em);
                assertEquals(2L, call(repository, "count"));
                Object rex = ((Optional<?>) call(repository, "findById", ids[1])).orElseThrow();
                assertEquals(1, call(rex, "friendCount"), "the restored friend is back");
            });
            jpa.run(em -> call(construct(repositoryType, em), "deleteById", ids[0]));
            jpa.run(em -> assertEquals(1, call(construct(repositoryType, em), "purgeDeleted")));
            assertEquals(1L, count(jpa, "animal"));
            assertEquals(1L, count(jpa, "animal_keeper"), "Rex's keeper row stays, Tom's is gone");
            assertEquals(0L, count(jpa, "animal_friend"), "join rows on both sides of the self-reference go");
            assertEquals(1L, count(jpa, "keeper"), "the keeper itself stays");

            jpa.run(em -> {
                Object repository = construct(repositoryType, em);
                Object rex = ((Optional<?>) call(repository, "findById", ids[1])).orElseThrow();
                call(repository, "hardDelete", rex);
                assertTrue(((Optional<?>) call(repository, "findByIdIncludingDeleted", ids[1])).isEmpty());
            });
            assertEquals(0L, count(jpa, "animal") + count(jpa, "animal_keeper"));
        }
    }

    private static long count(Database.Jpa jpa, String table) {
        return jpa.inTransaction((EntityManager em) ->
                ((Number) em.createNativeQuery("select count(*) from " + table).getSingleResult()).longValue());
    }
}
