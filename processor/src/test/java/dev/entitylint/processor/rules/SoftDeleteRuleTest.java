package dev.entitylint.processor.rules;

import static dev.entitylint.processor.testing.Lint.source;

import dev.entitylint.processor.testing.Lint;
import org.junit.jupiter.api.Test;

class SoftDeleteRuleTest {

    private final Lint lint = Lint.only("soft-delete");

    @Test
    void reportsAMissingColumnOnceAtTheEntity() {
        lint.check(source("com.acme.Customer", """
                package com.acme;

                import jakarta.persistence.*;

                @Entity
                @Table(name = "customers")
                // expect: soft-delete "entity Customer has no deleted_at soft-delete column"
                public class Customer {
                    @Id Long id;
                }
                """), source("com.acme.VipCustomer", """
                package com.acme;

                import jakarta.persistence.*;

                @Entity
                public class VipCustomer extends Customer {
                }
                """));
    }

    @Test
    void acceptsANullableTimestampDeclaredOrInheritedAndHibernateSoftDelete() {
        lint.check(source("com.acme.SoftDeletable", """
                package com.acme;

                import jakarta.persistence.*;
                import java.time.Instant;

                @MappedSuperclass
                public abstract class SoftDeletable {
                    @Id Long id;
                    @Column(name = "deleted_at") Instant deletedAt;
                }
                """), source("com.acme.Post", """
                package com.acme;

                import jakarta.persistence.*;

                @Entity
                public class Post extends SoftDeletable {
                }
                """), source("com.acme.Comment", """
                package com.acme;

                import jakarta.persistence.*;
                import org.hibernate.annotations.SoftDelete;

                @Entity
                @SoftDelete
                public class Comment {
                    @Id Long id;
                }
                """));
    }

    @Test
    void reportsTheWrongShapeAtTheAttribute() {
        lint.check(source("com.acme.Base", """
                package com.acme;

                import jakarta.persistence.*;

                @MappedSuperclass
                public abstract class Base {
                    @Id Long id;
                    // expect: soft-delete "'deleted_at' is Boolean"
                    Boolean deletedAt;
                }
                """), source("com.acme.A", """
                package com.acme;

                import jakarta.persistence.*;

                @Entity
                public class A extends Base {
                }
                """), source("com.acme.B", """
                package com.acme;

                import jakarta.persistence.*;

                @Entity
                public class B extends Base {
                }
                """), source("com.acme.C", """
                package com.acme;

                import jakarta.persistence.*;
                import java.time.Instant;

                @Entity
                public class C {
                    @Id Long id;
                    @Column(name = "deleted_at",
                        // expect: soft-delete "is NOT NULL"
                        nullable = false)
                    Instant deletedAt;
                }
                """), source("com.acme.D", """
                package com.acme;

                import jakarta.persistence.*;
                import jakarta.validation.constraints.NotNull;
                import java.time.Instant;

                @Entity
                public class D {
                    @Id Long id;
                    // expect: soft-delete "remove the not-null constraint from 'deletedAt'"
                    @NotNull Instant deletedAt;
                }
                """));
    }

    @Test
    void optionalModeChecksOnlyTheShape() {
        Lint.only("soft-delete", "-Aentitylint.softDelete=optional").check(source("com.acme.Tag", """
                package com.acme;

                import jakarta.persistence.*;

                @Entity
                public class Tag {
                    @Id Long id;
                }
                """), source("com.acme.Label", """
                package com.acme;

                import jakarta.persistence.*;

                @Entity
                public class Label {
                    @Id Long id;
                    // expect: soft-delete "is String"
                    @Column(length = 30) String deletedAt;
                }
                """));
    }

    @Test
    void hardDeletedEntitiesSayWhy() {
        lint.check(source("com.acme.Session", """
                package com.acme;

                import dev.entitylint.Allow;
                import jakarta.persistence.*;

                @Entity
                @Allow(value = "soft-delete", reason = "sessions expire; nothing to keep")
                public class Session {
                    @Id Long id;
                }
                """), source("com.acme.Token", """
                package com.acme;

                import dev.entitylint.Allow;
                import jakarta.persistence.*;

                @Entity
                @Allow(value = "soft-delete", reason = " ")
                // expect: soft-delete
                public class Token {
                    @Id Long id;
                }
                """));
    }

    @Test
    void columnNameIsConfigurable() {
        Lint.only("soft-delete", "-Aentitylint.softDelete.column=removed_at").check(source("com.acme.Doc", """
                package com.acme;

                import jakarta.persistence.*;
                import java.time.Instant;

                @Entity
                public class Doc {
                    @Id Long id;
                    Instant removedAt;
                }
                """));
    }
}
