package dev.entitylint.processor.model;

import dev.entitylint.processor.model.QueryModel.Condition;
import dev.entitylint.processor.model.QueryModel.Operator;
import dev.entitylint.processor.model.QueryModel.Order;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The one shape of JPQL entitylint reads: {@code [select ...] from Entity [as] e [where e.path op
 * :param|?1|literal and ...] [order by e.path [asc|desc], ...]}. Anything else (a join, a second
 * entity, a subquery, {@code or}, {@code not}, parentheses, a function on a path, {@code group by})
 * is not read at all, so no check ever judges a query entitylint could not read whole. Pure text.
 */
public final class SimpleJpql {

    private static final Set<String> KEYWORDS = Set.of("select", "from", "where", "and", "or", "not", "order", "by",
            "group", "having", "join", "left", "right", "inner", "outer", "fetch", "as", "asc", "desc", "is", "null",
            "in", "between", "like", "distinct", "on", "with", "union", "exists", "member", "of", "empty", "case",
            "when", "then", "else", "end", "limit", "offset", "escape", "all", "any", "some", "new", "update", "delete",
            "set", "insert", "into", "cross", "nulls", "first", "last", "true", "false");

    private SimpleJpql() {
    }

    /**
     * A query read whole.
     *
     * @param entityName the entity name after {@code from}
     * @param conditions the conditions of the {@code where} conjunction, paths without the alias
     * @param orderBy the {@code order by} paths, without the alias
     */
    public record Parsed(String entityName, List<Condition> conditions, List<Order> orderBy) {
    }

    /** The query if it has the simple shape, else empty. */
    public static Optional<Parsed> parse(String jpql) {
        try {
            List<String> tokens = tokens(jpql);
            return tokens == null ? Optional.empty() : new Reader(tokens).query();
        } catch (RuntimeException unreadable) {
            return Optional.empty();
        }
    }

    private static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '\'') {
                int end = i + 1;
                while (true) {
                    if (end >= text.length()) {
                        return null;
                    }
                    if (text.charAt(end) == '\'') {
                        if (end + 1 < text.length() && text.charAt(end + 1) == '\'') {
                            end += 2;
                            continue;
                        }
                        break;
                    }
                    end++;
                }
                tokens.add(text.substring(i, end + 1));
                i = end + 1;
            } else if (Character.isJavaIdentifierStart(c) || c == ':' || c == '?') {
                int end = i + 1;
                while (end < text.length() && (Character.isJavaIdentifierPart(text.charAt(end))
                        || text.charAt(end) == '.')) {
                    end++;
                }
                tokens.add(text.substring(i, end));
                i = end;
            } else if (Character.isDigit(c) || (c == '-' && i + 1 < text.length() && Character.isDigit(text.charAt(i + 1)))) {
                int end = i + 1;
                while (end < text.length() && (Character.isLetterOrDigit(text.charAt(end)) || text.charAt(end) == '.')) {
                    end++;
                }
                tokens.add(text.substring(i, end));
                i = end;
            } else if (c == '<' || c == '>' || c == '!') {
                if (i + 1 < text.length() && (text.charAt(i + 1) == '=' || (c == '<' && text.charAt(i + 1) == '>'))) {
                    tokens.add(text.substring(i, i + 2));
                    i += 2;
                } else {
                    tokens.add(String.valueOf(c));
                    i++;
                }
            } else if (c == '=' || c == '(' || c == ')' || c == ',') {
                tokens.add(String.valueOf(c));
                i++;
            } else {
                return null; // '#{' (SpEL), ';', '*', '+', '|', comments...: not the simple shape
            }
        }
        return tokens;
    }

    private static final class Reader {
        private final List<String> tokens;
        private int at;
        private String alias;

        Reader(List<String> tokens) {
            this.tokens = tokens;
        }

        private String peek() {
            return at < tokens.size() ? tokens.get(at) : "";
        }

        private boolean is(String keyword) {
            return peek().equalsIgnoreCase(keyword);
        }

        private boolean accept(String keyword) {
            if (is(keyword)) {
                at++;
                return true;
            }
            return false;
        }

        Optional<Parsed> query() {
            if (accept("select")) {
                // The select list does not filter: anything but another query or clause may stand there.
                int depth = 0;
                while (at < tokens.size() && !(depth == 0 && is("from"))) {
                    String token = peek();
                    if (token.equalsIgnoreCase("select") || token.equalsIgnoreCase("from")) {
                        return Optional.empty();
                    }
                    depth += token.equals("(") ? 1 : token.equals(")") ? -1 : 0;
                    at++;
                }
            }
            if (!accept("from")) {
                return Optional.empty();
            }
            String entity = peek();
            if (!identifier(entity) || entity.contains(".")) {
                return Optional.empty();
            }
            at++;
            accept("as");
            alias = peek();
            if (!identifier(alias) || alias.contains(".")) {
                return Optional.empty();
            }
            at++;
            List<Condition> conditions = new ArrayList<>();
            if (accept("where")) {
                do {
                    Condition condition = condition();
                    if (condition == null) {
                        return Optional.empty();
                    }
                    conditions.add(condition);
                } while (accept("and"));
            }
            List<Order> orders = new ArrayList<>();
            if (accept("order")) {
                if (!accept("by")) {
                    return Optional.empty();
                }
                do {
                    String path = path();
                    if (path == null) {
                        return Optional.empty();
                    }
                    boolean descending = false;
                    if (accept("desc")) {
                        descending = true;
                    } else {
                        accept("asc");
                    }
                    orders.add(new Order(path, descending));
                } while (accept(","));
            }
            return at == tokens.size() ? Optional.of(new Parsed(entity, conditions, orders)) : Optional.empty();
        }

        private Condition condition() {
            String path = path();
            if (path == null) {
                return null;
            }
            String token = peek().toLowerCase(Locale.ROOT);
            at++;
            switch (token) {
                case "=", "<>", "!=", "<", "<=", ">", ">=" -> {
                    if (!operand()) {
                        return null;
                    }
                    Operator operator = switch (token) {
                        case "=" -> Operator.EQUAL;
                        case "<" -> Operator.LESS_THAN;
                        case "<=" -> Operator.LESS_THAN_EQUAL;
                        case ">" -> Operator.GREATER_THAN;
                        case ">=" -> Operator.GREATER_THAN_EQUAL;
                        default -> Operator.NOT_EQUAL;
                    };
                    return new Condition(path, operator, false);
                }
                case "is" -> {
                    boolean not = accept("not");
                    return accept("null") ? new Condition(path, not ? Operator.IS_NOT_NULL : Operator.IS_NULL, false)
                            : null;
                }
                case "between" -> {
                    return operand() && accept("and") && operand() ? new Condition(path, Operator.BETWEEN, false) : null;
                }
                case "like" -> {
                    return operand() ? new Condition(path, Operator.LIKE, false) : null;
                }
                case "in" -> {
                    return list() ? new Condition(path, Operator.IN, false) : null;
                }
                case "not" -> {
                    if (accept("like")) {
                        return operand() ? new Condition(path, Operator.NOT_LIKE, false) : null;
                    }
                    if (accept("in")) {
                        return list() ? new Condition(path, Operator.NOT_IN, false) : null;
                    }
                    return null;
                }
                default -> {
                    return null;
                }
            }
        }

        /** {@code e.a.b} as {@code a.b}, or {@code null}. */
        private String path() {
            String token = peek();
            if (!identifier(token) || !token.startsWith(alias + ".") || token.endsWith(".")
                    || token.contains("..")) {
                return null;
            }
            at++;
            return token.substring(alias.length() + 1);
        }

        private boolean operand() {
            String token = peek();
            if (token.isEmpty()) {
                return false;
            }
            char first = token.charAt(0);
            boolean parameter = (first == ':' && token.length() > 1 && !token.contains("."))
                    || (first == '?' && token.length() > 1 && token.substring(1).chars().allMatch(Character::isDigit));
            boolean literal = first == '\'' || Character.isDigit(first) || first == '-'
                    || token.equalsIgnoreCase("true") || token.equalsIgnoreCase("false")
                    // An enum or constant written by its qualified name.
                    || (identifier(token) && token.contains(".") && !token.startsWith(alias + "."));
            if (parameter || literal) {
                at++;
                return true;
            }
            return false;
        }

        private boolean list() {
            if (!accept("(")) {
                return operand();
            }
            do {
                if (!operand()) {
                    return false;
                }
            } while (accept(","));
            return accept(")");
        }

        private static boolean identifier(String token) {
            return !token.isEmpty() && Character.isJavaIdentifierStart(token.charAt(0))
                    && !KEYWORDS.contains(token.toLowerCase(Locale.ROOT));
        }
    }
}
