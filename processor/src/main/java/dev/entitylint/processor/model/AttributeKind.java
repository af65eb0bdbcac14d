package dev.entitylint.processor.model;

/** How JPA maps an attribute. */
public enum AttributeKind {
    BASIC,
    EMBEDDED,
    EMBEDDED_ID,
    MANY_TO_ONE,
    ONE_TO_ONE,
    ONE_TO_MANY,
    MANY_TO_MANY,
    ELEMENT_COLLECTION;

    public boolean isToOne() {
        return this == MANY_TO_ONE || this == ONE_TO_ONE;
    }

    public boolean isToMany() {
        return this == ONE_TO_MANY || this == MANY_TO_MANY;
    }

    public boolean isAssociation() {
        return isToOne() || isToMany();
    }

    public boolean isEmbedded() {
        return this == EMBEDDED || this == EMBEDDED_ID;
    }
}
