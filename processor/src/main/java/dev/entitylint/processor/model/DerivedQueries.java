package dev.entitylint.processor.model;

import dev.entitylint.processor.model.QueryModel.Operator;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Spring Data's grammar of query method names ({@code PartTree}, {@code Part}, {@code OrderBySource}):
 * a subject ({@code find}, {@code read}, {@code get}, {@code query}, {@code search}, {@code stream},
 * {@code count}, {@code exists}, {@code delete}, {@code remove}, with {@code Distinct},
 * {@code Top<N>}/{@code First<N>}) up to {@code By}, then conditions joined by {@code Or} and
 * {@code And}, each a property and an operator keyword, then {@code OrderBy...Asc/Desc}. The
 * properties are left as written here; {@link ModelBuilder} resolves them against the domain class
 * as Spring Data does. Pure text: no compiler.
 */
public final class DerivedQueries {

    private static final Pattern PREFIX = Pattern.compile(
            "^(find|read|get|query|search|stream|count|exists|delete|remove)((\\p{Lu}.*?))??By");
    private static final String KEYWORD = "(%s)(?=(\\p{Lu}|\\P{InBASIC_LATIN}))";
    private static final Pattern ALL_IGNORE_CASE = Pattern.compile("AllIgnor(ing|e)Case");
    private static final Pattern IGNORE_CASE = Pattern.compile("Ignor(ing|e)Case");
    private static final Pattern DIRECTION = Pattern.compile("(.+?)(Asc|Desc)?$");

    /** The operator keywords in the order Spring Data tries them ({@code Part.Type.ALL}). */
    private static final List<Keywords> TYPES = List.of(
            new Keywords(Operator.IS_NOT_NULL, "IsNotNull", "NotNull"),
            new Keywords(Operator.IS_NULL, "IsNull", "Null"),
            new Keywords(Operator.BETWEEN, "IsBetween", "Between"),
            new Keywords(Operator.LESS_THAN, "IsLessThan", "LessThan"),
            new Keywords(Operator.LESS_THAN_EQUAL, "IsLessThanEqual", "LessThanEqual"),
            new Keywords(Operator.GREATER_THAN, "IsGreaterThan", "GreaterThan"),
            new Keywords(Operator.GREATER_THAN_EQUAL, "IsGreaterThanEqual", "GreaterThanEqual"),
            new Keywords(Operator.LESS_THAN, "IsBefore", "Before"),
            new Keywords(Operator.GREATER_THAN, "IsAfter", "After"),
            new Keywords(Operator.NOT_LIKE, "IsNotLike", "NotLike"),
            new Keywords(Operator.LIKE, "IsLike", "Like"),
            new Keywords(Operator.STARTING_WITH, "IsStartingWith", "StartingWith", "StartsWith"),
            new Keywords(Operator.ENDING_WITH, "IsEndingWith", "EndingWith", "EndsWith"),
            new Keywords(Operator.IS_NOT_EMPTY, "IsNotEmpty", "NotEmpty"),
            new Keywords(Operator.IS_EMPTY, "IsEmpty", "Empty"),
            new Keywords(Operator.NOT_CONTAINING, "IsNotContaining", "NotContaining", "NotContains"),
            new Keywords(Operator.CONTAINING, "IsContaining", "Containing", "Contains"),
            new Keywords(Operator.NOT_IN, "IsNotIn", "NotIn"),
            new Keywords(Operator.IN, "IsIn", "In"),
            new Keywords(Operator.OTHER, "IsNear", "Near"),
            new Keywords(Operator.OTHER, "IsWithin", "Within"),
            new Keywords(Operator.OTHER, "MatchesRegex", "Matches", "Regex"),
            new Keywords(Operator.OTHER, "Exists"),
            new Keywords(Operator.TRUE, "IsTrue", "True"),
            new Keywords(Operator.FALSE, "IsFalse", "False"),
            new Keywords(Operator.NOT_EQUAL, "IsNot", "Not"),
            new Keywords(Operator.EQUAL, "Is", "Equals"));

    private record Keywords(Operator operator, String... words) {
    }

    private DerivedQueries() {
    }

    /**
     * A method name read by the grammar.
     *
     * @param disjuncts the conditions, {@code Or} of {@code And}s; one empty list when there are none
     * @param orderBy the {@code OrderBy} properties
     */
    public record Parsed(List<List<Part>> disjuncts, List<OrderPart> orderBy) {
    }

    /**
     * One condition as written.
     *
     * @param written the text of the part ({@code EmailAddressIgnoreCase})
     * @param property the property expression, decapitalized, keyword removed ({@code emailAddress})
     * @param operator the keyword's operator
     * @param ignoreCase whether {@code IgnoreCase} (or {@code AllIgnoreCase}) applies
     */
    public record Part(String written, String property, Operator operator, boolean ignoreCase) {
    }

    /** One {@code OrderBy} property as written, uncapitalized. */
    public record OrderPart(String written, String property, boolean descending) {
    }

    /**
     * The method name read as Spring Data reads it, or empty when it is no query method name
     * (no subject up to {@code By}: a CRUD method such as {@code findAll}, or one a fragment implements)
     * or it breaks the grammar in a way entitylint does not judge.
     */
    public static Optional<Parsed> parse(String name) {
        Matcher prefix = PREFIX.matcher(name);
        if (!prefix.find()) {
            return Optional.empty();
        }
        String predicate = name.substring(prefix.group().length());
        boolean allIgnoreCase = false;
        Matcher all = ALL_IGNORE_CASE.matcher(predicate);
        if (all.find()) {
            allIgnoreCase = true;
            predicate = predicate.substring(0, all.start()) + predicate.substring(all.end());
        }
        String[] parts = split(predicate, "OrderBy");
        if (parts.length > 2) {
            return Optional.empty();
        }
        List<List<Part>> disjuncts = new ArrayList<>();
        for (String or : split(parts.length == 0 ? "" : parts[0], "Or")) {
            if (or.isEmpty()) {
                continue;
            }
            List<Part> conjunction = new ArrayList<>();
            for (String and : split(or, "And")) {
                if (!and.isEmpty()) {
                    conjunction.add(part(and, allIgnoreCase));
                }
            }
            disjuncts.add(conjunction);
        }
        if (disjuncts.isEmpty()) {
            disjuncts.add(List.of());
        }
        List<OrderPart> orders = new ArrayList<>();
        if (parts.length == 2) {
            for (String block : parts[1].split("(?<=Asc|Desc)(?=\\p{Lu})")) {
                Matcher direction = DIRECTION.matcher(block);
                if (!direction.find() || (direction.group(2) == null
                        && (direction.group(1).equals("Asc") || direction.group(1).equals("Desc")))) {
                    return Optional.empty();
                }
                orders.add(new OrderPart(block, uncapitalize(direction.group(1)), "Desc".equals(direction.group(2))));
            }
        }
        return Optional.of(new Parsed(disjuncts, orders));
    }

    private static Part part(String source, boolean allIgnoreCase) {
        Matcher ignore = IGNORE_CASE.matcher(source);
        boolean ignoreCase = allIgnoreCase;
        String text = source;
        if (ignore.find()) {
            ignoreCase = true;
            text = source.substring(0, ignore.start()) + source.substring(ignore.end());
        }
        for (Keywords type : TYPES) {
            for (String word : type.words()) {
                if (text.endsWith(word)) {
                    String candidate = decapitalize(text);
                    for (String strip : type.words()) {
                        if (candidate.endsWith(strip)) {
                            return new Part(source, candidate.substring(0, candidate.length() - strip.length()),
                                    type.operator(), ignoreCase);
                        }
                    }
                    return new Part(source, candidate, type.operator(), ignoreCase);
                }
            }
        }
        return new Part(source, decapitalize(text), Operator.EQUAL, ignoreCase);
    }

    private static String[] split(String text, String keyword) {
        return Pattern.compile(String.format(KEYWORD, keyword)).split(text);
    }

    /** {@code java.beans.Introspector.decapitalize}: {@code Name} → {@code name}, {@code URL} stays. */
    public static String decapitalize(String name) {
        if (name.isEmpty() || (name.length() > 1 && Character.isUpperCase(name.charAt(1))
                && Character.isUpperCase(name.charAt(0)))) {
            return name;
        }
        return Character.toLowerCase(name.charAt(0)) + name.substring(1);
    }

    private static String uncapitalize(String name) {
        return name.isEmpty() ? name : Character.toLowerCase(name.charAt(0)) + name.substring(1);
    }
}
