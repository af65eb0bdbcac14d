package dev.entitylint.processor.rules;

import static dev.entitylint.processor.testing.Lint.source;

import dev.entitylint.processor.testing.Lint;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

class ManyToManySetRuleTest {

    private final Lint lint = Lint.only("many-to-many-set");

    private static final JavaFileObject TAG = source("com.acme.Tag", """
            package com.acme;

            import jakarta.persistence.*;

            @Entity
            class Tag {
                @Id Long id;
            }
            """);

    @Test
    void reportsBags() {
        lint.check(TAG, source("com.acme.Article", """
                package com.acme;

                import jakarta.persistence.*;
                import java.util.*;

                @Entity
                class Article {
                    @Id Long id;
                    // expect: warning many-to-many-set "@ManyToMany 'tags' is a List without @OrderColumn, so Hibernate maps it as a bag"
                    @ManyToMany List<Tag> tags = new ArrayList<>();
                    // expect: many-to-many-set "declare it as Set<Tag> related = new HashSet<>()"
                    @ManyToMany @OrderBy("id") Collection<Tag> related;
                }
                """));
    }

    private static final String ARTICLE = """
            package com.acme;

            import jakarta.persistence.*;
            import java.util.*;

            @Entity
            class Article {
                @Id Long id;
                // expect: EXPECTATION
                @ManyToMany List<Tag> tags = new ArrayList<>();
            }
            """;

    private static final String ON_HIBERNATE = "warning many-to-many-set \"@ManyToMany 'tags' is a List without "
            + "@OrderColumn, so Hibernate maps it as a bag: removing one Tag deletes all of this Article's join rows "
            + "and inserts the rest again, and fetching two bags at once fails (MultipleBagFetchException) — declare "
            + "it as Set<Tag> tags = new HashSet<>()\"";

    @Test
    void onEclipseLinkOnlyNotesTheUnkeptOrderWithoutHibernatesBag() {
        Lint.only("many-to-many-set", "-Aentitylint.provider=eclipselink").check(TAG, source("com.acme.Article",
                ARTICLE.replace("EXPECTATION", "note many-to-many-set \"@ManyToMany 'tags' is a List without "
                        + "@OrderColumn: its join table stores no position, so an order given to the list is not "
                        + "kept — declare it as Set<Tag> tags = new HashSet<>()\"")));
    }

    @Test
    void onOpenJpaNeverSpeaksOfBags() {
        var compilation = Lint.only("many-to-many-set", "-Aentitylint.provider=openjpa").check(TAG,
                source("com.acme.Article", ARTICLE.replace("EXPECTATION", "note many-to-many-set")));
        compilation.diagnostics().forEach(d -> org.junit.jupiter.api.Assertions.assertFalse(
                d.getMessage(java.util.Locale.ROOT).contains("bag"), d.getMessage(java.util.Locale.ROOT)));
    }

    @Test
    void onHibernateSpeaksOfTheBag() {
        Lint.only("many-to-many-set", "-Aentitylint.provider=hibernate").check(TAG, source("com.acme.Article",
                ARTICLE.replace("EXPECTATION", ON_HIBERNATE)));
    }

    @Test
    void detectsHibernateOnTheClassPath() {
        Lint.only("many-to-many-set", "-Aentitylint.provider=auto").check(TAG, source("com.acme.Article",
                ARTICLE.replace("EXPECTATION", ON_HIBERNATE)));
    }

    @Test
    void acceptsSetsOrderedListsAndOtherAssociations() {
        lint.check(TAG, source("com.acme.Article", """
                package com.acme;

                import jakarta.persistence.*;
                import java.util.*;

                @Entity
                class Article {
                    @Id Long id;
                    @ManyToMany Set<Tag> tags = new HashSet<>();
                    @ManyToMany @OrderColumn(name = "position") List<Tag> ranked;
                    @ManyToMany Map<String, Tag> byName;
                    @OneToMany @JoinColumn(name = "article_id") List<Tag> owned;
                    @ElementCollection List<String> keywords;
                }
                """));
    }

    @Test
    void suppressed() {
        lint.check(TAG, source("com.acme.Article", """
                package com.acme;

                import dev.entitylint.Allow;
                import jakarta.persistence.*;
                import java.util.*;

                @Entity
                class Article {
                    @Id Long id;
                    @Allow(value = "many-to-many-set", reason = "read-only projection, never modified")
                    @ManyToMany List<Tag> tags;
                }
                """));
    }

    @Test
    void reportedOnceInMappedSuperclass() {
        lint.check(TAG, source("com.acme.Tagged", """
                package com.acme;

                import jakarta.persistence.*;
                import java.util.*;

                @MappedSuperclass
                abstract class Tagged {
                    @Id Long id;
                    // expect: many-to-many-set
                    @ManyToMany List<Tag> tags;
                }
                """), source("com.acme.Post", """
                package com.acme;

                import jakarta.persistence.*;

                @Entity
                class Post extends Tagged {
                }
                """), source("com.acme.Photo", """
                package com.acme;

                import jakarta.persistence.*;

                @Entity
                class Photo extends Tagged {
                }
                """));
    }
}
