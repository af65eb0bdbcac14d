package dev.entitylint.processor.rules;

import static dev.entitylint.processor.testing.Lint.source;

import dev.entitylint.processor.testing.Lint;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

class CascadeRemoveRuleTest {

    private final Lint lint = Lint.only("cascade-remove");

    private static final JavaFileObject TAG = source("com.acme.Tag", """
            package com.acme;

            import jakarta.persistence.*;

            @Entity
            class Tag {
                @Id Long id;
            }
            """);

    @Test
    void reportsRemoveAtTheCascadeValue() {
        lint.check(TAG, source("com.acme.Article", """
                package com.acme;

                import jakarta.persistence.*;
                import java.util.*;

                @Entity
                class Article {
                    @Id Long id;
                    // expect: error cascade-remove "@ManyToMany 'tags' cascades REMOVE (through ALL), so deleting one Article deletes every Tag it is linked to, although other rows still use them — write cascade = {CascadeType.PERSIST, CascadeType.MERGE}"
                    @ManyToMany(cascade = CascadeType.ALL) Set<Tag> tags;
                    @ManyToMany(
                        // expect: cascade-remove "write cascade = {CascadeType.PERSIST}"
                        cascade = {CascadeType.PERSIST, CascadeType.REMOVE})
                    Set<Tag> related;
                    // expect: cascade-remove "remove cascade from the @ManyToMany"
                    @ManyToMany(cascade = CascadeType.REMOVE) Set<Tag> old;
                }
                """));
    }

    @Test
    void acceptsRemoveOnOwnedChildren() {
        lint.check(TAG, source("com.acme.Article", """
                package com.acme;

                import jakarta.persistence.*;
                import java.util.*;

                @Entity
                class Article {
                    @Id Long id;
                    @ManyToMany(cascade = {CascadeType.PERSIST, CascadeType.MERGE}) Set<Tag> tags;
                    @OneToMany(mappedBy = "article", cascade = CascadeType.ALL, orphanRemoval = true) Set<Comment> comments;
                }
                """), source("com.acme.Comment", """
                package com.acme;

                import jakarta.persistence.*;

                @Entity
                class Comment {
                    @Id Long id;
                    @ManyToOne(fetch = FetchType.LAZY, cascade = CascadeType.PERSIST) Article article;
                }
                """));
    }

    @Test
    void suppressed() {
        lint.check(TAG, source("com.acme.Article", """
                package com.acme;

                import jakarta.persistence.*;
                import java.util.*;

                @Entity
                class Article {
                    @Id Long id;
                    @SuppressWarnings("entitylint:cascade-remove")
                    @ManyToMany(cascade = CascadeType.ALL) Set<Tag> tags;
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
                    // expect: cascade-remove "deleting one Tagged deletes every Tag"
                    @ManyToMany(cascade = CascadeType.ALL) Set<Tag> tags;
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
