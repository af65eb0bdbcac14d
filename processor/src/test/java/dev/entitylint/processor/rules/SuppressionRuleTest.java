package dev.entitylint.processor.rules;

import static dev.entitylint.processor.testing.Lint.source;

import dev.entitylint.processor.testing.Lint;
import org.junit.jupiter.api.Test;

class SuppressionRuleTest {

    @Test
    void unknownIdsAndBlankReasonsAreErrorsAtTheValue() {
        Lint.only("suppression", "-Aentitylint.rules=string-length:error").check(source("com.acme.Item", """
                package com.acme;

                import dev.entitylint.Allow;
                import jakarta.persistence.*;

                @Entity
                public class Item {
                    @Id Long id;
                    // expect: suppression "unknown rule id 'string-lenght' in @SuppressWarnings, so it suppresses nothing; did you mean 'string-length'?"
                    @SuppressWarnings("entitylint:string-lenght")
                    // expect: string-length
                    String name;
                    // expect: suppression "@Allow has a blank reason"
                    @Allow(value = "string-length", reason = "")
                    // expect: string-length
                    String code;
                    // expect: suppression "unknown rule id 'fk-indexes' in @Allow"
                    @Allow(value = "fk-indexes", reason = "reference data")
                    @Column(length = 10) String kind;
                    @SuppressWarnings({"unchecked", "entitylint:string-length"}) String note;
                }
                """));
    }

    @Test
    void entitylintAloneSuppressesEveryRuleButNotItsOwnValidation() {
        Lint.allRules().check(source("com.acme.Legacy", """
                package com.acme;

                import jakarta.persistence.*;

                @Entity
                @SuppressWarnings("entitylint")
                public class Legacy {
                    @Id Long id;
                    String name;
                    double price;
                }
                """));
    }
}
