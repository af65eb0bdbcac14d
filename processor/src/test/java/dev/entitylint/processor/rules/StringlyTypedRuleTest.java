package dev.entitylint.processor.rules;

import static dev.entitylint.processor.testing.Lint.source;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.entitylint.processor.testing.Lint;
import org.junit.jupiter.api.Test;

class StringlyTypedRuleTest {

    private final Lint lint = Lint.only("stringly-typed");

    @Test
    void reportsTimesDatesAndFlagsKeptInStrings() {
        lint.check(source("com.acme.Member", """
                package com.acme;

                import jakarta.persistence.*;

                @Entity
                class Member {
                    @Id Long id;
                    // expect: warning stringly-typed "'publishedAt' holds a point in time in a String, so the database cannot compare, sort or validate it and every reader parses its own format — declare it java.time.Instant publishedAt"
                    @Column(length = 30) String publishedAt;
                    // expect: stringly-typed "— declare it java.time.LocalDate birthDate (the column becomes DATE)"
                    String birthDate;
                    // expect: stringly-typed "'opened' holds a point in time"
                    @Column(name = "modified_on", length = 30) String opened;
                    // expect: stringly-typed "'isActive' is a yes/no flag kept in a String, so any text is accepted and every reader compares its own spelling of true — declare it boolean isActive"
                    @Column(name = "is_active", length = 5) String isActive;
                    // expect: stringly-typed "'enabled' is a yes/no flag"
                    @Column(length = 1) String enabled;
                }
                """));
    }

    /** The right types, and names that only contain a time word, are quiet. */
    @Test
    void typedColumnsAndLookAlikeNamesAreQuiet() {
        lint.check(source("com.acme.Member", """
                package com.acme;

                import jakarta.persistence.*;
                import java.time.*;

                @Entity
                class Member {
                    @Id Long id;
                    Instant createdAt;
                    LocalDate birthDate;
                    boolean active;
                    @Column(length = 20) String dateFormat;
                    @Column(length = 40) String timeZone;
                    @Column(length = 13) String isbn;
                    @Column(length = 20) String issueNumber;
                    @Column(length = 20) String runtime;
                    @Column(length = 20) String format;
                    @Column(length = 20) String status;
                    // audit-fields judges the type of the audit columns
                    @Column(name = "updated_at", length = 30) String updated;
                }
                """));
    }

    @Test
    void namesAreReadWordByWord() {
        assertEquals("time", StringlyTypedRule.kind("updated_at"));
        assertEquals("time", StringlyTypedRule.kind("lastLoginTime"));
        assertEquals("date", StringlyTypedRule.kind("DUE_DATE"));
        assertEquals("flag", StringlyTypedRule.kind("hasChildren"));
        assertEquals(null, StringlyTypedRule.kind("lookAt"));
        assertEquals(null, StringlyTypedRule.kind("chat"));
        assertEquals(null, StringlyTypedRule.kind("isbn"));
        assertEquals(null, StringlyTypedRule.kind("timeUnit"));
    }

    @Test
    void suppressedWithAReason() {
        lint.check(source("com.acme.Member", """
                package com.acme;

                import jakarta.persistence.*;

                @Entity
                class Member {
                    @Id Long id;
                    @dev.entitylint.Allow(value = "stringly-typed", reason = "the partner's free-text date, kept verbatim")
                    @Column(length = 30) String deliveryDate;
                }
                """));
    }
}
