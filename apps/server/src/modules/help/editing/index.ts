import type { HelpLocale } from "../../../platform/db/schema-help.js";
import type { HelpDeps } from "../deps.js";
import {
  type ArticleListInput,
  type ArticleMetaInput,
  articleDetail,
  createArticle,
  listStaffArticles,
  type NewArticleInput,
  updateArticleMeta,
} from "./articles.js";
import { type DraftInput, publish, restore, saveDraft, submitDraft, unpublish } from "./drafts.js";
import { versionDetail, versionDiff, versionHistory } from "./history.js";
import { openHelpImage, uploadImage } from "./images.js";
import type { ArticleDetail, ArticleSummary } from "./present.js";
import { factList, type PreviewResult, preview } from "./preview.js";
import type { StaffActor } from "./shared.js";
import {
  createSynonymGroup,
  deleteSynonymGroup,
  type SynonymGroup,
  synonymGroups,
  updateSynonymGroup,
} from "./synonyms.js";
import {
  type CategoryInput,
  type CategoryPatch,
  changeCategory,
  changeSection,
  createCategory,
  createSection,
  removeCategory,
  removeSection,
  type SectionInput,
  type SectionPatch,
  type StaffCategory,
  type StaffSection,
  staffCategories,
} from "./taxonomy.js";

export type { ArticleListInput, ArticleMetaInput, NewArticleInput } from "./articles.js";
export type { DraftInput } from "./drafts.js";
export type { Change, VersionDetail, VersionSummary } from "./history.js";
export { HELP_IMAGE_MAX_BYTES, HELP_IMAGE_TYPES, helpImageUrl, openHelpImage } from "./images.js";
export type { ArticleDetail, ArticleSummary, TranslationStatus } from "./present.js";
export type { PreviewResult } from "./preview.js";
export type { PersonRef, StaffActor } from "./shared.js";
export type { SynonymGroup } from "./synonyms.js";
export type {
  CategoryInput,
  CategoryPatch,
  SectionInput,
  SectionPatch,
  StaffCategory,
  StaffSection,
} from "./taxonomy.js";

/**
 * The staff side of the help center: articles and their drafts in each language, the publish
 * workflow (agents write and submit, admins publish), version history with diff and restore,
 * preview with live facts, images, categories and sections, synonyms. Every write is audited
 * in its transaction; what customers can read changes only on publish, unpublish or an
 * article's meta edit, and the search index is told after those commits. `view` is the staff
 * member's language (section and category names in answers).
 */
export interface HelpContent {
  articles(
    input: ArticleListInput,
    view: HelpLocale,
  ): Promise<{ data: ArticleSummary[]; nextCursor: string | null }>;
  article(slug: string, view: HelpLocale): Promise<ArticleDetail>;
  createArticle(actor: StaffActor, input: NewArticleInput, view: HelpLocale): Promise<ArticleDetail>;
  updateArticle(
    actor: StaffActor,
    slug: string,
    input: ArticleMetaInput,
    view: HelpLocale,
  ): Promise<ArticleDetail>;
  saveDraft(
    actor: StaffActor,
    slug: string,
    lang: HelpLocale,
    input: DraftInput,
    view: HelpLocale,
  ): Promise<ArticleDetail>;
  submit(actor: StaffActor, slug: string, lang: HelpLocale, view: HelpLocale): Promise<ArticleDetail>;
  publish(
    actor: StaffActor,
    slug: string,
    lang: HelpLocale,
    version: number | undefined,
    view: HelpLocale,
  ): Promise<ArticleDetail>;
  unpublish(actor: StaffActor, slug: string, lang: HelpLocale, view: HelpLocale): Promise<ArticleDetail>;
  restore(
    actor: StaffActor,
    slug: string,
    lang: HelpLocale,
    version: number,
    view: HelpLocale,
  ): Promise<ArticleDetail>;
  versions(slug: string, lang: HelpLocale): ReturnType<typeof versionHistory>;
  version(slug: string, lang: HelpLocale, version: number): ReturnType<typeof versionDetail>;
  diff(slug: string, lang: HelpLocale, from: number, to: number): ReturnType<typeof versionDiff>;
  preview(body: string, lang: HelpLocale): Promise<PreviewResult>;
  facts(view: HelpLocale): ReturnType<typeof factList>;
  uploadImage(actor: StaffActor, bytes: Buffer): Promise<{ id: string; url: string; markdown: string }>;
  openImage(id: string): Promise<{ bytes: Buffer; contentType: string }>;
  categories(): Promise<StaffCategory[]>;
  createCategory(actor: StaffActor, input: CategoryInput): Promise<StaffCategory>;
  updateCategory(actor: StaffActor, slug: string, patch: CategoryPatch): Promise<StaffCategory>;
  deleteCategory(actor: StaffActor, slug: string): Promise<void>;
  createSection(actor: StaffActor, input: SectionInput): Promise<StaffSection>;
  updateSection(actor: StaffActor, slug: string, patch: SectionPatch): Promise<StaffSection>;
  deleteSection(actor: StaffActor, slug: string): Promise<void>;
  synonyms(): Promise<SynonymGroup[]>;
  createSynonyms(actor: StaffActor, terms: string[]): Promise<SynonymGroup>;
  updateSynonyms(actor: StaffActor, id: string, terms: string[]): Promise<SynonymGroup>;
  deleteSynonyms(actor: StaffActor, id: string): Promise<void>;
}

export function createHelpContent(deps: HelpDeps): HelpContent {
  return {
    articles: (input, view) => listStaffArticles(deps, input, view),
    article: (slug, view) => articleDetail(deps, slug, view),
    createArticle: (actor, input, view) => createArticle(deps, actor, input, view),
    updateArticle: (actor, slug, input, view) => updateArticleMeta(deps, actor, slug, input, view),
    saveDraft: (actor, slug, lang, input, view) => saveDraft(deps, actor, slug, lang, input, view),
    submit: (actor, slug, lang, view) => submitDraft(deps, actor, slug, lang, view),
    publish: (actor, slug, lang, version, view) => publish(deps, actor, slug, lang, version, view),
    unpublish: (actor, slug, lang, view) => unpublish(deps, actor, slug, lang, view),
    restore: (actor, slug, lang, version, view) => restore(deps, actor, slug, lang, version, view),
    versions: (slug, lang) => versionHistory(deps, slug, lang),
    version: (slug, lang, version) => versionDetail(deps, slug, lang, version),
    diff: (slug, lang, from, to) => versionDiff(deps, slug, lang, from, to),
    preview: (body, lang) => preview(deps, body, lang),
    facts: (view) => factList(deps, view),
    uploadImage: (actor, bytes) => uploadImage(deps, actor, bytes),
    openImage: (id) => openHelpImage(deps, id),
    categories: () => staffCategories(deps),
    createCategory: (actor, input) => createCategory(deps, actor, input),
    updateCategory: (actor, slug, patch) => changeCategory(deps, actor, slug, patch),
    deleteCategory: (actor, slug) => removeCategory(deps, actor, slug),
    createSection: (actor, input) => createSection(deps, actor, input),
    updateSection: (actor, slug, patch) => changeSection(deps, actor, slug, patch),
    deleteSection: (actor, slug) => removeSection(deps, actor, slug),
    synonyms: () => synonymGroups(deps),
    createSynonyms: (actor, terms) => createSynonymGroup(deps, actor, terms),
    updateSynonyms: (actor, id, terms) => updateSynonymGroup(deps, actor, id, terms),
    deleteSynonyms: (actor, id) => deleteSynonymGroup(deps, actor, id),
  };
}
