package dev.entitylint.processor.model;

/** The JPA role of a class. */
public enum ManagedTypeKind {
    ENTITY,
    MAPPED_SUPERCLASS,
    EMBEDDABLE
}
