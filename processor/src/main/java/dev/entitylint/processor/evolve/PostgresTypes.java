package dev.entitylint.processor.evolve;

import java.util.Map;

/**
 * The PostgreSQL column types Hibernate ORM 7 creates ({@code PostgreSQLDialect}, default type
 * mappings), so a migration written from them passes {@code hibernate.hbm2ddl.auto=validate}.
 */
public final class PostgresTypes {

    private PostgresTypes() {
    }

    private static final Map<String, String> FIXED = Map.ofEntries(
            Map.entry("boolean", "boolean"), Map.entry("java.lang.Boolean", "boolean"),
            Map.entry("byte", "smallint"), Map.entry("java.lang.Byte", "smallint"),
            Map.entry("short", "smallint"), Map.entry("java.lang.Short", "smallint"),
            Map.entry("int", "integer"), Map.entry("java.lang.Integer", "integer"),
            Map.entry("long", "bigint"), Map.entry("java.lang.Long", "bigint"),
            Map.entry("float", "float(24)"), Map.entry("java.lang.Float", "float(24)"),
            Map.entry("double", "float(53)"), Map.entry("java.lang.Double", "float(53)"),
            Map.entry("char", "char(1)"), Map.entry("java.lang.Character", "char(1)"),
            Map.entry("java.util.UUID", "uuid"),
            Map.entry("java.time.LocalDate", "date"), Map.entry("java.sql.Date", "date"),
            Map.entry("java.time.LocalTime", "time(6)"), Map.entry("java.sql.Time", "time(6)"),
            Map.entry("java.time.OffsetTime", "time(6) with time zone"),
            Map.entry("java.time.LocalDateTime", "timestamp(6)"), Map.entry("java.sql.Timestamp", "timestamp(6)"),
            Map.entry("java.util.Calendar", "timestamp(6)"),
            Map.entry("java.time.Instant", "timestamp(6) with time zone"),
            Map.entry("java.time.OffsetDateTime", "timestamp(6) with time zone"),
            Map.entry("java.time.ZonedDateTime", "timestamp(6) with time zone"),
            Map.entry("java.time.Duration", "interval second(6)"),
            Map.entry("java.time.Year", "integer"),
            Map.entry("java.util.Currency", "varchar(3)"),
            Map.entry("byte[]", "bytea"), Map.entry("java.lang.Byte[]", "bytea"));

    /** Types Hibernate stores as {@code varchar(255)} by default. */
    private static final java.util.Set<String> CHARACTER = java.util.Set.of(
            "java.lang.String", "char[]", "java.lang.Character[]", "java.util.Locale", "java.util.TimeZone",
            "java.time.ZoneId", "java.time.ZoneOffset", "java.net.URL", "java.lang.Class");

    /**
     * The type of a column.
     *
     * @param javaType the Java type stored (for an enum, its class)
     * @param length the length of a character column, or {@code null}
     * @param precision the declared precision, or {@code null}
     * @param scale the declared scale, or {@code null}
     * @param lob whether it is {@code @Lob}
     * @param enumStorage {@code ORDINAL} or {@code STRING} for an enum, else {@code null}
     * @param temporal the {@code @Temporal} value of a {@code java.util.Date}, or {@code null}
     * @return the type, or {@code null} when Hibernate's choice cannot be known (a converter, a
     *     user type, an embeddable held whole)
     */
    public static String of(String javaType, Integer length, Integer precision, Integer scale, boolean lob,
            String enumStorage, String temporal) {
        if (javaType == null) {
            return null;
        }
        if (enumStorage != null) {
            return "STRING".equals(enumStorage) ? "varchar(" + (length == null ? 255 : length) + ")" : "smallint";
        }
        if (lob) {
            // PostgreSQLDialect maps BLOB, CLOB and NCLOB to oid (the driver's large objects).
            return "oid";
        }
        if (CHARACTER.contains(javaType)) {
            return "varchar(" + (length == null ? 255 : length) + ")";
        }
        if (javaType.equals("java.math.BigDecimal")) {
            return "numeric(" + (precision == null ? 38 : precision) + "," + (scale == null ? 2 : scale) + ")";
        }
        if (javaType.equals("java.math.BigInteger")) {
            return "numeric(" + (precision == null ? 38 : precision) + ",0)";
        }
        if (javaType.equals("java.util.Date")) {
            if ("DATE".equals(temporal)) {
                return "date";
            }
            return "TIME".equals(temporal) ? "time(6)" : "timestamp(6)";
        }
        return FIXED.get(javaType);
    }

    /** Whether an unquoted identifier is safe to write as it is (else it is written quoted). */
    public static boolean plainIdentifier(String name) {
        return name.matches("[A-Za-z_][A-Za-z0-9_$]*");
    }
}
