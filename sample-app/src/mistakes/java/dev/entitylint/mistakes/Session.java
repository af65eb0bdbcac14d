package dev.entitylint.mistakes;

import dev.entitylint.Allow;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** Deliberately wrong: an exception without a reason, and a misspelt rule id. */
@Entity
@Allow(value = "soft-delete",
    // expect: suppression
    reason = "")
// expect: audit-fields; soft-delete
public class Session {
    @Id Long id;

    // expect: suppression
    @SuppressWarnings("entitylint:string-lenght")
    // expect: string-length
    String token;
}
