package dev.entitylint.processor.rules;

import static dev.entitylint.processor.testing.Lint.source;

import dev.entitylint.processor.testing.Lint;
import org.junit.jupiter.api.Test;

class OneToOneRuleTest {

    private final Lint lint = Lint.only("one-to-one");

    @Test
    void reportsAChildWithAKeyOfItsOwnAndALazyInverseSide() {
        lint.check(source("com.acme.Post", """
                package com.acme;

                import jakarta.persistence.*;

                @Entity
                class Post {
                    @Id @GeneratedValue Long id;
                    @OneToOne(mappedBy = "post",
                        // expect: warning one-to-one "@OneToOne 'details' is the mappedBy side, which Hibernate loads eagerly whatever fetch says (it must read PostDetails's table to know whether there is one), with one more query per Post — remove fetch = FetchType.LAZY and the two-way mapping"
                        fetch = FetchType.LAZY)
                    PostDetails details;
                }
                """), source("com.acme.PostDetails", """
                package com.acme;

                import jakarta.persistence.*;

                @Entity
                class PostDetails {
                    @Id @GeneratedValue Long id;
                    // expect: one-to-one "@OneToOne 'post' gives PostDetails a key and a foreign key column of its own, though each PostDetails belongs to one Post (whose side is mappedBy) — share Post's key: @OneToOne(fetch = FetchType.LAZY) @MapsId on 'post', and @Id without @GeneratedValue on PostDetails's id"
                    @OneToOne(fetch = FetchType.LAZY) @JoinColumn(name = "post_id") Post post;
                }
                """));
    }

    /** The child shares the parent's key; the parent's side is eager (its default) or absent; a one-way link. */
    @Test
    void acceptsASharedKeyAndOneWayLinks() {
        lint.check(source("com.acme.Post", """
                package com.acme;

                import jakarta.persistence.*;

                @Entity
                class Post {
                    @Id @GeneratedValue Long id;
                    @OneToOne(mappedBy = "post") PostDetails details;
                    @OneToOne(fetch = FetchType.LAZY) Image cover;
                }
                """), source("com.acme.PostDetails", """
                package com.acme;

                import jakarta.persistence.*;

                @Entity
                class PostDetails {
                    @Id Long id;
                    @OneToOne(fetch = FetchType.LAZY) @MapsId Post post;
                }
                """), source("com.acme.Image", """
                package com.acme;

                import jakarta.persistence.*;

                @Entity
                class Image {
                    @Id @GeneratedValue Long id;
                }
                """), source("com.acme.Author", """
                package com.acme;

                import jakarta.persistence.*;

                @Entity
                class Author {
                    @Id Long id;
                    @OneToOne @PrimaryKeyJoinColumn Profile profile;
                }
                """), source("com.acme.Profile", """
                package com.acme;

                import jakarta.persistence.*;

                @Entity
                class Profile {
                    @Id Long id;
                    @OneToOne(mappedBy = "profile") Author author;
                }
                """));
    }

    /** EclipseLink's weaving makes the inverse side lazy: only the shared key is reported there. */
    @Test
    void lazyInverseSideIsHibernatesProblemOnly() {
        Lint.only("one-to-one", "-Aentitylint.provider=eclipselink").check(source("com.acme.Post", """
                package com.acme;

                import jakarta.persistence.*;

                @Entity
                class Post {
                    @Id @GeneratedValue Long id;
                    @OneToOne(mappedBy = "post", fetch = FetchType.LAZY) PostDetails details;
                }
                """), source("com.acme.PostDetails", """
                package com.acme;

                import jakarta.persistence.*;

                @Entity
                class PostDetails {
                    @Id Long id;
                    @OneToOne(fetch = FetchType.LAZY) @MapsId Post post;
                }
                """));
    }

    @Test
    void suppressed() {
        lint.check(source("com.acme.Post", """
                package com.acme;

                import jakarta.persistence.*;

                @Entity
                class Post {
                    @Id @GeneratedValue Long id;
                    @SuppressWarnings("entitylint:one-to-one")
                    @OneToOne(mappedBy = "post", fetch = FetchType.LAZY) PostDetails details;
                }
                """), source("com.acme.PostDetails", """
                package com.acme;

                import jakarta.persistence.*;

                @Entity
                class PostDetails {
                    @Id @GeneratedValue Long id;
                    @SuppressWarnings("entitylint:one-to-one")
                    @OneToOne(fetch = FetchType.LAZY) Post post;
                }
                """));
    }
}
