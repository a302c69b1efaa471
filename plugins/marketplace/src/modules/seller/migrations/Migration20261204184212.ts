import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261204184212 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "seller_member" drop constraint if exists "seller_member_email_unique";`);
    this.addSql(`alter table if exists "seller_invite" drop constraint if exists "seller_invite_token_hash_unique";`);
    this.addSql(`alter table if exists "seller" drop constraint if exists "seller_handle_unique";`);
    this.addSql(`create table if not exists "seller" ("id" text not null, "handle" text not null, "name" text not null, "kind" text check ("kind" in ('cooperative', 'enterprise', 'household', 'stall')) not null, "legal_form" text check ("legal_form" in ('organisation', 'household_business', 'individual')) not null, "status" text check ("status" in ('pending', 'approved', 'rejected', 'suspended')) not null default 'pending', "status_reason" text null, "tax_code" text null, "business_registration_number" text null, "representative" text not null, "id_number_encrypted" text not null, "id_number_last4" text not null, "phone" text not null, "email" text not null, "province_code" text not null, "ward_code" text not null, "address_line" text not null, "story_vi" text null, "story_en" text null, "logo_url" text null, "bank_bin" text not null, "bank_account_number" text not null, "bank_account_name" text not null, "hidden_products" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "seller_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_seller_handle_unique" ON "seller" ("handle") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_seller_deleted_at" ON "seller" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_seller_status" ON "seller" ("status") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "seller_document" ("id" text not null, "seller_id" text not null, "kind" text check ("kind" in ('id_front', 'id_back', 'business_registration', 'other')) not null, "file_key" text not null, "mime_type" text not null, "size" integer not null, "sha256" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "seller_document_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_seller_document_seller_id" ON "seller_document" ("seller_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_seller_document_deleted_at" ON "seller_document" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "seller_invite" ("id" text not null, "seller_id" text not null, "email" text not null, "token_hash" text not null, "expires_at" timestamptz not null, "accepted_at" timestamptz null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "seller_invite_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_seller_invite_seller_id" ON "seller_invite" ("seller_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_seller_invite_token_hash_unique" ON "seller_invite" ("token_hash") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_seller_invite_deleted_at" ON "seller_invite" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "seller_member" ("id" text not null, "seller_id" text not null, "role" text check ("role" in ('owner', 'staff')) not null, "name" text not null, "email" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "seller_member_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_seller_member_seller_id" ON "seller_member" ("seller_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_seller_member_email_unique" ON "seller_member" ("email") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_seller_member_deleted_at" ON "seller_member" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "seller_status_event" ("id" text not null, "seller_id" text not null, "from_status" text check ("from_status" in ('pending', 'approved', 'rejected', 'suspended')) null, "to_status" text check ("to_status" in ('pending', 'approved', 'rejected', 'suspended')) not null, "reason" text null, "actor_type" text not null, "actor_id" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "seller_status_event_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_seller_status_event_seller_id" ON "seller_status_event" ("seller_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_seller_status_event_deleted_at" ON "seller_status_event" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`alter table if exists "seller_document" add constraint "seller_document_seller_id_foreign" foreign key ("seller_id") references "seller" ("id") on update cascade;`);

    this.addSql(`alter table if exists "seller_invite" add constraint "seller_invite_seller_id_foreign" foreign key ("seller_id") references "seller" ("id") on update cascade;`);

    this.addSql(`alter table if exists "seller_member" add constraint "seller_member_seller_id_foreign" foreign key ("seller_id") references "seller" ("id") on update cascade;`);

    this.addSql(`alter table if exists "seller_status_event" add constraint "seller_status_event_seller_id_foreign" foreign key ("seller_id") references "seller" ("id") on update cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "seller_document" drop constraint if exists "seller_document_seller_id_foreign";`);

    this.addSql(`alter table if exists "seller_invite" drop constraint if exists "seller_invite_seller_id_foreign";`);

    this.addSql(`alter table if exists "seller_member" drop constraint if exists "seller_member_seller_id_foreign";`);

    this.addSql(`alter table if exists "seller_status_event" drop constraint if exists "seller_status_event_seller_id_foreign";`);

    this.addSql(`drop table if exists "seller" cascade;`);

    this.addSql(`drop table if exists "seller_document" cascade;`);

    this.addSql(`drop table if exists "seller_invite" cascade;`);

    this.addSql(`drop table if exists "seller_member" cascade;`);

    this.addSql(`drop table if exists "seller_status_event" cascade;`);
  }

}
