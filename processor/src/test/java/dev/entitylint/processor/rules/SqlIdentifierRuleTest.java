package dev.entitylint.processor.rules;

import static dev.entitylint.processor.testing.Lint.source;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import dev.entitylint.processor.testing.Lint;
import java.util.List;
import java.util.Locale;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

class SqlIdentifierRuleTest {

    private final Lint lint = Lint.only("sql-identifier");

    @Test
    void reportsWrittenNamesThatAreNotSqlIdentifiers() {
        lint.check(source("com.acme.Invoice", """
                package com.acme;

                import jakarta.persistence.*;
                import java.util.Set;

                @Entity
                // expect: sql-identifier "table name 'invoice line' contains a space, which an unquoted SQL name cannot hold, so Hibernate 7 quotes it on its own, which makes it a case-sensitive name every migration and native query must quote exactly so (older Hibernate versions write it unquoted, and the database rejects the SQL or reads it as something else) — write a plain name: @Table(name = "invoice_line") (or, to keep the name, quote it: @Table(name = "\\"invoice line\\""))"
                @Table(name = "invoice line",
                        // expect: sql-identifier "index name 'ix;drop' contains ';'"; sql-identifier "column name '1st' starts with '1', which an SQL name cannot start with"
                        indexes = @Index(name = "ix;drop", columnList = "\\"Total Amount\\" desc, 1st asc, (lower(note))"),
                        // expect: sql-identifier "unique constraint name 'uk-number' contains '-'"; sql-identifier "column name 'a.b' contains '.'"
                        uniqueConstraints = @UniqueConstraint(name = "uk-number", columnNames = {"number", "a.b"}))
                class Invoice {
                    @Id Long id;
                    @Column(length = 20) String number;
                    @Column(name = "\\"Total Amount\\"") java.math.BigDecimal total;
                    @Column(name = "`Gross Amount`") java.math.BigDecimal gross;
                    // expect: sql-identifier "column name 'x*/y' contains '*'"
                    @Column(name = "x*/y", length = 10) String star;
                    // expect: sql-identifier "column name 'a\\nb' contains a line break (U+000A)"
                    @Column(name = "a\\nb", length = 10) String broken;
                    // expect: sql-identifier "column name 'back\\slash' contains a backslash"
                    @Column(name = "back\\\\slash", length = 10) String backslash;
                    // expect: sql-identifier "column name 'it's' contains a single quote"
                    @Column(name = "it's", length = 10) String quote;
                    @Column(name = "  padded  ", length = 10) String padded;
                    @Column(name = "price$eur") java.math.BigDecimal price;
                    @ManyToOne(fetch = FetchType.LAZY)
                    // expect: sql-identifier "join column name 'customer id' contains a space"; sql-identifier "foreign key name 'fk customer' contains a space"
                    @JoinColumn(name = "customer id", foreignKey = @ForeignKey(name = "fk customer"))
                    Customer customer;
                    @ElementCollection
                    // expect: sql-identifier "collection table name 'invoice-tags' contains '-'"; sql-identifier "join column name 'invoice-id' contains '-'"
                    @CollectionTable(name = "invoice-tags", joinColumns = @JoinColumn(name = "invoice-id"))
                    // expect: sql-identifier "column name 'tag name' contains a space"
                    @Column(name = "tag name", length = 20)
                    Set<String> tags;
                }
                """), source("com.acme.Customer", """
                package com.acme;

                import jakarta.persistence.*;

                @Entity
                // expect: sql-identifier "table name 'Customer Account' contains a space"
                @Table(name = "Customer Account")
                class Customer {
                    @Id Long id;
                }
                """));
    }

    @Test
    void quotedNamesMayHoldAnythingButALoneQuoteAControlCharacterOrNothing() {
        lint.check(source("com.acme.Quoted", """
                package com.acme;

                import jakarta.persistence.*;

                @Entity
                @Table(name = "\\"order item\\"", indexes = @Index(name = "`ix order`", columnList = "`a b`, \\"c;d\\""))
                class Quoted {
                    @Id Long id;
                    @Column(name = "`a b`") Integer ab;
                    @Column(name = "\\"c;d\\"") Integer cd;
                    @Column(name = "\\"say \\"\\"hi\\"\\"\\"") Integer doubled;
                    @Column(name = "[bracketed name]") Integer bracketed;
                    @Column(name = "\\"größe\\"") Integer size;
                    // expect: sql-identifier "column name '"a"b"' contains a lone double quote, which ends the quoted name early in the SQL"
                    @Column(name = "\\"a\\"b\\"") Integer lone;
                    // expect: sql-identifier "column name '``' is empty between its quotes, so the SQL written with it breaks or names something else — write @Column(name = "name"), or leave name out for the default name"
                    @Column(name = "``") Integer empty;
                    // expect: sql-identifier "column name '" "' is blank between its quotes"
                    @Column(name = "\\" \\"") Integer blank;
                    // expect: sql-identifier "column name '"tab\\there"' contains a tab (U+0009), which no one can type in SQL"
                    @Column(name = "\\"tab\\there\\"") Integer tab;
                }
                """));
    }

    @Test
    void lettersOutsideAsciiAreANote() {
        lint.check(source("com.acme.Messung", """
                package com.acme;

                import jakarta.persistence.*;

                @Entity
                @Table(name = "messung")
                class Messung {
                    @Id Long id;
                    // expect: note sql-identifier "column name 'größe' contains 'ö' (U+00F6), a letter outside ASCII: PostgreSQL and H2 accept it unquoted but fold its case differently"
                    @Column(name = "größe") Integer size;
                    // expect: note sql-identifier "write @Column(name = "name"), or quote it to keep it exactly: @Column(name = "\\"名前\\"")"
                    @Column(name = "名前", length = 20) String name;
                    // expect: sql-identifier "column name 'caf\u0065\u0301' contains a combining mark (U+0301)"
                    @Column(name = "caf\u0065\u0301", length = 20) String cafe;
                    // expect: sql-identifier "column name 'zero\\u200bwidth' contains an invisible character (U+200B)"
                    @Column(name = "zero\\u200bwidth", length = 20) String invisible;
                }
                """));
    }

    @Test
    void aNameInAMappedSuperclassIsReportedOnceWhereItIsWritten() {
        lint.check(source("com.acme.Base", """
                package com.acme;

                import jakarta.persistence.*;

                @MappedSuperclass
                abstract class Base {
                    @Id Long id;
                    // expect: sql-identifier "column name 'created at' contains a space"
                    @Column(name = "created at") java.time.Instant createdAt;
                }
                """), source("com.acme.First", """
                package com.acme;

                import jakarta.persistence.*;

                @Entity
                class First extends Base {
                }
                """), source("com.acme.Second", """
                package com.acme;

                import jakarta.persistence.*;

                @Entity
                class Second extends Base {
                }
                """));
    }

    @Test
    void anEntityNameBecomesTheTableName() {
        lint.check(source("com.acme.Line", """
                package com.acme;

                import jakarta.persistence.*;

                // expect: sql-identifier "table name 'Order Line' contains a space"
                @Entity(name = "Order Line")
                class Line {
                    @Id Long id;
                }
                """), source("com.acme.Named", """
                package com.acme;

                import jakarta.persistence.*;

                @Entity(name = "Named Entity")
                @Table(name = "named")
                class Named {
                    @Id Long id;
                }
                """));
    }

    @Test
    void secondaryJoinAndDiscriminatorNames() {
        lint.check(source("com.acme.Animal", """
                package com.acme;

                import jakarta.persistence.*;
                import java.util.Set;

                @Entity
                @Table(name = "animal")
                // expect: sql-identifier "discriminator column name 'animal kind' contains a space"
                @DiscriminatorColumn(name = "animal kind")
                // expect: sql-identifier "secondary table name 'animal-details' contains '-'"
                @SecondaryTable(name = "animal-details")
                class Animal {
                    @Id Long id;
                    @ManyToMany
                    // expect: sql-identifier "join table name 'animal friends' contains a space"; sql-identifier "join column name 'friend#id' contains '#'"
                    @JoinTable(name = "animal friends", inverseJoinColumns = @JoinColumn(name = "friend#id"))
                    Set<Animal> friends;
                }
                """));
    }

    @Test
    void suppressedOnTheAttribute() {
        lint.check(source("com.acme.Legacy", """
                package com.acme;

                import jakarta.persistence.*;

                @Entity
                @Table(name = "legacy")
                class Legacy {
                    @Id Long id;
                    @SuppressWarnings("entitylint:sql-identifier")
                    @Column(name = "Legacy Name", length = 20) String name;
                }
                """));
    }

    @Test
    void otherProvidersWriteTheNameUnquoted() {
        Lint.only("sql-identifier", "-Aentitylint.provider=eclipselink").check(source("com.acme.Item", """
                package com.acme;

                import jakarta.persistence.*;

                @Entity
                @Table(name = "item")
                class Item {
                    @Id Long id;
                    // expect: sql-identifier "column name 'unit price' contains a space, which an unquoted SQL name cannot hold, so EclipseLink writes it into SQL unquoted, and the database rejects the statement or reads it as something else"
                    @Column(name = "unit price") Integer unitPrice;
                }
                """));
    }

    /** One bad name, one finding: naming-convention leaves names that are not SQL identifiers to this rule. */
    @Test
    void namingConventionLeavesTheseNamesAlone() {
        Lint.allRules("-Aentitylint.rules=all:off,sql-identifier:error,naming-convention:warning,reserved-word:error")
                .check(source("com.acme.Row", """
                        package com.acme;

                        import jakarta.persistence.*;

                        @Entity
                        @Table(name = "row_entry")
                        class Row {
                            @Id Long id;
                            // expect: sql-identifier "contains a space"
                            @Column(name = "Unit Price") Integer unitPrice;
                            // expect: note sql-identifier "a letter outside ASCII"
                            @Column(name = "Größe") Integer size;
                            // expect: naming-convention "is not lower snake case"
                            @Column(name = "UnitCost") Integer unitCost;
                        }
                        """));
    }

    /** The diagnostic points at the written value, as javac points at a bad value. */
    @Test
    void pointsAtTheValue() {
        String code = """
                package com.acme;

                import jakarta.persistence.*;

                @Entity
                @Table(name = "spot")
                class Spot {
                    @Id Long id;
                    @Column(length = 5, name = "bad name") String name;
                    @ElementCollection @CollectionTable(joinColumns = @JoinColumn(name = "spot_id"), name = "bad table")
                    java.util.Set<Long> numbers;
                }
                """;
        JavaFileObject file = source("com.acme.Spot", code);
        Compilation compilation = lint.compile(file);
        List<Diagnostic<? extends JavaFileObject>> errors = List.copyOf(compilation.errors());
        assertEquals(2, errors.size(), errors.toString());
        for (Diagnostic<? extends JavaFileObject> error : errors) {
            String line = code.split("\n")[(int) error.getLineNumber() - 1];
            String value = line.contains("\"bad name\"") ? "\"bad name\"" : "\"bad table\"";
            assertEquals(line.indexOf(value) + 1, error.getColumnNumber(), error.getMessage(Locale.ROOT));
        }
    }
}
