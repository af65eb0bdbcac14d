package dev.entitylint.processor.rules;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * SQL reserved words that cannot be table or column names unless quoted: PostgreSQL's reserved
 * key words (including those that may only name functions or types), MySQL 8's reserved words,
 * and the SQL:2003 reserved words (the list Hibernate quotes with {@code auto_quote_keyword}).
 */
final class ReservedWords {

    static final Set<String> POSTGRESQL = words(
            "all analyse analyze and any array as asc asymmetric authorization binary both case cast check "
            + "collate collation column concurrently constraint create cross current_catalog current_date "
            + "current_role current_schema current_time current_timestamp current_user default deferrable desc "
            + "distinct do else end except false fetch for foreign freeze from full grant group having ilike in "
            + "initially inner intersect into is isnull join lateral leading left like limit localtime "
            + "localtimestamp natural not notnull null offset on only or order outer overlaps placing primary "
            + "references returning right select session_user similar some symmetric system_user table tablesample "
            + "then to trailing true union unique user using variadic verbose when where window with ");

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

    private ReservedWords() {
    }

    private static Set<String> words(String text) {
        return Set.of(text.trim().split(" "));
    }

    private static final Set<String> ANY = union();

    private static Set<String> union() {
        Set<String> all = new java.util.HashSet<>(POSTGRESQL);
        all.addAll(MYSQL);
        all.addAll(SQL);
        return Set.copyOf(all);
    }

    /** The display names of the lists among {@code sets} that reserve {@code name}; empty when none does. */
    static List<String> reservedIn(String name, Collection<String> sets) {
        String word = name.toLowerCase(Locale.ROOT);
        if (!ANY.contains(word)) {
            return List.of(); // nearly every name
        }
        List<String> found = new ArrayList<>();
        if (sets.contains("postgresql") && POSTGRESQL.contains(word)) {
            found.add("PostgreSQL");
        }
        if (sets.contains("mysql") && MYSQL.contains(word)) {
            found.add("MySQL");
        }
        if (sets.contains("sql") && SQL.contains(word)) {
            found.add("standard SQL");
        }
        return found;
    }
}
