import { type Kysely, sql } from "kysely";

/**
 * The help center: categories, sections and articles, each article in zh-CN and en as
 * linked translations with a draft (what agents write) apart from what is published (what
 * an admin approved), every saved draft kept as a version; the editable synonym list the
 * search expands queries with; and what customers did: searches and their clicks, article
 * views per day, "was this helpful?" answers, and the contact-page deflections.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table help_categories (
      id text primary key,
      slug text not null unique,
      position integer not null default 0,
      icon text not null default 'book',
      name jsonb not null,
      description jsonb not null,
      created_at timestamptz not null,
      updated_at timestamptz not null
    )`.execute(db);

  await sql`
    create table help_sections (
      id text primary key,
      category_id text not null references help_categories(id),
      slug text not null unique,
      position integer not null default 0,
      name jsonb not null,
      created_at timestamptz not null,
      updated_at timestamptz not null
    )`.execute(db);
  await sql`create index help_sections_category on help_sections (category_id, position)`.execute(db);

  await sql`
    create table help_articles (
      id text primary key,
      slug text not null unique,
      section_id text not null references help_sections(id),
      kind text not null check (kind in ('faq', 'how_to', 'troubleshooting', 'policy', 'announcement')),
      tags text[] not null default '{}',
      related text[] not null default '{}',
      position integer not null default 0,
      created_by text,
      created_at timestamptz not null,
      updated_at timestamptz not null,
      views bigint not null default 0,
      helpful_yes integer not null default 0,
      helpful_no integer not null default 0
    )`.execute(db);
  await sql`create index help_articles_section on help_articles (section_id, position)`.execute(db);

  await sql`
    create table help_translations (
      article_id text not null references help_articles(id),
      locale text not null check (locale in ('en', 'zh-CN')),
      draft_title text not null,
      draft_body text not null,
      draft_version integer not null,
      draft_updated_by text,
      draft_updated_at timestamptz not null,
      submitted_at timestamptz,
      submitted_by text,
      submitted_version integer,
      title text,
      body text,
      published_version integer,
      published_at timestamptz,
      published_by text,
      primary key (article_id, locale)
    )`.execute(db);
  await sql`create index help_translations_submitted on help_translations (submitted_at) where submitted_at is not null`.execute(
    db,
  );

  await sql`
    create table help_versions (
      id text primary key,
      article_id text not null references help_articles(id),
      locale text not null check (locale in ('en', 'zh-CN')),
      version integer not null,
      title text not null,
      body text not null,
      author_id text,
      note text,
      created_at timestamptz not null,
      unique (article_id, locale, version)
    )`.execute(db);

  await sql`
    create table help_synonyms (
      id text primary key,
      terms text[] not null check (cardinality(terms) >= 2),
      updated_by text,
      created_at timestamptz not null,
      updated_at timestamptz not null
    )`.execute(db);

  await sql`
    create table help_images (
      id text primary key,
      content_type text not null,
      size integer not null,
      storage_key text not null,
      created_by text,
      created_at timestamptz not null
    )`.execute(db);

  await sql`
    create table help_searches (
      id text primary key,
      query text not null,
      normalized text not null,
      locale text not null,
      source text not null check (source in ('search', 'contact')),
      results integer not null,
      top_slug text,
      user_id text,
      created_at timestamptz not null,
      clicked_slug text,
      clicked_position integer,
      clicked_at timestamptz
    )`.execute(db);
  await sql`create index help_searches_created on help_searches (created_at)`.execute(db);
  await sql`create index help_searches_normalized on help_searches (normalized, created_at)`.execute(db);

  await sql`
    create table help_article_views (
      article_id text not null references help_articles(id),
      day date not null,
      locale text not null,
      views integer not null,
      primary key (article_id, day, locale)
    )`.execute(db);
  await sql`create index help_article_views_day on help_article_views (day)`.execute(db);

  await sql`
    create table help_feedback (
      id text primary key,
      article_id text not null references help_articles(id),
      locale text not null,
      helpful boolean not null,
      comment text,
      user_id text,
      created_at timestamptz not null
    )`.execute(db);
  await sql`create index help_feedback_article on help_feedback (article_id, created_at)`.execute(db);
  await sql`create index help_feedback_created on help_feedback (created_at)`.execute(db);

  await sql`
    create table help_deflections (
      id text primary key,
      user_id text,
      locale text not null,
      query text not null,
      suggested text[] not null default '{}',
      opened text[] not null default '{}',
      outcome text not null default 'pending' check (outcome in ('pending', 'deflected', 'contacted', 'abandoned')),
      created_at timestamptz not null,
      updated_at timestamptz not null,
      resolved_at timestamptz
    )`.execute(db);
  await sql`create index help_deflections_created on help_deflections (created_at)`.execute(db);
  await sql`create index help_deflections_pending on help_deflections (updated_at) where outcome = 'pending'`.execute(
    db,
  );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of [
    "help_deflections",
    "help_feedback",
    "help_article_views",
    "help_searches",
    "help_images",
    "help_synonyms",
    "help_versions",
    "help_translations",
    "help_articles",
    "help_sections",
    "help_categories",
  ])
    await sql`drop table ${sql.table(table)}`.execute(db);
}
