package dev.entitylint.processor.config;

import dev.entitylint.processor.model.NamingStrategy;
import java.io.IOException;
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
    public static final String SOFT_DELETE_BY_COLUMN = PREFIX + "softDelete.byColumn";
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
    public static final String MIGRATIONS_WRITE = PREFIX + "migrations.write";
    public static final String CONVENTIONS_WRITE = PREFIX + "conventions.write";
    public static final String INDEX_PREFIX = PREFIX + "names.index";
    public static final String UNIQUE_PREFIX = PREFIX + "names.unique";
    public static final String FOREIGN_KEY_PREFIX = PREFIX + "names.foreignKey";
    public static final String NAMING_CONVENTION = PREFIX + "namingConvention";
    public static final String NATURAL_KEY_PATTERN = PREFIX + "naturalKey.pattern";
    public static final String REPOSITORY_NAME = PREFIX + "repositories.name";
    public static final String REPOSITORY_PACKAGE = PREFIX + "repositories.package";
    public static final String REPOSITORY_FRAMEWORK = PREFIX + "repositories.framework";

    /** Every option key the processor reads, in the README's order. */
    private static final List<String> DOCUMENTED = List.of(
            RULES, NAMING, SOFT_DELETE, SOFT_DELETE_COLUMN, SOFT_DELETE_BY_COLUMN, CREATED_COLUMN, UPDATED_COLUMN, MONEY_PATTERN, PROFILE,
            TENANT_COLUMN, IDENTIFIER_LENGTH, RESERVED_WORDS, NAMING_CONVENTION, REPORT, BASELINE, BASELINE_WRITE,
            FIX, PROVIDER, MIGRATIONS, MIGRATIONS_WRITE, CONVENTIONS_WRITE, INDEX_PREFIX, UNIQUE_PREFIX, FOREIGN_KEY_PREFIX,
            NATURAL_KEY_PATTERN, REPOSITORY_NAME, REPOSITORY_PACKAGE, REPOSITORY_FRAMEWORK, CONFIG);

    /** Every option key the processor reads. */
    public static final Set<String> SUPPORTED = Set.copyOf(DOCUMENTED);

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

    /**
     * Attribute or column names that are natural keys (the whole name, case-insensitive), for
     * {@code natural-key}: {@code -Aentitylint.naturalKey.pattern}.
     */
    public static final String DEFAULT_NATURAL_KEY_PATTERN =
            "e_?mail(_?address)?|user_?name|login|slug|sku|isbn|ean|gtin|iban";

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
    private String softDeleteByColumn = "deleted_by";
    private String createdColumn = "created_at";
    private String updatedColumn = "updated_at";
    private final Set<Report> reports = EnumSet.noneOf(Report.class);
    private Pattern moneyWords = Pattern.compile(DEFAULT_MONEY_PATTERN, Pattern.CASE_INSENSITIVE);
    private Pattern naturalKeys = Pattern.compile(DEFAULT_NATURAL_KEY_PATTERN, Pattern.CASE_INSENSITIVE);
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
    private String migrationsWrite;
    private String indexPrefix = "ix_";
    private String uniquePrefix = "uq_";
    private String foreignKeyPrefix = "fk_";
    private NamingConvention namingConvention = NamingConvention.LOWER_SNAKE_CASE;
    private String repositoryName = DEFAULT_REPOSITORY_NAME;
    private String repositoryPackage = DEFAULT_REPOSITORY_PACKAGE;
    /** The framework generated repositories fit, or {@code null} for {@code auto}. */
    private RepositoryFramework.Kind repositoryFramework;

    /** The generated repository's simple name, {@code {Entity}} standing for the entity's. */
    public static final String DEFAULT_REPOSITORY_NAME = "{Entity}Repository";
    /** The generated repository's package, {@code {package}} standing for the entity's. */
    public static final String DEFAULT_REPOSITORY_PACKAGE = "{package}";

    private Options() {
    }

    /**
     * Reads the options javac passed ({@code -Akey=value}); {@code entitylint.config} names a
     * properties file with the same keys, which the {@code -A} options override.
     */
    public static Options parse(Map<String, String> raw, Collection<String> ruleIds) {
        Options options = new Options();
        Map<String, Setting> values = new LinkedHashMap<>();
        if (raw.containsKey(CONFIG)) {
            String configFile = raw.get(CONFIG) == null ? "" : raw.get(CONFIG).strip();
            if (configFile.isEmpty()) {
                options.problems.add(empty(CONFIG));
            } else {
                options.readConfigFile(configFile, values);
            }
        }
        raw.forEach((key, value) -> {
            if (key.startsWith(PREFIX) && !key.equals(CONFIG)) {
                values.remove(key);
                values.put(key, new Setting(value == null ? "" : value, null));
            }
        });
        for (Map.Entry<String, Setting> entry : values.entrySet()) {
            Setting setting = entry.getValue();
            int before = options.problems.size();
            options.apply(entry.getKey(), setting.value().strip(), ruleIds);
            if (options.problems.size() == before && !setting.value().isBlank()) {
                options.set.add(entry.getKey());
            }
            if (setting.where() != null) {
                for (int i = before; i < options.problems.size(); i++) {
                    options.problems.set(i, setting.where() + ": " + options.problems.get(i).replace("-A" + PREFIX, PREFIX));
                }
            }
        }
        options.checkTenantRule(values.containsKey(TENANT_COLUMN));
        if (options.migrationsWrite != null && options.migrations == null) {
            options.problems.add("-A" + MIGRATIONS_WRITE + " needs -A" + MIGRATIONS + "=<directory> (in Maven: "
                    + "${project.basedir}/src/main/resources/db/migration), where the migration and the schema snapshot "
                    + "are written; nothing is written");
            options.migrationsWrite = null;
        }
        if (options.baselineWrite && options.baseline == null) {
            options.problems.add("-A" + BASELINE_WRITE + "=true needs -A" + BASELINE + "=<file> to know where to write "
                    + "— add -A" + BASELINE + "=${project.basedir}/entitylint-baseline.txt (Maven) or another path");
            options.baselineWrite = false;
        }
        return options;
    }

    /** An option's value and, for one read from the config file, where: {@code config file 'f' line 3}. */
    private record Setting(String value, String where) {
    }

    /** An option key read from the config file, with the line it starts on. */
    private record FileEntry(String key, String fullKey, String value, int line) {
    }

    /** How many unknown keys of the config file the one message about them lists by name. */
    private static final int UNKNOWN_KEYS_SHOWN = 3;

    private void readConfigFile(String file, Map<String, Setting> into) {
        Path path;
        String text;
        try {
            path = Path.of(file);
            text = ConfigText.decode(Files.readAllBytes(path));
        } catch (IOException | java.nio.file.InvalidPathException e) {
            problems.add("cannot read config file '" + file + "' (" + UserFiles.describe(e) + ") — check the path given in -A"
                    + CONFIG + "; a relative path is resolved against " + Path.of("").toAbsolutePath()
                    + "; the file is a Java properties file with lines such as "
                    + "'entitylint.rules=fk-index:warning'");
            return;
        }
        String inFile = "config file '" + file + "'";
        List<FileEntry> unknown = new ArrayList<>();
        Map<String, FileEntry> seen = new LinkedHashMap<>();
        for (ConfigText.Line line : ConfigText.lines(text)) {
            if (line.malformed() != null) {
                problems.add(inFile + " line " + line.number() + " is malformed (" + line.malformed() + ") and is "
                        + "ignored — in a properties file a backslash starts an escape such as \\u00e9: write \\\\ "
                        + "for a backslash, or / in paths");
                continue;
            }
            String fullKey = line.key().startsWith(PREFIX) ? line.key() : PREFIX + line.key();
            FileEntry entry = new FileEntry(line.key(), fullKey, line.value(), line.number());
            String where = inFile + " line " + line.number();
            if (fullKey.equals(CONFIG)) {
                problems.add(where + ": it sets " + CONFIG + ", which only -A may set — remove that line");
                continue;
            }
            if (!SUPPORTED.contains(fullKey)) {
                unknown.add(entry);
                continue;
            }
            if (PATHS.contains(fullKey) && line.lostBackslash()) {
                problems.add(where + " (" + line.text().strip() + "): a backslash starts an escape in a properties "
                        + "file, so the path reads '" + line.value().strip() + "' — write / or \\\\ for each "
                        + "backslash; until then " + EMPTY.get(fullKey).meanwhile());
                seen.put(fullKey, entry);
                into.remove(fullKey);
                continue;
            }
            FileEntry earlier = seen.put(fullKey, entry);
            if (earlier != null && !earlier.value().strip().equals(entry.value().strip())) {
                problems.add(where + ": " + fullKey + " is set again (first on line " + earlier.line()
                        + ", to a different value) — the later line wins; remove one of them");
            }
            into.remove(fullKey);
            into.put(fullKey, new Setting(PATHS.contains(fullKey) ? besideConfigFile(path, line.value()) : line.value(),
                    where));
        }
        if (!unknown.isEmpty()) {
            problems.add(unknownKeys(inFile, unknown, seen.size()));
        }
    }

    /**
     * One problem for every key of the config file entitylint does not read, so that a file passed
     * by mistake (an {@code application.properties}) does not bury the findings under one error per
     * key: how many, the near misses with the key they are close to, a few others by name.
     */
    private static String unknownKeys(String inFile, List<FileEntry> unknown, int known) {
        List<String> names = DOCUMENTED.stream().filter(k -> !k.equals(CONFIG))
                .map(k -> k.substring(PREFIX.length())).toList();
        List<String> shown = new ArrayList<>();
        List<FileEntry> others = new ArrayList<>();
        for (FileEntry entry : unknown) {
            String typed = entry.fullKey().substring(PREFIX.length());
            Optional<String> closest = Suggestions.closest(typed, names);
            if (closest.isPresent() && shown.size() < UNKNOWN_KEYS_SHOWN) {
                shown.add(entry.key() + " (line " + entry.line() + "; did you mean '" + closest.get() + "'?)");
            } else {
                others.add(entry);
            }
        }
        int plain = Math.max(0, UNKNOWN_KEYS_SHOWN - (shown.size() > 0 ? shown.size() - 1 : 0));
        others.stream().limit(plain).forEach(e -> shown.add(e.key() + " (line " + e.line() + ")"));
        int more = unknown.size() - shown.size();
        String list = String.join(", ", shown) + (more > 0 ? " and " + more + " more" : "");
        String reads = "entitylint reads " + String.join(", ", names) + " (the entitylint. prefix may be left out)";
        if (unknown.size() == 1) {
            return inFile + " has a key entitylint does not read: " + list + " — correct or remove it; " + reads;
        }
        return inFile + " has " + unknown.size() + " keys entitylint does not read: " + list
                + (unknown.size() > known ? " — is it the file you meant for -A" + CONFIG + "? " : " — correct or remove them; ")
                + reads;
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
        if (SUPPORTED.contains(key) && value.isEmpty()) {
            problems.add(empty(key));
            return;
        }
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
            case SOFT_DELETE_COLUMN -> columnName(key, value, softDeleteColumn).ifPresent(c -> softDeleteColumn = c);
            case SOFT_DELETE_BY_COLUMN -> columnName(key, value, softDeleteByColumn)
                    .ifPresent(c -> softDeleteByColumn = c);
            case CREATED_COLUMN -> columnName(key, value, createdColumn).ifPresent(c -> createdColumn = c);
            case UPDATED_COLUMN -> columnName(key, value, updatedColumn).ifPresent(c -> updatedColumn = c);
            case MONEY_PATTERN -> {
                try {
                    moneyWords = Pattern.compile(value.trim(), Pattern.CASE_INSENSITIVE);
                } catch (PatternSyntaxException e) {
                    problems.add("-A" + MONEY_PATTERN + "=" + value + " is not a valid regular expression ("
                            + e.getDescription() + ") — write alternatives of lower-case words, for example "
                            + DEFAULT_MONEY_PATTERN);
                }
            }
            case NATURAL_KEY_PATTERN -> {
                try {
                    naturalKeys = Pattern.compile(value.trim(), Pattern.CASE_INSENSITIVE);
                } catch (PatternSyntaxException e) {
                    problems.add("-A" + NATURAL_KEY_PATTERN + "=" + value + " is not a valid regular expression ("
                            + e.getDescription() + ") — write alternatives of names, for example "
                            + DEFAULT_NATURAL_KEY_PATTERN);
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
            case TENANT_COLUMN -> columnName(key, value, "tenant_id").ifPresent(c -> tenantColumn = c);
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
            case MIGRATIONS_WRITE -> {
                String description = value.trim();
                if (description.matches("[a-z0-9]+(?:_[a-z0-9]+)*") && description.length() <= 100) {
                    migrationsWrite = description;
                } else {
                    problems.add("bad value '" + value + "' for -A" + MIGRATIONS_WRITE + " — give the migration's "
                            + "description as Flyway writes it in file names: lower-case letters and digits in words "
                            + "joined by single underscores, at most 100 characters (for example add_customer_email; "
                            + "it becomes V<n>__add_customer_email.sql); nothing is written");
                }
            }
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
            case CONVENTIONS_WRITE -> conventionsWrite = path(key, value);
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
            case REPOSITORY_NAME -> parseRepositoryName(value);
            case REPOSITORY_PACKAGE -> parseRepositoryPackage(value);
            case REPOSITORY_FRAMEWORK -> {
                String named = value.trim().toLowerCase(Locale.ROOT);
                if (RepositoryFramework.Kind.optionValues().contains(named)) {
                    repositoryFramework = RepositoryFramework.Kind.parse(named);
                } else {
                    problems.add("unknown value '" + value + "' for -A" + REPOSITORY_FRAMEWORK + " — use one of: "
                            + String.join(", ", RepositoryFramework.Kind.optionValues())
                            + Suggestions.didYouMean(named, RepositoryFramework.Kind.optionValues())
                            + "; until then auto applies (the framework on the class path)");
                }
            }
            default -> problems.add("unknown option -A" + key + Suggestions.didYouMean(key, SUPPORTED)
                    + " — entitylint reads: " + String.join(", ", new TreeSet<>(SUPPORTED)));
        }
    }

    /** {@code {Entity}Repository}: a Java identifier once {@code {Entity}} is replaced, and it must be there. */
    private void parseRepositoryName(String value) {
        String pattern = value.trim();
        String sample = pattern.replace("{Entity}", "Order");
        if (!pattern.contains("{Entity}") || !javax.lang.model.SourceVersion.isIdentifier(sample)
                || javax.lang.model.SourceVersion.isKeyword(sample)) {
            problems.add("-A" + REPOSITORY_NAME + "='" + value + "' is not a repository name pattern — write a Java "
                    + "class name with {Entity} where the entity's simple name goes, for example {Entity}Store or "
                    + "Generated{Entity}Repository; until then " + DEFAULT_REPOSITORY_NAME + " applies");
            return;
        }
        repositoryName = pattern;
    }

    /** {@code {package}}, {@code {package}.generated} or a package name. */
    private void parseRepositoryPackage(String value) {
        String pattern = value.trim();
        String sample = pattern.replace("{package}", "com.acme");
        boolean ok = !sample.isEmpty() && java.util.Arrays.stream(sample.split("\\.", -1))
                .allMatch(p -> javax.lang.model.SourceVersion.isIdentifier(p) && !javax.lang.model.SourceVersion.isKeyword(p));
        if (!ok) {
            problems.add("-A" + REPOSITORY_PACKAGE + "='" + value + "' is not a package pattern — write a package "
                    + "name, with {package} where the entity's package goes, for example {package}.repository or "
                    + "com.acme.repository; until then " + DEFAULT_REPOSITORY_PACKAGE + " (the entity's package) "
                    + "applies");
            return;
        }
        repositoryPackage = pattern;
    }

    /**
     * Turning tenant-column on by name without naming the tenant column would check nothing (a
     * tenant column given but invalid has its own problem).
     */
    private void checkTenantRule(boolean tenantColumnGiven) {
        boolean named = severityEntries.stream()
                .anyMatch(e -> e.getKey().equals("tenant-column") && e.getValue() != Severity.OFF);
        if (named && tenantColumn == null && !tenantColumnGiven) {
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
        try {
            java.nio.file.Path.of(value);
        } catch (java.nio.file.InvalidPathException e) {
            problems.add("-A" + key + "='" + value + "' is not a valid path (" + e.getReason() + ")");
            return null;
        }
        return value;
    }

    /** A column name, or nothing (and a problem) when the value is not a plain SQL identifier. */
    private Optional<String> columnName(String key, String value, String example) {
        if (!value.matches("[A-Za-z_][A-Za-z0-9_$]*")) {
            problems.add("-A" + key + "='" + value + "' is not a column name — write a plain SQL identifier such as "
                    + example);
            return Optional.empty();
        }
        return Optional.of(value);
    }

    /** What to write instead of an empty value, and what holds until then, by option. */
    private record Empty(String what, String example, String meanwhile) {
    }

    private static final Map<String, Empty> EMPTY = Map.ofEntries(
            Map.entry(RULES, new Empty("<rule-id>:<error|warning|note|off> entries, comma-separated",
                    "fk-index:warning", "every rule keeps its default level")),
            Map.entry(NAMING, new Empty("snake_case or jpa", "jpa", "snake_case applies")),
            Map.entry(SOFT_DELETE, new Empty("required, all or optional", "optional", "required applies")),
            Map.entry(SOFT_DELETE_COLUMN, new Empty("the soft-delete column", "deleted_at", "deleted_at applies")),
            Map.entry(SOFT_DELETE_BY_COLUMN, new Empty("the column stamped with the current user on soft delete",
                    "deleted_by", "deleted_by applies")),
            Map.entry(CREATED_COLUMN, new Empty("the creation-time column", "created_at", "created_at applies")),
            Map.entry(UPDATED_COLUMN, new Empty("the update-time column", "updated_at", "updated_at applies")),
            Map.entry(MONEY_PATTERN, new Empty("a regular expression matched against each camel-case word of an "
                    + "attribute name", "(price|amount|fee)(e?s)?", "the default pattern applies: "
                    + DEFAULT_MONEY_PATTERN)),
            Map.entry(CONFIG, new Empty("the path of entitylint's properties file",
                    "${project.basedir}/entitylint.properties", "no config file is read")),
            Map.entry(REPORT, new Empty("any of schema, docs, sarif, comma-separated", "sarif",
                    "no report is written")),
            Map.entry(PROFILE, new Empty("recommended, strict or relaxed", "strict", "recommended applies")),
            Map.entry(TENANT_COLUMN, new Empty("your tenant column (a plain SQL identifier)", "tenant_id",
                    "no tenant column is set and tenant-column checks nothing")),
            Map.entry(IDENTIFIER_LENGTH, new Empty("a database (" + String.join(", ",
                    new TreeSet<>(IDENTIFIER_LIMITS.keySet())) + ") or a number of bytes", "oracle",
                    "postgresql's 63 bytes apply")),
            Map.entry(RESERVED_WORDS, new Empty("any of " + String.join(", ", RESERVED_WORD_SETS) + ", comma-separated",
                    "postgresql,mysql", String.join(",", DEFAULT_RESERVED_WORD_SETS) + " apply")),
            Map.entry(PROVIDER, new Empty("auto, hibernate, eclipselink or openjpa", "hibernate",
                    "the provider is detected from the class path")),
            Map.entry(BASELINE, new Empty("the path of the baseline file", "${project.basedir}/entitylint-baseline.txt",
                    "no baseline is read")),
            Map.entry(BASELINE_WRITE, new Empty("true or false", "true", "the baseline is not rewritten")),
            Map.entry(FIX, new Empty("the path of the fix patch to write", "${project.basedir}/entitylint-fixes.patch",
                    "no fix patch is written")),
            Map.entry(MIGRATIONS, new Empty("the directory of your migrations",
                    "${project.basedir}/src/main/resources/db/migration", "no migrations are read")),
            Map.entry(MIGRATIONS_WRITE, new Empty("the description of the migration to write", "add_customer_email",
                    "no migration is written")),
            Map.entry(CONVENTIONS_WRITE, new Empty("the path of the file to write the conventions to",
                    "${project.basedir}/entitylint.properties", "no conventions file is written")),
            Map.entry(INDEX_PREFIX, new Empty("how proposed index names start", "idx_", "ix_ applies")),
            Map.entry(UNIQUE_PREFIX, new Empty("how proposed unique constraint names start", "uk_", "uq_ applies")),
            Map.entry(FOREIGN_KEY_PREFIX, new Empty("how proposed foreign key names start", "fk_",
                    "fk_ applies")),
            Map.entry(NAMING_CONVENTION, new Empty("lower_snake_case or upper_snake_case", "upper_snake_case",
                    "lower_snake_case applies")),
            Map.entry(NATURAL_KEY_PATTERN, new Empty("a regular expression matched against whole attribute and column "
                    + "names", "email|sku|vat_?number", "the default pattern applies: " + DEFAULT_NATURAL_KEY_PATTERN)),
            Map.entry(REPOSITORY_NAME, new Empty("the generated repository's name, with {Entity} for the entity's",
                    "{Entity}Store", DEFAULT_REPOSITORY_NAME + " applies")),
            Map.entry(REPOSITORY_PACKAGE, new Empty("the generated repository's package, with {package} for the "
                    + "entity's", "{package}.generated", "repositories go to their entity's package")),
            Map.entry(REPOSITORY_FRAMEWORK, new Empty("auto, spring, cdi or none", "spring",
                    "auto applies (the framework on the class path)")));

    /**
     * The one problem for an option given without a value ({@code -Akey}, {@code -Akey=}, a blank
     * value, {@code key=} in the config file): no option has a meaning for "empty", so it is always
     * a mistake (often an unset build property), and the option's default stays.
     */
    private static String empty(String key) {
        Empty empty = EMPTY.get(key);
        if (empty == null) {
            return "-A" + key + " is empty — write a value, or leave the option out; until then its default applies";
        }
        return "-A" + key + " is empty — write " + empty.what() + ", for example -A" + key + "=" + empty.example()
                + ", or leave the option out; until then " + empty.meanwhile();
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

    /** The column a generated repository stamps with the current user on soft delete ({@code deleted_by}). */
    public String softDeleteByColumn() {
        return softDeleteByColumn;
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
     * The description of the migration {@code -Aentitylint.migrations.write} asks to be written
     * ({@code add_customer_email}), or {@code null}: only then does a compilation write migrations.
     */
    public String migrationsWrite() {
        return migrationsWrite;
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

    /** The generated repository's simple name pattern ({@code -Aentitylint.repositories.name}), {@code {Entity}Repository}. */
    /**
     * The framework generated repositories fit ({@code -Aentitylint.repositories.framework}), or
     * {@code null} for {@code auto}: the one the class path has.
     */
    public RepositoryFramework.Kind repositoryFramework() {
        return repositoryFramework;
    }

    public String repositoryName() {
        return repositoryName;
    }

    /** The generated repository's package pattern ({@code -Aentitylint.repositories.package}), {@code {package}}. */
    public String repositoryPackage() {
        return repositoryPackage;
    }

    /** Matches one lower-cased camel-case word of an attribute name that means money. */
    public Pattern moneyWords() {
        return moneyWords;
    }

    /** The names of natural keys ({@code -Aentitylint.naturalKey.pattern}), matched whole and case-insensitively. */
    public Pattern naturalKeys() {
        return naturalKeys;
    }
}
