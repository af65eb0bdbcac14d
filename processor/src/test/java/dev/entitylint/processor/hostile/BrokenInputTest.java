package dev.entitylint.processor.hostile;

import static dev.entitylint.processor.testing.Lint.source;

import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Half-typed and hostile code, as an IDE compiles it on every keystroke: entitylint must neither
 * crash nor blame valid code for the broken part, and must still report what is wrong elsewhere.
 * Each case runs under javac, javac going on through errors, and ecj (see {@link Hostile}).
 */
class BrokenInputTest {

    /** An entity that is fine apart from what a case adds: audit and soft-delete columns, an id. */
    private static String entity(String imports, String annotations, String name, String body) {
        return """
                package com.broken;

                import jakarta.persistence.*;
                import java.time.Instant;
                %s
                %s
                public class %s {
                    @Id Long id;
                    @Column(name = "created_at") Instant createdAt;
                    @Column(name = "updated_at") Instant updatedAt;
                    @Column(name = "deleted_at") Instant deletedAt;
                %s
                }
                """.formatted(imports, annotations, name, body);
    }

    @Test
    void unresolvedTypeOfAnAttribute() {
        Hostile.check(List.of(source("com.broken.Receipt", entity("", "@Entity", "Receipt", """
                    NoSuchType mystery;
                    @ManyToOne NoSuchEntity owner;
                    List<NoSuchThing> things;
                    // expect: string-length
                    String reference;
                """))));
    }

    @Test
    void missingImportOfTheAuditColumnTypes() {
        // Instant is not imported: the audit columns are there, just broken; only the String is wrong.
        Hostile.check(List.of(source("com.broken.Invoice", """
                package com.broken;

                import jakarta.persistence.*;

                @Entity
                public class Invoice {
                    @Id Long id;
                    @Column(name = "created_at") Instant createdAt;
                    @Column(name = "updated_at") Instant updatedAt;
                    @Column(name = "deleted_at") Instant deletedAt;
                    // expect: string-length
                    String number;
                }
                """)));
    }

    @Test
    void missingImportOfJpaItself() {
        // Without the JPA import nothing is an entity; entitylint has nothing to say.
        Hostile.check(List.of(source("com.broken.Lost", """
                package com.broken;

                @Entity
                public class Lost {
                    @Id Long id;
                    @Column String name;
                }
                """)));
    }

    @Test
    void unresolvedSuperclass() {
        Hostile.check(List.of(source("com.broken.Child", """
                package com.broken;

                import jakarta.persistence.*;

                @Entity
                public class Child extends NoSuchBase {
                    // expect: string-length
                    String label;
                }
                """)));
    }

    /**
     * An unresolvable type in a mapped superclass: the subclass asking for a repository is not
     * blamed for it (entitylint cannot judge the broken attribute, so it says nothing about it),
     * and the findings on other, valid entities are all still reported.
     */
    @Test
    void unresolvedTypeInAMappedSuperclass() {
        Hostile.check(List.of(source("com.broken.Base", """
                package com.broken;

                import jakarta.persistence.*;
                import java.time.Instant;

                @MappedSuperclass
                public abstract class Base {
                    @Id Long id;
                    @Column(name = "created_at") Instant createdAt;
                    @Column(name = "updated_at") Instant updatedAt;
                    @Column(name = "deleted_at") Instant deletedAt;
                    NoSuchType mystery;
                    @Column(name = "code", length = 20) String code;
                }
                """), source("com.broken.Valid", """
                package com.broken;

                import jakarta.persistence.*;

                @Entity
                @dev.entitylint.GenerateRepository
                @Table(indexes = @Index(name = "ix_valid_code", columnList = "code"))
                public class Valid extends Base {
                    @Column(length = 40) String name;
                }
                """), source("com.broken.Other", entity("", "@Entity", "Other", """
                    // expect: string-length
                    String reference;
                    // expect: fk-index
                    @ManyToOne Valid valid;
                """))));
    }

    /**
     * The id of a mapped superclass has an unresolvable type: the subclass asking for a repository
     * gets none and no {@code [repository]} finding (javac reports the error; the id may be fine
     * once it resolves), and the other entity's findings are all reported.
     */
    @Test
    void unresolvedIdTypeInAMappedSuperclass() {
        Hostile.check(List.of(source("com.broken.Keyed", """
                package com.broken;

                import jakarta.persistence.*;
                import java.time.Instant;

                @MappedSuperclass
                public abstract class Keyed {
                    @Id NoSuchId id;
                    @Column(name = "created_at") Instant createdAt;
                    @Column(name = "updated_at") Instant updatedAt;
                    @Column(name = "deleted_at") Instant deletedAt;
                }
                """), source("com.broken.Valid", """
                package com.broken;

                import jakarta.persistence.*;

                @Entity
                @dev.entitylint.GenerateRepository
                public class Valid extends Keyed {
                    @Column(length = 40) String name;
                }
                """), source("com.broken.Other", entity("", "@Entity", "Other", """
                    // expect: string-length
                    String reference;
                """))));
    }

    /**
     * A mapped superclass extends a class that does not resolve, which may hold the audit and
     * soft-delete columns: the entity below is not told it lacks them.
     */
    @Test
    void unresolvedSuperclassOfAMappedSuperclass() {
        Hostile.check(List.of(source("com.broken.Middle", """
                package com.broken;

                import jakarta.persistence.*;

                @MappedSuperclass
                public abstract class Middle extends NoSuchBase {
                    @Id Long id;
                }
                """), source("com.broken.Leaf", """
                package com.broken;

                import jakarta.persistence.*;

                @Entity
                @dev.entitylint.GenerateRepository
                public class Leaf extends Middle {
                    // expect: string-length
                    String label;
                }
                """), source("com.broken.Other", entity("", "@Entity", "Other", """
                    // expect: string-length
                    String reference;
                    // expect: fk-index
                    @ManyToOne(fetch = FetchType.LAZY) Leaf leaf;
                """))));
    }

    @Test
    void syntaxErrorInTheClassBody() {
        Hostile.checkSyntaxError(List.of(source("com.broken.Typing", entity("", "@Entity", "Typing", """
                    @Column(length = 40) String name
                    @Column(length = 40) String other;
                    private String half = ;
                """))));
    }

    @Test
    void halfWrittenAnnotations() {
        Hostile.checkSyntaxError(List.of(source("com.broken.Half", entity("", "@Entity", "Half", """
                    @Column(length = ) String name;
                    @Column(precision = , scale = 2) java.math.BigDecimal price;
                    @ManyToOne(fetch = ) Half parent;
                    @Column(name = "x", length = 10, ) String trailing;
                    @Column(
                """))));
    }

    @Test
    void annotationValuesOfTheWrongType() {
        Hostile.check(List.of(source("com.broken.Wrong", entity("",
                "@Entity\n@Table(name = 42, indexes = @Index(columnList = 7))", "Wrong", """
                    @Column(length = "long") String name;
                    @Column(nullable = 1, unique = "yes") String code;
                    @Column(precision = 19.5, scale = "2") java.math.BigDecimal totalAmount;
                    @ManyToOne(targetEntity = "Wrong", optional = "no") Wrong parent;
                    @Enumerated(3) Kind kind;
                    @JoinColumn(name = 5) @ManyToOne Wrong other;
                    @AttributeOverride(name = 1, column = @Column(length = 5)) Address address;
                    enum Kind { A }
                """)), source("com.broken.Address", """
                package com.broken;

                import jakarta.persistence.*;

                @Embeddable
                public class Address {
                    @Column(length = 80) String street;
                }
                """)));
    }

    @Test
    void recursiveEmbeddables() {
        Hostile.check(List.of(
                source("com.broken.Tree", entity("", "@Entity", "Tree", """
                    @Embedded Node root;
                    @Embedded Ping ping;
                """)),
                source("com.broken.Node", """
                        package com.broken;

                        import jakarta.persistence.*;

                        @Embeddable
                        public class Node {
                            @Column(length = 20) String label;
                            @Embedded Node child;
                        }
                        """),
                source("com.broken.Ping", """
                        package com.broken;

                        import jakarta.persistence.*;

                        @Embeddable
                        public class Ping {
                            // expect: string-length
                            String ping;
                            Pong pong;
                        }
                        """),
                source("com.broken.Pong", """
                        package com.broken;

                        import jakarta.persistence.*;

                        @Embeddable
                        public class Pong {
                            @Column(length = 20) String pong;
                            Ping ping;
                        }
                        """)));
    }

    @Test
    void cyclicInheritance() {
        Hostile.check(List.of(
                source("com.broken.Egg", """
                        package com.broken;

                        import jakarta.persistence.*;

                        import java.time.Instant;

                        @Entity
                        public class Egg extends Chicken {
                            @Id Long id;
                            @Column(name = "created_at") Instant createdAt;
                            @Column(name = "updated_at") Instant updatedAt;
                            @Column(name = "deleted_at") Instant deletedAt;
                        }
                        """),
                source("com.broken.Chicken", """
                        package com.broken;

                        import jakarta.persistence.*;

                        @MappedSuperclass
                        public class Chicken extends Egg {
                            @Column(length = 10) String name;
                        }
                        """)));
    }

    @Test
    void cyclicGenericMappedSuperclasses() {
        Hostile.check(List.of(
                source("com.broken.Base", """
                        package com.broken;

                        import jakarta.persistence.*;
                        import java.time.Instant;
                        import java.util.List;

                        @MappedSuperclass
                        public abstract class Base<T extends Base<T, L>, L extends List<L>> {
                            @Id Long id;
                            @ManyToOne T parent;
                            @ElementCollection L selfList;
                            @Embedded T self;
                            @Column(name = "created_at") Instant createdAt;
                            @Column(name = "updated_at") Instant updatedAt;
                            @Column(name = "deleted_at") Instant deletedAt;
                        }
                        """),
                source("com.broken.Leaf", """
                        package com.broken;

                        import jakarta.persistence.*;

                        @Entity
                        @Table(indexes = @Index(name = "ix_leaf_parent_id", columnList = "parent_id"))
                        public class Leaf<L extends java.util.List<L>> extends Base<Leaf<L>, L> {
                            @Column(length = 10) String name;
                        }
                        """)));
    }

    @Test
    void strangeShapesCarryingJpaAnnotations() {
        Hostile.check(List.of(source("com.broken.Shapes", """
                package com.broken;

                import jakarta.persistence.*;
                import java.util.List;

                @Entity interface AnInterface { }
                @Entity enum AnEnum { A }
                @Entity record ARecord(@Id Long id, String name) { }
                @Entity @interface AnAnnotation { }
                @Embeddable interface AnEmbeddableInterface { }

                @Entity
                @Access(AccessType.PROPERTY)
                // Valid Java, legal annotations, useless indexes: named nothing, they are reported as such.
                // expect: constraint-name; constraint-name
                @Table(name = "", indexes = {@Index(columnList = ""), @Index(name = "", columnList = ",,")},
                        // expect: constraint-name
                        uniqueConstraints = @UniqueConstraint(columnNames = {}))
                // A getter named get() is no property, so the entity truly has no id.
                // expect: primary-key
                public class Shapes<T> {
                    @Id public Long get() { return 1L; }
                    public String is() { return ""; }
                    @Column(length = 5) public String getX(int arg) { return ""; }
                    @Column(length = 5) public void getNothing() { }
                    // Nothing between the quotes: Hibernate takes the two quote characters as the name.
                    // expect: sql-identifier
                    @Column(name = "\\"\\"", length = 5) public String getQuoted() { return ""; }
                    // expect: sql-identifier
                    @Column(name = "``", length = 5) public String getTicks() { return ""; }
                    @Embedded public int getPrimitive() { return 0; }
                    @ManyToOne @JoinColumn(name = "") public String getNotAnEntity() { return ""; }
                    @OneToMany public Shapes<T> getNotACollection() { return this; }
                    @ManyToOne public T getGeneric() { return null; }
                    @Column(length = 5) public String getÄrger() { return ""; }
                    @Transient public String getIgnored() { return ""; }
                    @Column(name = "created_at") public java.time.Instant getCreatedAt() { return null; }
                    @Column(name = "updated_at") public java.time.Instant getUpdatedAt() { return null; }
                    @Column(name = "deleted_at") public java.time.Instant getDeletedAt() { return null; }

                    @Entity
                    // expect: audit-fields; soft-delete
                    static class Nested {
                        @Id Long id;
                        @ManyToOne @JoinColumns({})
                        // expect: fk-index
                        Nested parent;
                    }
                }
                """)));
    }

    @Test
    void thousandsOfAttributes() {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < 3000; i++) {
            body.append("    @Column(length = 40) String name").append(i).append(";\n");
        }
        body.append("    // expect: string-length\n    String last;\n");
        for (int i = 0; i < 500; i++) {
            body.append("    @ManyToOne @JoinColumn(name = \"ref").append(i).append("_id\") Huge ref").append(i)
                    .append(";\n");
        }
        StringBuilder indexes = new StringBuilder();
        for (int i = 0; i < 500; i++) {
            indexes.append(i == 0 ? "" : ", ").append("@Index(name = \"ix_ref").append(i)
                    .append("\", columnList = \"ref").append(i).append("_id\")");
        }
        Hostile.check(List.of(source("com.broken.Huge",
                entity("", "@Entity\n@Table(indexes = {" + indexes + "})", "Huge", body.toString()))));
    }
}
