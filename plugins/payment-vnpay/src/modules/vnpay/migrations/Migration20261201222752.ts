import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261201222752 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "vnpay_attempt" drop constraint if exists "vnpay_attempt_txn_ref_unique";`);
    this.addSql(`create table if not exists "vnpay_attempt" ("id" text not null, "txn_ref" text not null, "purpose" text check ("purpose" in ('cart')) not null, "resource_id" text not null, "payment_session_id" text null, "amount" integer not null, "create_date" text not null, "expires_at" timestamptz not null, "bank_code" text null, "locale" text not null, "ip" text not null, "order_info" text not null, "payment_url" text not null, "status" text check ("status" in ('pending', 'failed', 'review', 'paid', 'completed', 'refunding', 'refunded', 'refund_failed')) not null default 'pending', "reason" text null, "response_code" text null, "transaction_status" text null, "transaction_no" text null, "paid_bank_code" text null, "pay_date" timestamptz null, "source" text check ("source" in ('ipn', 'querydr')) null, "outcome_at" timestamptz null, "order_id" text null, "completion_tries" integer not null default 0, "last_error" text null, "refund_requested_at" timestamptz null, "refund_transaction_no" text null, "refund_status" text null, "refunded_at" timestamptz null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "vnpay_attempt_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_vnpay_attempt_deleted_at" ON "vnpay_attempt" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_vnpay_attempt_txn_ref_unique" ON "vnpay_attempt" ("txn_ref") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_vnpay_attempt_resource_id" ON "vnpay_attempt" ("resource_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_vnpay_attempt_status_created_at" ON "vnpay_attempt" ("status", "created_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "vnpay_attempt_event" ("id" text not null, "attempt_id" text not null, "type" text not null, "from_status" text null, "to_status" text not null, "detail" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "vnpay_attempt_event_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_vnpay_attempt_event_attempt_id" ON "vnpay_attempt_event" ("attempt_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_vnpay_attempt_event_deleted_at" ON "vnpay_attempt_event" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`alter table if exists "vnpay_attempt_event" add constraint "vnpay_attempt_event_attempt_id_foreign" foreign key ("attempt_id") references "vnpay_attempt" ("id") on update cascade;`);

    this.addSql(`drop table if exists "vnpay_payment" cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "vnpay_attempt_event" drop constraint if exists "vnpay_attempt_event_attempt_id_foreign";`);

    this.addSql(`create table if not exists "vnpay_payment" ("id" text not null, "txn_ref" text not null, "payment_session_id" text not null, "cart_id" text null, "amount" integer not null, "status" text check ("status" in ('paid', 'failed')) not null, "response_code" text not null, "transaction_status" text not null, "transaction_no" text null, "bank_code" text null, "pay_date" timestamptz null, "source" text check ("source" in ('ipn', 'querydr')) not null, "raw" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "vnpay_payment_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_vnpay_payment_deleted_at" ON "vnpay_payment" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_vnpay_payment_txn_ref_unique" ON "vnpay_payment" ("txn_ref") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_vnpay_payment_payment_session_id" ON "vnpay_payment" ("payment_session_id") WHERE deleted_at IS NULL;`);

    this.addSql(`drop table if exists "vnpay_attempt" cascade;`);

    this.addSql(`drop table if exists "vnpay_attempt_event" cascade;`);
  }

}
