package dev.entitylint.processor.rules;

import static dev.entitylint.processor.testing.Lint.source;

import dev.entitylint.processor.testing.Lint;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** Real Spring Data JPA and Jakarta Data interfaces compiled beside the entities: no mock of their grammar. */
class QueryIndexRuleTest {

    private final Lint lint = Lint.only("query-index").withQueryLibraries();

    static JavaFileObject owner() {
        return source("com.acme.Owner", """
                package com.acme;

                import jakarta.persistence.*;
                import java.time.Instant;

                @Entity
                @Table(name = "owners", indexes = {
                    @Index(name = "ix_owners_last_name", columnList = "last_name"),
                    @Index(name = "ix_owners_city_created_at", columnList = "city, created_at")
                }, uniqueConstraints = @UniqueConstraint(name = "uq_owners_email", columnNames = "email"))
                public class Owner {
                    public enum Status { ACTIVE, BLOCKED }
                    @Id Long id;
                    @Column(length = 80) String lastName;
                    @Column(length = 80) String firstName;
                    @Column(length = 80) String city;
                    @Column(length = 20) String telephone;
                    @Column(length = 120) String email;
                    @Enumerated(EnumType.STRING) @Column(length = 10) Status status;
                    boolean active;
                    Integer statusEnum;
                    Integer visits;
                    Instant createdAt;
                    @Embedded Address address;
                    @ManyToOne(fetch = FetchType.LAZY) Owner referrer;
                    @Transient String nickname;

                    public String getDisplayName() {
                        return firstName + " " + lastName;
                    }
                }
                """);
    }

    static JavaFileObject address() {
        return source("com.acme.Address", """
                package com.acme;

                import jakarta.persistence.*;

                @Embeddable
                public class Address {
                    @Column(length = 80) String street;
                    @Column(length = 10) String zipCode;
                }
                """);
    }

    @Test
    void derivedQueriesNeedAnIndexThatLeadsWithTheirColumns() {
        lint.check(owner(), address(), source("com.acme.OwnerRepository", """
                package com.acme;

                import java.time.Instant;
                import java.util.Collection;
                import java.util.List;
                import java.util.Optional;
                import org.springframework.data.jpa.repository.JpaRepository;

                public interface OwnerRepository extends JpaRepository<Owner, Long> {
                    List<Owner> findByLastName(String lastName);
                    List<Owner> findByLastNameStartingWith(String prefix);
                    Optional<Owner> findByEmail(String email);
                    List<Owner> findByIdIn(Collection<Long> ids);
                    List<Owner> findByCityAndIdIn(String city, Collection<Long> ids);
                    Optional<Owner> findByIdAndLastName(Long id, String lastName);
                    Optional<Owner> findByEmailAndTelephone(String email, String telephone);
                    List<Owner> findByCityAndCreatedAtBetween(String city, Instant from, Instant to);
                    List<Owner> findTop10ByCityOrderByCreatedAtDesc(String city);
                    // expect: query-index "reads table 'owners' by first_name, and no index"
                    List<Owner> findByFirstName(String firstName);
                    List<Owner> findDistinctByLastNameAndFirstNameIgnoreCaseOrLastNameAndFirstName(String a, String b, String c, String d);
                    // expect: query-index "@Index(name = "ix_owners_first_name_telephone", columnList = "first_name, telephone")"
                    List<Owner> findDistinctByLastNameAndFirstNameIgnoreCaseOrFirstNameAndTelephone(String a, String b, String c, String d);
                    // expect: query-index "by a range of created_at"
                    List<Owner> findFirst5ByCreatedAtAfter(Instant after);
                    List<Owner> findByCityOrderByTelephone(String city);
                    // expect: query-index "by (first_name, telephone) then the order of city, and no index, unique constraint or primary key leads with any of them"
                    List<Owner> findByFirstNameAndTelephoneOrderByCity(String firstName, String telephone);
                    // expect: query-index "by zip_code"
                    long countByAddress_ZipCode(String zipCode);
                    // expect: query-index "columnList = "street""
                    boolean existsByAddressStreetIn(Collection<String> streets);
                    List<Owner> findByEmailIgnoreCase(String email);
                    List<Owner> findByTelephoneContaining(String part);
                    List<Owner> findByStatus(Owner.Status status);
                    List<Owner> findByActiveTrue();
                    List<Owner> findByStatusEnum(Integer status);
                    // expect: query-index "by visits"
                    List<Owner> findByVisits(Integer visits);
                    // expect: query-index "by (status_enum, first_name)"
                    List<Owner> findByStatusEnumAndFirstName(Integer status, String firstName);
                    List<Owner> findByReferrerId(Long referrer);
                    List<Owner> findAllByOrderByLastNameAsc();
                    List<Owner> findByReferrerLastName(String lastName);
                    List<Owner> findAll();
                }
                """));
    }

    @Test
    void jpqlWithNamedAndPositionalParametersIsReadAndComplexJpqlIsSkipped() {
        lint.check(source("com.acme.Owner", """
                package com.acme;

                import jakarta.persistence.*;

                @Entity
                @Table(name = "owners", indexes = @Index(name = "ix_owners_city", columnList = "city"))
                @NamedQuery(name = "Owner.byTelephone", query = "select o from Owner o where o.telephone = :telephone")
                @NamedQuery(name = "Owner.byCity", query = "select o from Owner o where o.city = :city")
                // expect: query-index "@NamedQuery "select o from Owner o where o.telephone = :telephone" reads"
                public class Owner {
                    @Id Long id;
                    @Column(length = 80) String lastName;
                    @Column(length = 80) String city;
                    @Column(length = 20) String telephone;
                    @ManyToOne(fetch = FetchType.LAZY) Owner referrer;
                }
                """), source("com.acme.OwnerRepository", """
                package com.acme;

                import java.util.List;
                import org.springframework.data.jpa.repository.Query;
                import org.springframework.data.repository.Repository;
                import org.springframework.data.repository.query.Param;

                public interface OwnerRepository extends Repository<Owner, Long> {
                    // expect: query-index "the @Query of byName reads table 'owners' by last_name then the order of telephone"
                    @Query("select distinct o from Owner o where o.lastName = :name order by o.telephone desc")
                    List<Owner> byName(@Param("name") String name);

                    // expect: query-index "@Index(name = "ix_owners_telephone_last_name", columnList = "telephone, last_name")"
                    @Query("SELECT o FROM Owner AS o WHERE o.telephone = ?1 AND o.lastName = ?2")
                    List<Owner> byPhoneAndName(String telephone, String lastName);

                    @Query("SELECT o FROM Owner AS o WHERE o.city = ?1 AND o.telephone = ?2")
                    List<Owner> byCityAndPhone(String city, String telephone);

                    @Query("select o from Owner o where o.city = :city")
                    List<Owner> byCity(String city);

                    @Query("select o from Owner o left join o.referrer r where r.lastName = :name")
                    List<Owner> joined(String name);

                    @Query("select o from Owner o where o.lastName = :a or o.telephone = :b")
                    List<Owner> disjunction(String a, String b);

                    @Query("select o from Owner o where lower(o.lastName) = lower(:a)")
                    List<Owner> function(String a);

                    @Query("select o from Owner o where o.id in (select p.id from Owner p where p.telephone = :t)")
                    List<Owner> subquery(String t);

                    @Query(value = "select * from owners where last_name = :a", nativeQuery = true)
                    List<Owner> nativeQuery(String a);

                    @Query("select o from Owner o where o.lastName = :#{#owner.lastName}")
                    List<Owner> spel(Owner owner);
                }
                """));
    }

    @Test
    void jakartaDataFindMethodsAreChecked() {
        lint.check(source("com.acme.Book", """
                package com.acme;

                import jakarta.persistence.*;

                @Entity
                @Table(name = "books", indexes = @Index(name = "ix_books_isbn", columnList = "isbn"))
                public class Book {
                    @Id Long id;
                    @Column(length = 20) String isbn;
                    @Column(length = 200) String title;
                    @Column(length = 100) String author;
                }
                """), source("com.acme.Library", """
                package com.acme;

                import jakarta.data.repository.BasicRepository;
                import jakarta.data.repository.By;
                import jakarta.data.repository.Find;
                import jakarta.data.repository.OrderBy;
                import jakarta.data.repository.Repository;
                import java.util.List;

                @Repository
                public interface Library extends BasicRepository<Book, Long> {
                    @Find
                    List<Book> byIsbn(@By("isbn") String isbn);

                    // expect: query-index "@Find method byAuthor reads table 'books' by author then the order of title"
                    @Find
                    @OrderBy("title")
                    List<Book> byAuthor(@By("author") String author);
                }
                """));
    }

    @Test
    void indexesMigrationsCreateCountAndTheTenantAndSoftDeleteColumnsMayLead(
            @org.junit.jupiter.api.io.TempDir java.nio.file.Path migrations) throws java.io.IOException {
        java.nio.file.Files.writeString(migrations.resolve("V1__invoices.sql"), """
                CREATE TABLE IF NOT EXISTS invoices (
                    id BIGINT NOT NULL,
                    tenant_id VARCHAR(36) NOT NULL,
                    number VARCHAR(20),
                    reference VARCHAR(20) NOT NULL UNIQUE,
                    code VARCHAR(20) DEFAULT 'x,y',
                    CONSTRAINT invoices_pk PRIMARY KEY (id),
                    CONSTRAINT uq_invoices_code UNIQUE (tenant_id, code)
                );
                CREATE INDEX ix_invoices_number ON invoices (tenant_id, number);
                CREATE INDEX ix_invoices_batch ON invoices (batchNo);
                """);
        java.nio.file.Files.writeString(migrations.resolve("V2__rename.sql"), """
                ALTER TABLE invoices RENAME COLUMN batchNo TO batch_no;
                """);
        java.nio.file.Files.writeString(migrations.resolve("changelog.xml"), """
                <databaseChangeLog>
                  <changeSet id="1" author="team">
                    <createTable tableName="invoices">
                      <column name="slug" type="varchar(20)">
                        <constraints nullable="false" unique="true" uniqueConstraintName="ux_invoices_slug"/>
                      </column>
                      <column name="title" type="varchar(20)"/>
                    </createTable>
                    <createIndex tableName="invoices" indexName="ix_invoices_lot"><column name="lotNo"/></createIndex>
                  </changeSet>
                  <changeSet id="2" author="team">
                    <renameColumn tableName="invoices" oldColumnName="lotNo" newColumnName="lot_no" columnDataType="varchar(20)"/>
                  </changeSet>
                </databaseChangeLog>
                """);
        Lint.only("query-index", "-Aentitylint.migrations=" + migrations, "-Aentitylint.tenantColumn=tenant_id")
                .withQueryLibraries()
                .check(source("com.acme.Invoice", """
                package com.acme;

                import jakarta.persistence.*;
                import java.time.Instant;

                @Entity
                @Table(name = "invoices", indexes = @Index(name = "ix_invoices_tenant_id_customer", columnList = "tenant_id, deleted_at, customer"))
                public class Invoice {
                    @Id Long id;
                    @Column(name = "tenant_id", length = 36) String tenantId;
                    @Column(length = 20) String number;
                    @Column(length = 20) String customer;
                    @Column(length = 20) String status;
                    @Column(length = 20) String reference;
                    @Column(length = 20) String code;
                    @Column(length = 20) String slug;
                    @Column(length = 20) String title;
                    @Column(length = 20) String batchNo;
                    @Column(length = 20) String lotNo;
                    Instant deletedAt;
                }
                """), source("com.acme.InvoiceRepository", """
                package com.acme;

                import java.util.List;
                import org.springframework.data.repository.CrudRepository;

                public interface InvoiceRepository extends CrudRepository<Invoice, Long> {
                    List<Invoice> findByNumber(String number);
                    List<Invoice> findByCustomer(String customer);
                    List<Invoice> findByTenantIdAndCustomer(String tenant, String customer);
                    List<Invoice> findByReference(String reference);
                    List<Invoice> findByCode(String code);
                    List<Invoice> findBySlug(String slug);
                    List<Invoice> findByBatchNo(String batch);
                    List<Invoice> findByLotNo(String lot);
                    // expect: query-index "columnList = "tenant_id, title""
                    List<Invoice> findByTitle(String title);
                    // expect: query-index "@Index(name = "ix_invoices_tenant_id_status", columnList = "tenant_id, status")"
                    List<Invoice> findByStatus(String status);
                }
                """));
    }

    @Test
    void aRepositoryIsCheckedThroughItsOwnSuperInterfacesAndGenericBasesAreNot() {
        lint.check(owner(), address(), source("com.acme.BaseRepository", """
                package com.acme;

                import java.util.List;
                import org.springframework.data.repository.NoRepositoryBean;
                import org.springframework.data.repository.PagingAndSortingRepository;

                @NoRepositoryBean
                public interface BaseRepository<T> extends PagingAndSortingRepository<T, Long> {
                    List<T> findByTelephone(String telephone);
                }
                """), source("com.acme.OwnerRepository", """
                package com.acme;

                import java.util.List;
                import org.springframework.data.domain.Page;
                import org.springframework.data.domain.Pageable;

                public interface OwnerRepository extends BaseRepository<Owner> {
                    // expect: query-index "query method findByTelephoneAndFirstName"
                    Page<Owner> findByTelephoneAndFirstName(String telephone, String firstName, Pageable page);
                }
                """));
    }

    @Test
    void aSuppressionOnTheMethodIsHonoured() {
        lint.check(owner(), address(), source("com.acme.OwnerRepository", """
                package com.acme;

                import java.util.List;
                import org.springframework.data.repository.ListCrudRepository;

                public interface OwnerRepository extends ListCrudRepository<Owner, Long> {
                    @SuppressWarnings("entitylint:query-index")
                    List<Owner> findByFirstName(String firstName);
                }
                """));
    }
}
