import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261123020839 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "vnpay_payment" drop constraint if exists "vnpay_payment_txn_ref_unique";`);
    this.addSql(`create table if not exists "vnpay_payment" ("id" text not null, "txn_ref" text not null, "payment_session_id" text not null, "cart_id" text null, "amount" integer not null, "status" text check ("status" in ('paid', 'failed')) not null, "response_code" text not null, "transaction_status" text not null, "transaction_no" text null, "bank_code" text null, "pay_date" timestamptz null, "source" text check ("source" in ('ipn', 'querydr')) not null, "raw" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "vnpay_payment_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_vnpay_payment_deleted_at" ON "vnpay_payment" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_vnpay_payment_txn_ref_unique" ON "vnpay_payment" ("txn_ref") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_vnpay_payment_payment_session_id" ON "vnpay_payment" ("payment_session_id") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "vnpay_payment" cascade;`);
  }

}
