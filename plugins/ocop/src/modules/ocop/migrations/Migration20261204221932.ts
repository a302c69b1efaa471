import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261204221932 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "ocop_certificate_product" drop constraint if exists "ocop_certificate_product_certificate_id_product_id_unique";`);
    this.addSql(`alter table if exists "ocop_badge" drop constraint if exists "ocop_badge_product_id_unique";`);
    this.addSql(`create table if not exists "ocop_badge" ("id" text not null, "product_id" text not null, "certificate_id" text not null, "stars" integer not null, "group" text check ("group" in ('thuc-pham', 'do-uong', 'duoc-lieu', 'thu-cong-my-nghe', 'sinh-vat-canh', 'du-lich')) not null, "valid_until" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "ocop_badge_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ocop_badge_deleted_at" ON "ocop_badge" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_ocop_badge_product_id_unique" ON "ocop_badge" ("product_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ocop_badge_stars_group" ON "ocop_badge" ("stars", "group") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "ocop_certificate" ("id" text not null, "seller_id" text not null, "status" text check ("status" in ('draft', 'submitted', 'approved', 'rejected', 'expired', 'revoked')) not null default 'draft', "stars" integer not null, "group" text check ("group" in ('thuc-pham', 'do-uong', 'duoc-lieu', 'thu-cong-my-nghe', 'sinh-vat-canh', 'du-lich')) not null, "score" real not null, "authority_level" text check ("authority_level" in ('central', 'provincial', 'district')) not null, "authority_name" text not null, "decision_number" text not null, "decision_date" text not null, "valid_until" text not null, "document_file_id" text not null, "document_url" text not null, "document_mime_type" text not null, "document_size" integer not null, "reason" text null, "reviewed_at" timestamptz null, "reviewed_by" text null, "replaces_id" text null, "warned_60_at" timestamptz null, "warned_30_at" timestamptz null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "ocop_certificate_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ocop_certificate_deleted_at" ON "ocop_certificate" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ocop_certificate_status_valid_until" ON "ocop_certificate" ("status", "valid_until") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ocop_certificate_seller_id_created_at" ON "ocop_certificate" ("seller_id", "created_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "ocop_certificate_event" ("id" text not null, "action" text not null, "from_status" text null, "to_status" text null, "actor_type" text check ("actor_type" in ('seller', 'user', 'system')) not null, "actor_id" text null, "reason" text null, "certificate_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "ocop_certificate_event_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ocop_certificate_event_certificate_id" ON "ocop_certificate_event" ("certificate_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ocop_certificate_event_deleted_at" ON "ocop_certificate_event" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ocop_certificate_event_certificate_id_created_at" ON "ocop_certificate_event" ("certificate_id", "created_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "ocop_certificate_product" ("id" text not null, "certificate_id" text not null, "product_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "ocop_certificate_product_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ocop_certificate_product_deleted_at" ON "ocop_certificate_product" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_ocop_certificate_product_certificate_id_product_id_unique" ON "ocop_certificate_product" ("certificate_id", "product_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ocop_certificate_product_product_id" ON "ocop_certificate_product" ("product_id") WHERE deleted_at IS NULL;`);

    this.addSql(`alter table if exists "ocop_certificate_event" add constraint "ocop_certificate_event_certificate_id_foreign" foreign key ("certificate_id") references "ocop_certificate" ("id") on update cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "ocop_certificate_event" drop constraint if exists "ocop_certificate_event_certificate_id_foreign";`);

    this.addSql(`drop table if exists "ocop_badge" cascade;`);

    this.addSql(`drop table if exists "ocop_certificate" cascade;`);

    this.addSql(`drop table if exists "ocop_certificate_event" cascade;`);

    this.addSql(`drop table if exists "ocop_certificate_product" cascade;`);
  }

}
