import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261204215044 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "stall_receivable" drop constraint if exists "stall_receivable_payment_request_id_unique";`);
    this.addSql(`alter table if exists "stall_payment_request" drop constraint if exists "stall_payment_request_reference_unique";`);
    this.addSql(`alter table if exists "stall_feed_event" drop constraint if exists "stall_feed_event_stall_id_seq_unique";`);
    this.addSql(`alter table if exists "stall_device" drop constraint if exists "stall_device_token_hash_unique";`);
    this.addSql(`alter table if exists "stall" drop constraint if exists "stall_code_unique";`);
    this.addSql(`alter table if exists "market" drop constraint if exists "market_code_unique";`);
    this.addSql(`alter table if exists "incoming_transfer" drop constraint if exists "incoming_transfer_provider_provider_transaction_id_unique";`);
    this.addSql(`create table if not exists "incoming_transfer" ("id" text not null, "provider" text not null, "provider_transaction_id" text not null, "transfer_type" text not null, "account" text not null, "sub_account" text null, "amount" integer not null, "content" text not null, "gateway" text null, "bank_reference" text null, "transaction_date" timestamptz not null, "raw" jsonb not null, "outcome" text check ("outcome" in ('paid', 'needs_review', 'ignored')) null, "reason" text check ("reason" in ('no_reference', 'unknown_reference', 'wrong_account', 'wrong_amount', 'already_paid', 'expired', 'not_pending')) null, "reference" text null, "payment_request_id" text null, "stall_id" text null, "resolution" text check ("resolution" in ('accepted', 'returned')) null, "resolution_note" text null, "resolved_at" timestamptz null, "resolved_by" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "incoming_transfer_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_incoming_transfer_deleted_at" ON "incoming_transfer" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_incoming_transfer_provider_provider_transaction_id_unique" ON "incoming_transfer" ("provider", "provider_transaction_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_incoming_transfer_stall_id_created_at" ON "incoming_transfer" ("stall_id", "created_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_incoming_transfer_outcome_resolution" ON "incoming_transfer" ("outcome", "resolution") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "market" ("id" text not null, "code" text not null, "name" text not null, "province_code" text not null, "ward_code" text not null, "address" text not null, "illustration" boolean not null default false, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "market_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_market_deleted_at" ON "market" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_market_code_unique" ON "market" ("code") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "market_webhook_rejection" ("id" text not null, "provider" text not null, "reason" text not null, "ip" text null, "body_sha256" text not null, "body_bytes" integer not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "market_webhook_rejection_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_market_webhook_rejection_deleted_at" ON "market_webhook_rejection" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "stall" ("id" text not null, "code" text not null, "number" text not null, "display_name" text not null, "goods" text null, "photo_url" text null, "bank_bin" text not null, "bank_account" text not null, "account_holder" text not null, "account_verified_at" timestamptz null, "account_verified_by" text null, "status" text check ("status" in ('pending', 'active', 'suspended')) not null default 'pending', "feed_seq" integer not null default 0, "market_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "stall_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_stall_market_id" ON "stall" ("market_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_stall_deleted_at" ON "stall" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_stall_code_unique" ON "stall" ("code") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_stall_bank_account" ON "stall" ("bank_account") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "stall_device" ("id" text not null, "stall_id" text not null, "seller_id" text not null, "member_id" text not null, "label" text not null, "token_hash" text not null, "last_seen_at" timestamptz null, "revoked_at" timestamptz null, "revoked_by" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "stall_device_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_stall_device_deleted_at" ON "stall_device" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_stall_device_token_hash_unique" ON "stall_device" ("token_hash") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_stall_device_stall_id" ON "stall_device" ("stall_id") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "stall_feed_event" ("id" text not null, "seq" integer not null, "stall_id" text not null, "type" text not null, "data" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "stall_feed_event_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_stall_feed_event_deleted_at" ON "stall_feed_event" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_stall_feed_event_stall_id_seq_unique" ON "stall_feed_event" ("stall_id", "seq") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "stall_payment_request" ("id" text not null, "reference" text not null, "amount" integer not null, "rail" text check ("rail" in ('vietqr', 'vnpay')) not null, "status" text check ("status" in ('pending', 'paid', 'expired', 'cancelled', 'needs_review')) not null default 'pending', "expires_at" timestamptz not null, "qr_payload" text not null, "account" text null, "paid_at" timestamptz null, "confirmation_source" text check ("confirmation_source" in ('sepay', 'vnpay', 'vendor')) null, "confirmation_id" text null, "created_by" text null, "device_id" text null, "resolution" text check ("resolution" in ('accepted', 'returned')) null, "resolution_note" text null, "resolved_at" timestamptz null, "stall_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "stall_payment_request_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_stall_payment_request_stall_id" ON "stall_payment_request" ("stall_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_stall_payment_request_deleted_at" ON "stall_payment_request" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_stall_payment_request_reference_unique" ON "stall_payment_request" ("reference") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_stall_payment_request_stall_id_created_at" ON "stall_payment_request" ("stall_id", "created_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_stall_payment_request_status_expires_at" ON "stall_payment_request" ("status", "expires_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "stall_receivable" ("id" text not null, "payment_request_id" text not null, "stall_id" text not null, "seller_id" text null, "amount" integer not null, "source" text not null, "source_id" text not null, "paid_out_at" timestamptz null, "payout_id" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "stall_receivable_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_stall_receivable_deleted_at" ON "stall_receivable" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_stall_receivable_payment_request_id_unique" ON "stall_receivable" ("payment_request_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_stall_receivable_seller_id_paid_out_at" ON "stall_receivable" ("seller_id", "paid_out_at") WHERE deleted_at IS NULL;`);

    this.addSql(`alter table if exists "stall" add constraint "stall_market_id_foreign" foreign key ("market_id") references "market" ("id") on update cascade;`);

    this.addSql(`alter table if exists "stall_payment_request" add constraint "stall_payment_request_stall_id_foreign" foreign key ("stall_id") references "stall" ("id") on update cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "stall" drop constraint if exists "stall_market_id_foreign";`);

    this.addSql(`alter table if exists "stall_payment_request" drop constraint if exists "stall_payment_request_stall_id_foreign";`);

    this.addSql(`drop table if exists "incoming_transfer" cascade;`);

    this.addSql(`drop table if exists "market" cascade;`);

    this.addSql(`drop table if exists "market_webhook_rejection" cascade;`);

    this.addSql(`drop table if exists "stall" cascade;`);

    this.addSql(`drop table if exists "stall_device" cascade;`);

    this.addSql(`drop table if exists "stall_feed_event" cascade;`);

    this.addSql(`drop table if exists "stall_payment_request" cascade;`);

    this.addSql(`drop table if exists "stall_receivable" cascade;`);
  }

}
