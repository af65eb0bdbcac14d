package dev.entitylint.processor.config;

import dev.entitylint.processor.model.NamingStrategy;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import java.util.stream.Collectors;

/**
 * The processor's {@code -A} options, read once per compilation. A bad value never stops the
 * other options from applying: it is recorded as a problem (reported as a compile error) and its
 * default stays in force.
 */
public final class Options {

    public static final String PREFIX = "entitylint.";
    public static final String RULES = PREFIX + "rules";
    public static final String NAMING = PREFIX + "naming";
    public static final String SOFT_DELETE = PREFIX + "softDelete";
    public static final String SOFT_DELETE_COLUMN = PREFIX + "softDelete.column";
    public static final String CREATED_COLUMN = PREFIX + "auditFields.created";
    public static final String UPDATED_COLUMN = PREFIX + "auditFields.updated";
    public static final String MONEY_PATTERN = PREFIX + "money.pattern";
    public static final String CONFIG = PREFIX + "config";
    public static final String REPORT = PREFIX + "report";
    public static final String PROFILE = PREFIX + "profile";
    public static final String TENANT_COLUMN = PREFIX + "tenantColumn";
    public static final String IDENTIFIER_LENGTH = PREFIX + "identifierLength";
    public static final String RESERVED_WORDS = PREFIX + "reservedWords";
    public static final String PROVIDER = PREFIX + "provider";
    public static final String BASELINE = PREFIX + "baseline";
    public static final String BASELINE_WRITE = PREFIX + "baseline.write";
    public static final String FIX = PREFIX + "fix";
    public static final String MIGRATIONS = PREFIX + "migrations";
    public static final String CONVENTIONS_WRITE = PREFIX + "conventions.write";
    public static final String INDEX_PREFIX = PREFIX + "names.index";
    public static final String UNIQUE_PREFIX = PREFIX + "names.unique";
    public static final String FOREIGN_KEY_PREFIX = PREFIX + "names.foreignKey";
    public static final String NAMING_CONVENTION = PREFIX + "namingConvention";

    /** Every option key the processor reads. */
    public static final Set<String> SUPPORTED = Set.of(
            RULES, NAMING, SOFT_DELETE, SOFT_DELETE_COLUMN, CREATED_COLUMN, UPDATED_COLUMN, MONEY_PATTERN, CONFIG,
            REPORT, PROFILE, TENANT_COLUMN, IDENTIFIER_LENGTH, RESERVED_WORDS, PROVIDER, BASELINE,
            BASELINE_WRITE, FIX, MIGRATIONS, CONVENTIONS_WRITE, INDEX_PREFIX, UNIQUE_PREFIX, FOREIGN_KEY_PREFIX,
            NAMING_CONVENTION);

    /** Maximum identifier length in bytes by database, for {@code -Aentitylint.identifierLength}. */
    public static final Map<String, Integer> IDENTIFIER_LIMITS = identifierLimits();

    /**
     * The reserved-word lists {@code -Aentitylint.reservedWords} may name: the words PostgreSQL, H2
     * (2.x), MySQL (8) reject as unquoted names, and standard SQL's (SQL:2003) reserved words.
     */
    public static final List<String> RESERVED_WORD_SETS = List.of("postgresql", "h2", "mysql", "sql");

    /** The lists in force unless {@code -Aentitylint.reservedWords} names others: the databases the tests verify. */
    public static final List<String> DEFAULT_RESERVED_WORD_SETS = List.of("postgresql", "h2");

    private static Map<String, Integer> identifierLimits() {
        Map<String, Integer> limits = new LinkedHashMap<>();
        limits.put("postgresql", 63);
        limits.put("mysql", 64);
        limits.put("mariadb", 64);
        limits.put("oracle", 128);
        limits.put("oracle11", 30);
        limits.put("sqlserver", 128);
        limits.put("db2", 128);
        limits.put("h2", 256);
        return Map.copyOf(limits);
    }

    public static final String DEFAULT_MONEY_PATTERN =
            "(price|amount|cost|total|balance|fee|tax|discount|salary|revenue)(e?s)?";

    /** A machine-readable report written to the class output ({@code -Aentitylint.report}). */
    public enum Report {
        /** {@code META-INF/entitylint/schema.json}. */
        SCHEMA("schema"),
        /** {@code META-INF/entitylint/schema.md}: a Mermaid ER diagram and one table per entity. */
        DOCS("docs"),
        /** {@code META-INF/entitylint/findings.sarif}: SARIF 2.1.0. */
        SARIF("sarif");

        private final String optionValue;

        Report(String optionValue) {
            this.optionValue = optionValue;
        }

        public String optionValue() {
            return optionValue;
        }
    }

    /** Which entities must have a soft-delete column. */
    public enum SoftDeleteMode {
        /** Aggregate roots: not the parts their parent deletes with them (the default). */
        REQUIRED,
        /** Every entity, the parts of an aggregate too. */
        ALL,
        /** None: only the shape of a column that is there is checked. */
        OPTIONAL
    }

    private final List<String> problems = new ArrayList<>();
    /** The keys given a value that was accepted. */
    private final Set<String> set = new java.util.HashSet<>();
    private final List<Map.Entry<String, Severity>> severityEntries = new ArrayList<>();
    private NamingStrategy naming = NamingStrategy.SNAKE_CASE;
    private SoftDeleteMode softDelete = SoftDeleteMode.REQUIRED;
    private String softDeleteColumn = "deleted_at";
    private String createdColumn = "created_at";
    private String updatedColumn = "updated_at";
    private final Set<Report> reports = EnumSet.noneOf(Report.class);
    private Pattern moneyWords = Pattern.compile(DEFAULT_MONEY_PATTERN, Pattern.CASE_INSENSITIVE);
    private Profile profile = Profile.RECOMMENDED;
    private String tenantColumn;
    private int identifierLength = 63;
    private String identifierLengthSource = "postgresql";
    private Set<String> reservedWordSets = new LinkedHashSet<>(DEFAULT_RESERVED_WORD_SETS);
    private Provider provider;
    private String baseline;
    private boolean baselineWrite;
    private String fixPatch;
    private String migrations;
    private String conventionsWrite;
    private String indexPrefix = "ix_";
    private String uniquePrefix = "uq_";
    private String foreignKeyPrefix = "fk_";
    private NamingConvention namingConvention = NamingConvention.LOWER_SNAKE_CASE;

    private Options() {
    }

    /**
     * Reads the options javac passed ({@code -Akey=value}); {@code entitylint.config} names a
     * properties file with the same keys, which the {@code -A} options override.
     */
    public static Options parse(Map<String, String> raw, Collection<String> ruleIds) {
        Options options = new Options();
        Map<String, String> values = new LinkedHashMap<>();
        String configFile = raw.get(CONFIG);
        if (configFile != null) {
            options.readConfigFile(configFile.trim(), values);
        }
        raw.forEach((key, value) -> {
            if (key.startsWith(PREFIX)) {
                values.put(key, value);
            }
        });
        for (Map.Entry<String, String> entry : values.entrySet()) {
            String value = entry.getValue() == null ? "" : entry.getValue();
            int problems = options.problems.size();
            options.apply(entry.getKey(), value, ruleIds);
            if (options.problems.size() == problems && !value.isBlank()) {
                options.set.add(entry.getKey());
            }
        }
        options.checkTenantRule();
        if (options.baselineWrite && options.baseline == null) {
            options.problems.add("-A" + BASELINE_WRITE + "=true needs -A" + BASELINE + "=<file> to know where to write "
                    + "— add -A" + BASELINE + "=${project.basedir}/entitylint-baseline.txt (Maven) or another path");
            options.baselineWrite = false;
        }
        return options;
    }

    private void readConfigFile(String file, Map<String, String> into) {
        Path path = Path.of(file);
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException | IllegalArgumentException e) {
            problems.add("cannot read config file '" + file + "' (" + UserFiles.describe(e) + ") — check the path given in -A"
                    + CONFIG + "; a relative path is resolved against " + Path.of("").toAbsolutePath()
                    + "; the file is a Java properties file with lines such as "
                    + "'entitylint.rules=fk-index:warning'");
            return;
        }
        for (String key : new TreeSet<>(properties.stringPropertyNames())) {
            String fullKey = key.startsWith(PREFIX) ? key : PREFIX + key;
            if (fullKey.equals(CONFIG)) {
                problems.add("config file '" + file + "' sets " + CONFIG + ", which only -A may set — remove that line");
                continue;
            }
            String value = properties.getProperty(key);
            into.put(fullKey, PATHS.contains(fullKey) ? besideConfigFile(path, value) : value);
        }
    }

    /** Options whose value is a path: in a config file, a relative one is relative to that file. */
    private static final Set<String> PATHS = Set.of(BASELINE, FIX, MIGRATIONS, CONVENTIONS_WRITE);

    /**
     * A relative path written in the config file, resolved against the file's directory, so one
     * {@code entitylint.properties} works whichever directory javac runs in (a module or the reactor).
     */
    private static String besideConfigFile(Path configFile, String value) {
        try {
            Path written = Path.of(value.trim());
            Path directory = configFile.toAbsolutePath().getParent();
            return written.isAbsolute() || value.isBlank() || directory == null ? value
                    : directory.resolve(written).normalize().toString();
        } catch (java.nio.file.InvalidPathException e) {
            return value;
        }
    }

    private void apply(String key, String value, Collection<String> ruleIds) {
        switch (key) {
            case RULES -> parseRules(value, ruleIds);
            case NAMING -> {
                NamingStrategy strategy = Arrays.stream(NamingStrategy.values())
                        .filter(n -> n.optionValue().equalsIgnoreCase(value.trim()))
                        .findFirst()
                        .orElse(null);
                if (strategy == null) {
                    problems.add("unknown value '" + value + "' for -A" + NAMING + " — use one of: snake_case, jpa"
                            + Suggestions.didYouMean(value, List.of("snake_case", "jpa")));
                } else {
                    naming = strategy;
                }
            }
            case SOFT_DELETE -> {
                String mode = value.trim().toLowerCase(Locale.ROOT);
                if (mode.equals("required")) {
                    softDelete = SoftDeleteMode.REQUIRED;
                } else if (mode.equals("optional")) {
                    softDelete = SoftDeleteMode.OPTIONAL;
                } else if (mode.equals("all")) {
                    softDelete = SoftDeleteMode.ALL;
                } else {
                    problems.add("unknown value '" + value + "' for -A" + SOFT_DELETE
                            + " — use one of: required, all, optional"
                            + Suggestions.didYouMean(value, List.of("required", "all", "optional")));
                }
            }
            case SOFT_DELETE_COLUMN -> softDeleteColumn = columnName(key, value, softDeleteColumn);
            case CREATED_COLUMN -> createdColumn = columnName(key, value, createdColumn);
            case UPDATED_COLUMN -> updatedColumn = columnName(key, value, updatedColumn);
            case MONEY_PATTERN -> {
                try {
                    moneyWords = Pattern.compile(value.trim(), Pattern.CASE_INSENSITIVE);
                } catch (PatternSyntaxException e) {
                    problems.add("-A" + MONEY_PATTERN + "=" + value + " is not a valid regular expression ("
                            + e.getDescription() + ") — write alternatives of lower-case words, for example "
                            + DEFAULT_MONEY_PATTERN);
                }
            }
            case REPORT -> parseReports(value);
            case CONFIG -> {
                // Read before the other options.
            }
            case PROFILE -> {
                Profile parsed = Profile.parse(value).orElse(null);
                if (parsed == null) {
                    problems.add("unknown value '" + value + "' for -A" + PROFILE + " — use one of: "
                            + String.join(", ", Profile.optionValues())
                            + Suggestions.didYouMean(value.trim(), Profile.optionValues()));
                } else {
                    profile = parsed;
                }
            }
            case TENANT_COLUMN -> tenantColumn = columnName(key, value, "tenant_id");
            case IDENTIFIER_LENGTH -> parseIdentifierLength(value);
            case RESERVED_WORDS -> parseReservedWords(value);
            case BASELINE -> baseline = path(key, value);
            case BASELINE_WRITE -> {
                String flag = value.trim().toLowerCase(Locale.ROOT);
                if (flag.equals("true") || flag.equals("false")) {
                    baselineWrite = flag.equals("true");
                } else {
                    problems.add("unknown value '" + value + "' for -A" + BASELINE_WRITE + " — use true (rewrite the "
                            + "baseline file from this compilation's findings) or false");
                }
            }
            case FIX -> fixPatch = path(key, value);
            case MIGRATIONS -> migrations = path(key, value);
            case PROVIDER -> {
                Optional<Provider> named = Provider.parse(value);
                if (named.isPresent()) {
                    provider = named.get();
                } else if (!value.trim().equalsIgnoreCase("auto")) {
                    problems.add("unknown value '" + value + "' for -A" + PROVIDER + " — use one of: "
                            + String.join(", ", Provider.optionValues())
                            + Suggestions.didYouMean(value.trim(), Provider.optionValues()));
                }
            }
            case CONVENTIONS_WRITE -> {
                if (value.isBlank()) {
                    problems.add("-A" + CONVENTIONS_WRITE + " is empty — name the file to write, for example -A"
                            + CONVENTIONS_WRITE + "=${project.basedir}/entitylint.properties");
                } else {
                    conventionsWrite = value.trim();
                }
            }
            case INDEX_PREFIX -> indexPrefix = namePrefix(key, value, indexPrefix);
            case UNIQUE_PREFIX -> uniquePrefix = namePrefix(key, value, uniquePrefix);
            case FOREIGN_KEY_PREFIX -> foreignKeyPrefix = namePrefix(key, value, foreignKeyPrefix);
            case NAMING_CONVENTION -> {
                Optional<NamingConvention> named = NamingConvention.parse(value);
                if (named.isPresent()) {
                    namingConvention = named.get();
                } else {
                    problems.add("unknown value '" + value + "' for -A" + NAMING_CONVENTION
                            + Suggestions.didYouMean(value.trim().toLowerCase(Locale.ROOT), NamingConvention.optionValues())
                            + " — use one of: lower_snake_case (the default), upper_snake_case");
                }
            }
            default -> problems.add("unknown option -A" + key + Suggestions.didYouMean(key, SUPPORTED)
                    + " — entitylint reads: " + String.join(", ", new TreeSet<>(SUPPORTED)));
        }
    }

    /** Turning tenant-column on by name without naming the tenant column would check nothing. */
    private void checkTenantRule() {
        boolean named = severityEntries.stream()
                .anyMatch(e -> e.getKey().equals("tenant-column") && e.getValue() != Severity.OFF);
        if (named && tenantColumn == null) {
            problems.add("-A" + RULES + " turns tenant-column on, but -A" + TENANT_COLUMN + " is not set, so it "
                    + "would check nothing — add -A" + TENANT_COLUMN + "=<your tenant column>, for example tenant_id");
        }
    }

    private void parseIdentifierLength(String value) {
        String text = value.trim().toLowerCase(Locale.ROOT);
        Integer limit = IDENTIFIER_LIMITS.get(text);
        if (limit == null && text.matches("[0-9]{1,4}") && Integer.parseInt(text) > 0) {
            limit = Integer.parseInt(text);
        }
        if (limit == null) {
            List<String> names = new ArrayList<>(new TreeSet<>(IDENTIFIER_LIMITS.keySet()));
            problems.add("unknown value '" + value + "' for -A" + IDENTIFIER_LENGTH + Suggestions.didYouMean(text, names)
                    + " — use a database (" + String.join(", ", names) + ") or a positive number of bytes such as 63");
            return;
        }
        identifierLength = limit;
        identifierLengthSource = IDENTIFIER_LIMITS.containsKey(text) ? text : "-A" + IDENTIFIER_LENGTH;
    }

    private void parseReservedWords(String value) {
        Set<String> sets = new LinkedHashSet<>();
        for (String part : value.split(",")) {
            String name = part.trim().toLowerCase(Locale.ROOT);
            if (name.isEmpty()) {
                continue;
            }
            if (RESERVED_WORD_SETS.contains(name)) {
                sets.add(name);
            } else {
                problems.add("unknown reserved-word list '" + part.trim() + "' in -A" + RESERVED_WORDS
                        + Suggestions.didYouMean(name, RESERVED_WORD_SETS) + " — valid lists: "
                        + String.join(", ", RESERVED_WORD_SETS) + " (comma-separated; the default is "
                        + String.join(",", DEFAULT_RESERVED_WORD_SETS) + ", sql is standard SQL's strict list)");
                return;
            }
        }
        if (sets.isEmpty()) {
            problems.add("-A" + RESERVED_WORDS + " is empty — name at least one of: "
                    + String.join(", ", RESERVED_WORD_SETS) + ", or turn the rule off with -A" + RULES
                    + "=reserved-word:off");
            return;
        }
        reservedWordSets = sets;
    }

    private String path(String key, String value) {
        String path = value.trim();
        if (path.isEmpty()) {
            problems.add("-A" + key + " is empty — give a file path, for example -A" + key
                    + "=${project.basedir}/" + (key.equals(FIX) ? "entitylint-fixes.patch"
                            : key.equals(MIGRATIONS) ? "src/main/resources/db/migration" : "entitylint-baseline.txt"));
            return null;
        }
        try {
            java.nio.file.Path.of(path);
        } catch (java.nio.file.InvalidPathException e) {
            problems.add("-A" + key + "='" + value + "' is not a valid path (" + e.getReason() + ")");
            return null;
        }
        return path;
    }

    private String columnName(String key, String value, String fallback) {
        String name = value.trim();
        if (name.isEmpty() || !name.matches("[A-Za-z_][A-Za-z0-9_$]*")) {
            problems.add("-A" + key + "='" + value + "' is not a column name — write a plain SQL identifier such as "
                    + fallback);
            return fallback;
        }
        return name;
    }

    private String namePrefix(String key, String value, String fallback) {
        String prefix = value.trim();
        if (!prefix.matches("[A-Za-z][A-Za-z0-9_]*")) {
            problems.add("-A" + key + "='" + value + "' is not a name prefix — write the letters that start the "
                    + "names, such as " + fallback + " (letters, digits and underscores)");
            return fallback;
        }
        return prefix;
    }

    private void parseRules(String value, Collection<String> ruleIds) {
        Set<String> known = new TreeSet<>(ruleIds);
        for (String entry : value.split(",")) {
            String trimmed = entry.trim();
            if (trimmed.isEmpty()) {
                continue;
            }
            int colon = trimmed.indexOf(':');
            if (colon < 0) {
                problems.add("-A" + RULES + " entry '" + trimmed + "' has no level — write <rule-id>:<level>, "
                        + "for example " + (known.contains(trimmed) ? trimmed : "fk-index") + ":warning");
                continue;
            }
            String id = trimmed.substring(0, colon).trim();
            String level = trimmed.substring(colon + 1).trim();
            boolean idOk = id.equals("all") || known.contains(id);
            if (!idOk) {
                problems.add("unknown rule id '" + id + "' in -A" + RULES + Suggestions.didYouMean(id, known)
                        + " — valid ids: all, " + String.join(", ", known));
            }
            Severity severity = Severity.parse(level).orElse(null);
            if (severity == null) {
                problems.add("unknown level '" + level + "' for '" + id + "' in -A" + RULES
                        + Suggestions.didYouMean(level, levels()) + " — valid levels: " + String.join(", ", levels()));
            }
            if (idOk && severity != null) {
                severityEntries.add(Map.entry(id, severity));
            }
        }
    }

    private void parseReports(String value) {
        List<String> valid = Arrays.stream(Report.values()).map(Report::optionValue).toList();
        for (String entry : value.split(",")) {
            String name = entry.trim().toLowerCase(Locale.ROOT);
            if (name.isEmpty()) {
                continue;
            }
            Report report = Arrays.stream(Report.values())
                    .filter(r -> r.optionValue().equals(name))
                    .findFirst()
                    .orElse(null);
            if (report == null) {
                problems.add("unknown report '" + entry.trim() + "' in -A" + REPORT + Suggestions.didYouMean(name, valid)
                        + " — valid reports: " + String.join(", ", valid));
            } else {
                reports.add(report);
            }
        }
    }

    private static List<String> levels() {
        return Arrays.stream(Severity.values()).map(Severity::optionValue).collect(Collectors.toList());
    }

    /**
     * {@code base} as the entries of {@code -Aentitylint.rules} leave it for {@code ruleId}. The
     * last step of {@code RuleRegistry.severity}, where a rule's severity is worked out.
     */
    public Severity severity(String ruleId, Severity defaultSeverity) {
        Severity severity = defaultSeverity;
        for (Map.Entry<String, Severity> entry : severityEntries) {
            if (entry.getKey().equals("all") || entry.getKey().equals(ruleId)) {
                severity = entry.getValue();
            }
        }
        return severity;
    }

    /** Whether {@code key} was given (as {@code -A} or in the config file) a value that was accepted. */
    public boolean isSet(String key) {
        return set.contains(key);
    }

    /** What was wrong with the options, each a complete sentence with its fix. */
    public List<String> problems() {
        return List.copyOf(problems);
    }

    /** The reports asked for with {@code -Aentitylint.report}, none by default. */
    public Set<Report> reports() {
        return Collections.unmodifiableSet(reports);
    }

    public NamingStrategy naming() {
        return naming;
    }

    public SoftDeleteMode softDelete() {
        return softDelete;
    }

    public String softDeleteColumn() {
        return softDeleteColumn;
    }

    public String createdColumn() {
        return createdColumn;
    }

    public String updatedColumn() {
        return updatedColumn;
    }

    /** The profile that sets each rule's default severity. */
    public Profile profile() {
        return profile;
    }

    /** The configured tenant column, or {@code null} when the application is not multi-tenant. */
    public String tenantColumn() {
        return tenantColumn;
    }

    /** The longest identifier the database accepts, in bytes. */
    public int identifierLength() {
        return identifierLength;
    }

    /** Where {@link #identifierLength()} comes from: a database name or the option itself. */
    public String identifierLengthSource() {
        return identifierLengthSource;
    }

    /** The reserved-word lists in force: some of {@code postgresql}, {@code h2}, {@code mysql}, {@code sql}. */
    public Set<String> reservedWordSets() {
        return Set.copyOf(reservedWordSets);
    }

    /** The baseline file ({@code -Aentitylint.baseline}), or {@code null}. */
    public String baseline() {
        return baseline;
    }

    /** Whether this compilation rewrites the baseline file ({@code -Aentitylint.baseline.write=true}). */
    public boolean baselineWrite() {
        return baselineWrite;
    }

    /** The directory of the project's migrations ({@code -Aentitylint.migrations}), or {@code null}. */
    public String migrations() {
        return migrations;
    }

    /** Where to write the fix patch ({@code -Aentitylint.fix}), or {@code null}. */
    public String fixPatch() {
        return fixPatch;
    }

    /** The provider {@code -Aentitylint.provider} names, or {@code null} for {@code auto} (detected). */
    public Provider provider() {
        return provider;
    }

    /**
     * Where {@code -Aentitylint.conventions.write} asks the codebase's conventions to be written,
     * or {@code null}.
     */
    public String conventionsWrite() {
        return conventionsWrite;
    }

    /** How names entitylint proposes for indexes start ({@code -Aentitylint.names.index}, {@code ix_}). */
    public String indexPrefix() {
        return indexPrefix;
    }

    /** How proposed unique constraint names start ({@code -Aentitylint.names.unique}, {@code uq_}). */
    public String uniquePrefix() {
        return uniquePrefix;
    }

    /** How proposed foreign key names start ({@code -Aentitylint.names.foreignKey}, {@code fk_}). */
    public String foreignKeyPrefix() {
        return foreignKeyPrefix;
    }

    /** The case convention explicit names follow ({@code -Aentitylint.namingConvention}), lower snake case by default. */
    public NamingConvention namingConvention() {
        return namingConvention;
    }

    /** Matches one lower-cased camel-case word of an attribute name that means money. */
    public Pattern moneyWords() {
        return moneyWords;
    }
}
