package dev.entitylint.processor.model;

import java.util.Set;

/**
 * The Java type of an attribute, resolved as a member of the entity that maps it (so a generic
 * {@code ID id} inherited from a mapped superclass becomes {@code java.lang.Long}).
 *
 * @param name the erased, qualified name: {@code java.lang.String}, {@code double},
 *     {@code java.util.List}, {@code byte[]}
 * @param elementName for a collection or map, the qualified name of its element (value) type,
 *     else {@code null}
 * @param sourceName how the type is written in generated code, with type arguments
 * @param kind what sort of type it is
 * @param elementKind for a collection or map, what sort of type its element (value) is, else {@code null}
 * @param binaryName for a class, its binary name ({@code com.acme.Order$Status}), from which
 *     generated code names it exactly without asking the compiler again; else {@code null}
 */
public record TypeInfo(String name, String elementName, String sourceName, Kind kind, Kind elementKind,
        String binaryName) {

    /** A type that is not a collection or map. */
    public TypeInfo(String name, String elementName, String sourceName, Kind kind) {
        this(name, elementName, sourceName, kind, null, null);
    }

    /** A type whose binary name is not known (a primitive, an array, a type javac could not resolve). */
    public TypeInfo(String name, String elementName, String sourceName, Kind kind, Kind elementKind) {
        this(name, elementName, sourceName, kind, elementKind, null);
    }

    /** The same type with its binary name. */
    TypeInfo withBinaryName(String binary) {
        return new TypeInfo(name, elementName, sourceName, kind, elementKind, binary);
    }

    /** Whether a collection's or map's element (value) type is an enum. */
    public boolean elementIsEnum() {
        return elementKind == Kind.ENUM;
    }

    /** What sort of type an attribute has. */
    public enum Kind {
        PRIMITIVE,
        ARRAY,
        ENUM,
        COLLECTION,
        MAP,
        DECLARED,
        /**
         * A type javac could not resolve (missing import, a class generated later), or an attribute
         * whose annotations are half-typed: nothing is known about it, so no predicate holds.
         */
        ERROR
    }

    private static final Set<String> TIMESTAMPS = Set.of(
            "java.time.Instant", "java.time.OffsetDateTime", "java.time.ZonedDateTime", "java.time.LocalDateTime");
    private static final Set<String> INTEGRAL = Set.of(
            "byte", "short", "int", "long", "java.lang.Byte", "java.lang.Short", "java.lang.Integer",
            "java.lang.Long", "java.math.BigInteger");
    private static final Set<String> FLOATING = Set.of("float", "double", "java.lang.Float", "java.lang.Double");

    public boolean isString() {
        return kind != Kind.ERROR && name.equals("java.lang.String");
    }

    public boolean isBigDecimal() {
        return kind != Kind.ERROR && name.equals("java.math.BigDecimal");
    }

    public boolean isFloatingPoint() {
        return kind != Kind.ERROR && FLOATING.contains(name);
    }

    public boolean isIntegral() {
        return kind != Kind.ERROR && isIntegral(name);
    }

    /** Whether the type of that qualified name ({@code long}, {@code java.lang.Integer}) holds whole numbers. */
    public static boolean isIntegral(String name) {
        return INTEGRAL.contains(name);
    }

    public boolean isPrimitive() {
        return kind == Kind.PRIMITIVE;
    }

    public boolean isBoolean() {
        return name.equals("boolean") || name.equals("java.lang.Boolean");
    }

    public boolean isError() {
        return kind == Kind.ERROR;
    }

    /** {@code Instant}, {@code OffsetDateTime}, {@code ZonedDateTime} or {@code LocalDateTime}. */
    public boolean isTimestamp() {
        return kind != Kind.ERROR && TIMESTAMPS.contains(name);
    }

    /** The simple name, for messages: {@code BigDecimal}, {@code double}, {@code List}. */
    public String simpleName() {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? name : name.substring(dot + 1);
    }
}
