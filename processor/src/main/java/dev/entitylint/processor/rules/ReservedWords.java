package dev.entitylint.processor.rules;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Words that cannot be an unquoted table or column name, one list per database.
 *
 * <p>The {@code postgresql} and {@code h2} lists are the words those databases reject, found by
 * experiment and kept honest by {@code ReservedWordListsTest}, which creates a table and a column
 * named by each word on a real server and asserts that exactly the listed words fail (and that the
 * same words fail as table and as column names, so one list serves both):
 * <ul>
 *   <li>PostgreSQL: its "reserved" key words and its "reserved (can be function or type)" ones
 *       (the {@code R} and {@code T} categories of {@code pg_get_keywords()}); the "non-reserved
 *       (cannot be function or type)" ones such as {@code timestamp}, {@code values},
 *       {@code between} are accepted as table and column names. {@code system_user} is reserved
 *       since PostgreSQL 16 ({@link #POSTGRESQL_SINCE}).
 *   <li>H2 2.x in its default mode (2.3.232): its keywords less the context-sensitive ones
 *       ({@code both}, {@code groups}, {@code ilike}, {@code leading}, {@code over}, {@code partition},
 *       {@code range}, {@code regexp}, {@code rows}, {@code top}, {@code trailing}), which it
 *       accepts as names. In {@code MODE=PostgreSQL} or {@code MySQL} it accepts {@code minus} too.
 * </ul>
 * The {@code mysql} list is MySQL 8's reserved words (from its manual, not verified here: no MySQL
 * runs in the tests), and {@code sql} the SQL:2003 reserved words (the list Hibernate quotes with
 * {@code auto_quote_keyword}); both are opt-in.
 */
final class ReservedWords {

    static final Set<String> POSTGRESQL = words(
            "all analyse analyze and any array as asc asymmetric authorization binary both case cast check "
            + "collate collation column concurrently constraint create cross current_catalog current_date "
            + "current_role current_schema current_time current_timestamp current_user default deferrable desc "
            + "distinct do else end except false fetch for foreign freeze from full grant group having ilike "
            + "in initially inner intersect into is isnull join lateral leading left like limit localtime "
            + "localtimestamp natural not notnull null offset on only or order outer overlaps placing primary "
            + "references returning right select session_user similar some symmetric system_user table "
            + "tablesample then to trailing true union unique user using variadic verbose when where window "
            + "with ");

    /** Words of {@link #POSTGRESQL} that older supported versions still accept: word to first major version. */
    static final Map<String, Integer> POSTGRESQL_SINCE = Map.of("system_user", 16);

    static final Set<String> H2 = words(
            "_rowid_ all and any array as asymmetric authorization between case cast check constraint cross "
            + "current_catalog current_date current_path current_role current_schema current_time "
            + "current_timestamp current_user day default distinct else end except exists false fetch for "
            + "foreign from full group having hour if in inner intersect interval is join key left like limit "
            + "localtime localtimestamp minus minute month natural not null offset on or order primary qualify "
            + "right row rownum second select session_user set some symmetric system_user table to true "
            + "uescape union unique unknown user using value values when where window with year ");

    static final Set<String> MYSQL = words(
            "accessible add all alter analyze and as asc asensitive before between bigint binary blob both by "
            + "call cascade case change char character check collate column condition constraint continue convert "
            + "create cross cube cume_dist current_date current_time current_timestamp current_user cursor database "
            + "databases day_hour day_microsecond day_minute day_second dec decimal declare default delayed delete "
            + "dense_rank desc describe deterministic distinct distinctrow div double drop dual each else elseif "
            + "empty enclosed escaped except exists exit explain false fetch first_value float float4 float8 for "
            + "force foreign from fulltext function generated get grant group grouping groups having high_priority "
            + "hour_microsecond hour_minute hour_second if ignore in index infile inner inout insensitive insert "
            + "int int1 int2 int3 int4 int8 integer intersect interval into io_after_gtids io_before_gtids is "
            + "iterate join json_table key keys kill lag last_value lateral lead leading leave left like limit "
            + "linear lines load localtime localtimestamp lock long longblob longtext loop low_priority master_bind "
            + "master_ssl_verify_server_cert match maxvalue mediumblob mediumint mediumtext middleint "
            + "minute_microsecond minute_second mod modifies natural no_write_to_binlog not nth_value ntile null "
            + "numeric of on optimize optimizer_costs option optionally or order out outer outfile over partition "
            + "percent_rank precision primary procedure purge range rank read read_write reads real recursive "
            + "references regexp release rename repeat replace require resignal restrict return revoke right rlike "
            + "row row_number rows schema schemas second_microsecond select sensitive separator set show signal "
            + "smallint spatial specific sql sql_big_result sql_calc_found_rows sql_small_result sqlexception "
            + "sqlstate sqlwarning ssl starting stored straight_join system table terminated then tinyblob tinyint "
            + "tinytext to trailing trigger true undo union unique unlock unsigned update usage use using utc_date "
            + "utc_time utc_timestamp values varbinary varchar varcharacter varying virtual when where while window "
            + "with write xor year_month zerofill ");

    static final Set<String> SQL = words(
            "add all allocate alter and any are array as asensitive asymmetric at atomic authorization begin "
            + "between bigint binary blob both by call called cascaded case cast char character check clob close "
            + "collate column commit condition connect constraint continue corresponding create cross cube current "
            + "current_date current_path current_role current_time current_timestamp current_user cursor cycle date "
            + "day deallocate dec decimal declare default delete deref describe deterministic disconnect distinct "
            + "do double drop dynamic each element else elsif end escape except exec execute exists exit external "
            + "false fetch filter float for foreign free from full function get global grant group grouping handler "
            + "having hold hour identity if immediate in indicator inner inout input insensitive insert int integer "
            + "intersect interval into is iterate join language large lateral leading leave left like local "
            + "localtime localtimestamp loop match member merge method minute modifies module month multiset "
            + "national natural nchar nclob new no none not null numeric of old on only open or order out outer "
            + "output over overlaps parameter partition precision prepare primary procedure range reads real "
            + "recursive ref references referencing release repeat resignal result return returns revoke right "
            + "rollback rollup row rows savepoint scroll search second select sensitive session_user set signal "
            + "similar smallint some specific specifictype sql sqlexception sqlstate sqlwarning start static "
            + "submultiset symmetric system system_user table tablesample then time timestamp timezone_hour "
            + "timezone_minute to trailing translation treat trigger true undo union unique unknown unnest until "
            + "update user using value values varchar varying when whenever where while window with within without "
            + "year ");

    /** The lists by option name, in the order messages name them, with the name messages use. */
    static final Map<String, String> DISPLAY_NAMES = displayNames();

    private static Map<String, String> displayNames() {
        Map<String, String> names = new LinkedHashMap<>();
        names.put("postgresql", "PostgreSQL");
        names.put("h2", "H2");
        names.put("mysql", "MySQL");
        names.put("sql", "standard SQL");
        return names;
    }

    private ReservedWords() {
    }

    private static Set<String> words(String text) {
        return Set.of(text.trim().split(" "));
    }

    private static final Set<String> ANY = union();

    private static Set<String> union() {
        Set<String> all = new java.util.HashSet<>(POSTGRESQL);
        all.addAll(H2);
        all.addAll(MYSQL);
        all.addAll(SQL);
        return Set.copyOf(all);
    }

    static Set<String> list(String name) {
        return switch (name) {
            case "postgresql" -> POSTGRESQL;
            case "h2" -> H2;
            case "mysql" -> MYSQL;
            case "sql" -> SQL;
            default -> Set.of();
        };
    }

    /**
     * The lists among {@code sets} that reserve {@code name}, by their option names, in the order
     * of {@link #DISPLAY_NAMES}; empty when none does.
     */
    static List<String> reservedIn(String name, Collection<String> sets) {
        String word = name.toLowerCase(Locale.ROOT);
        if (!ANY.contains(word)) {
            return List.of(); // nearly every name
        }
        List<String> found = new ArrayList<>();
        for (String list : DISPLAY_NAMES.keySet()) {
            if (sets.contains(list) && list(list).contains(word)) {
                found.add(list);
            }
        }
        return found;
    }

    /**
     * Why a name the lists in {@code reservedIn} reserve is a problem, for a message:
     * "is a reserved word in PostgreSQL and H2, so every statement that does not quote it fails
     * there". A word only standard SQL reserves fails on no database entitylint verifies, and the
     * message says so rather than claim a failure.
     */
    static String consequence(String name, List<String> reservedIn) {
        List<String> databases = new ArrayList<>();
        for (String list : reservedIn) {
            if (!list.equals("sql")) {
                databases.add(DISPLAY_NAMES.get(list));
            }
        }
        if (databases.isEmpty()) {
            String word = name.toLowerCase(Locale.ROOT);
            boolean accepted = !POSTGRESQL.contains(word) && !H2.contains(word);
            return "is a reserved word in standard SQL" + (accepted ? " (PostgreSQL and H2 accept it)" : "")
                    + ", so a database that follows the standard strictly rejects it unquoted";
        }
        return "is a reserved word in " + and(databases) + (reservedIn.contains("sql") ? " and in standard SQL" : "")
                + ", so every statement that does not quote it fails there";
    }

    private static String and(List<String> names) {
        if (names.size() == 1) {
            return names.get(0);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }
}
