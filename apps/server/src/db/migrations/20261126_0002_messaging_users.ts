import { type Kysely, sql } from "kysely";

/** The development mailbox and the user accounts that staff and customers sign in with. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table dev_messages (
      id text primary key,
      channel text not null check (channel in ('email', 'sms')),
      to_address text not null,
      subject text,
      text_body text not null,
      html_body text,
      created_at timestamptz not null
    )`.execute(db);
  await sql`create index dev_messages_recent_idx on dev_messages (created_at desc, id desc)`.execute(db);
  await sql`create index dev_messages_to_idx on dev_messages (lower(to_address), created_at desc)`.execute(
    db,
  );

  await sql`
    create table users (
      id text primary key,
      email text not null,
      name text,
      password_hash text not null,
      role text not null check (role in ('customer', 'agent', 'admin')),
      language text not null default 'en' check (language in ('en', 'zh-CN')),
      country text,
      created_at timestamptz not null,
      updated_at timestamptz not null
    )`.execute(db);
  await sql`create unique index users_email_key on users (lower(email))`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table users`.execute(db);
  await sql`drop table dev_messages`.execute(db);
}
