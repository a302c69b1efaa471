import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261204212635 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "vnpay_attempt" drop constraint if exists "vnpay_attempt_purpose_check";`);

    this.addSql(`alter table if exists "vnpay_attempt" add constraint "vnpay_attempt_purpose_check" check("purpose" in ('cart', 'stall_payment'));`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "vnpay_attempt" drop constraint if exists "vnpay_attempt_purpose_check";`);

    this.addSql(`alter table if exists "vnpay_attempt" add constraint "vnpay_attempt_purpose_check" check("purpose" in ('cart'));`);
  }

}
