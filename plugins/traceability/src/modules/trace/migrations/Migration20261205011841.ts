import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261205011841 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "trace_event" drop constraint if exists "trace_event_lot_id_seq_unique";`);
    this.addSql(`alter table if exists "trace_digest" drop constraint if exists "trace_digest_day_unique";`);
    this.addSql(`alter table if exists "lot_allocation" drop constraint if exists "lot_allocation_line_item_id_lot_id_unique";`);
    this.addSql(`alter table if exists "lot" drop constraint if exists "lot_short_code_unique";`);
    this.addSql(`alter table if exists "lot" drop constraint if exists "lot_variant_id_code_unique";`);
    this.addSql(`create table if not exists "lot" ("id" text not null, "seller_id" text not null, "variant_id" text not null, "product_id" text not null, "code" text not null, "gtin" text null, "short_code" text not null, "produced_on" text not null, "expires_on" text null, "quantity" real not null, "unit" text not null, "origin_province_code" text not null, "origin_ward_code" text not null, "origin_place" text not null, "head_seq" integer not null default 0, "head_hash" text null, "head_signature" text null, "head_key_id" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "lot_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_lot_deleted_at" ON "lot" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_lot_variant_id_code_unique" ON "lot" ("variant_id", "code") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_lot_short_code_unique" ON "lot" ("short_code") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_lot_seller_id_created_at" ON "lot" ("seller_id", "created_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_lot_gtin_code" ON "lot" ("gtin", "code") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "lot_allocation" ("id" text not null, "lot_id" text not null, "order_id" text not null, "line_item_id" text not null, "variant_id" text not null, "quantity" integer not null, "assigned_by" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "lot_allocation_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_lot_allocation_deleted_at" ON "lot_allocation" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_lot_allocation_line_item_id_lot_id_unique" ON "lot_allocation" ("line_item_id", "lot_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_lot_allocation_order_id" ON "lot_allocation" ("order_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_lot_allocation_lot_id" ON "lot_allocation" ("lot_id") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "trace_digest" ("id" text not null, "day" text not null, "count" integer not null, "root" text not null, "signature" text not null, "key_id" text not null, "heads" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "trace_digest_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_trace_digest_deleted_at" ON "trace_digest" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_trace_digest_day_unique" ON "trace_digest" ("day") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "trace_event" ("id" text not null, "lot_id" text not null, "seq" integer not null, "event_id" text not null, "type" text not null, "step" text null, "event_time" timestamptz not null, "event" jsonb not null, "prev_hash" text not null, "hash" text not null, "recorded_at" timestamptz not null, "recorded_by" text null, "source" text check ("source" in ('app', 'capture', 'seed', 'correction')) not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "trace_event_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_trace_event_deleted_at" ON "trace_event" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_trace_event_lot_id_seq_unique" ON "trace_event" ("lot_id", "seq") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_trace_event_event_id" ON "trace_event" ("event_id") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "lot" cascade;`);

    this.addSql(`drop table if exists "lot_allocation" cascade;`);

    this.addSql(`drop table if exists "trace_digest" cascade;`);

    this.addSql(`drop table if exists "trace_event" cascade;`);
  }

}
