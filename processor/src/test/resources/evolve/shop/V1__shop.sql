-- Written by entitylint (-Aentitylint.migrations.write=shop) from the changes to an empty schema.
-- Expand: safe to apply before the new code ships.

create table coupons (
    id bigint not null,
    code varchar(20),
    constraint coupons_pkey primary key (id)
);
create table customers (
    id bigint not null,
    email varchar(120),
    name varchar(100),
    fax varchar(30),
    constraint customers_pkey primary key (id)
);
create table fax_numbers (
    id bigint not null,
    number varchar(30),
    constraint fax_numbers_pkey primary key (id)
);
create table order_tags (
    order_id bigint not null,
    tag varchar(30)
);
create table orders (
    id bigint not null,
    reference varchar(20),
    total numeric(12,2),
    state varchar(16),
    status smallint,
    customer_id bigint,
    constraint orders_pkey primary key (id)
);
alter table order_tags add constraint fk_order_tags_order_id foreign key (order_id) references orders;
alter table orders add constraint fk_orders_customer foreign key (customer_id) references customers;