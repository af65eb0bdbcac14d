package dev.entitylint.processor.config;

import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * The framework generated repositories fit ({@code -Aentitylint.repositories.framework}, else
 * what the compile class path holds), read once per compilation so the generator reads no
 * compiler types.
 *
 * @param kind the flavour of the generated classes
 * @param springDataPaging whether paged methods also take and return Spring Data's
 *     {@code Pageable}/{@code Page} and {@code ScrollPosition}/{@code Window} (Spring only)
 * @param problem the error for an explicit framework whose types are missing, or {@code null};
 *     with it the repositories are generated as {@link Kind#NONE}, so nothing else breaks
 */
public record RepositoryFramework(Kind kind, boolean springDataPaging, String problem) {

    /** Plain Java: the caller owns transactions (what a test of a rule alone sees). */
    public static final RepositoryFramework NONE = new RepositoryFramework(Kind.NONE, false, null);

    static final String SPRING_REPOSITORY = "org.springframework.stereotype.Repository";
    static final String SPRING_TRANSACTIONAL = "org.springframework.transaction.annotation.Transactional";
    static final String CDI_SCOPE = "jakarta.enterprise.context.ApplicationScoped";
    static final String JTA_TRANSACTIONAL = "jakarta.transaction.Transactional";

    /** The flavours. */
    public enum Kind {
        NONE, SPRING, CDI;

        /** The values the option accepts. */
        public static List<String> optionValues() {
            return List.of("auto", "spring", "cdi", "none");
        }

        /** The flavour an option value names; {@code null} for {@code auto}. */
        static Kind parse(String value) {
            return value.equals("auto") ? null : valueOf(value.toUpperCase(Locale.ROOT));
        }
    }

    /**
     * @param chosen the option's flavour, {@code null} for auto
     * @param present whether a type of that qualified name is on the class path
     */
    static RepositoryFramework detect(Kind chosen, Predicate<String> present) {
        boolean spring = present.test(SPRING_REPOSITORY) && present.test(SPRING_TRANSACTIONAL);
        boolean cdi = present.test(CDI_SCOPE) && present.test(JTA_TRANSACTIONAL);
        Kind kind = chosen != null ? chosen : spring ? Kind.SPRING : cdi ? Kind.CDI : Kind.NONE;
        String problem = null;
        if (kind == Kind.SPRING && !spring) {
            problem = missing(present, "spring", List.of(SPRING_REPOSITORY, "spring-context",
                    SPRING_TRANSACTIONAL, "spring-tx"));
        } else if (kind == Kind.CDI && !cdi) {
            problem = missing(present, "cdi", List.of(CDI_SCOPE, "jakarta.enterprise.cdi-api",
                    JTA_TRANSACTIONAL, "jakarta.transaction-api"));
        }
        if (problem != null) {
            return new RepositoryFramework(Kind.NONE, false, problem);
        }
        boolean paging = kind == Kind.SPRING && present.test("org.springframework.data.domain.Pageable")
                && present.test("org.springframework.data.domain.Window");
        return new RepositoryFramework(kind, paging, null);
    }

    /** {@code typesAndArtifacts}: a type, the artifact that has it, a type, ... */
    private static String missing(Predicate<String> present, String value, List<String> typesAndArtifacts) {
        StringBuilder types = new StringBuilder();
        StringBuilder artifacts = new StringBuilder();
        for (int i = 0; i < typesAndArtifacts.size(); i += 2) {
            if (!present.test(typesAndArtifacts.get(i))) {
                types.append(types.length() == 0 ? "" : " and ").append(typesAndArtifacts.get(i));
                artifacts.append(artifacts.length() == 0 ? "" : " and ").append(typesAndArtifacts.get(i + 1));
            }
        }
        return "-A" + Options.REPOSITORY_FRAMEWORK + "=" + value + " but " + types + " is not on the compile class "
                + "path — add " + artifacts + " to the dependencies, or set -A" + Options.REPOSITORY_FRAMEWORK
                + "=auto; until then repositories are generated for plain Java";
    }
}
