-- Written by entitylint (-Aentitylint.migrations.write=shop) from the changes to an empty schema.
-- Undoes V1.

alter table orders drop constraint if exists fk_orders_customer;
alter table order_tags drop constraint if exists fk_order_tags_order_id;
drop table if exists orders cascade;
drop table if exists order_tags cascade;
drop table if exists fax_numbers cascade;
drop table if exists customers cascade;
drop table if exists coupons cascade;