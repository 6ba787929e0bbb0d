import { lazy } from "react";
import type { RouteObject } from "react-router";

// The pages are loaded on first use (Layout shows "Loading…" meanwhile), like the other areas.
const HelpHomePage = lazy(() => import("./HelpHomePage").then((m) => ({ default: m.HelpHomePage })));
const HelpSearchPage = lazy(() => import("./HelpSearchPage").then((m) => ({ default: m.HelpSearchPage })));
const HelpCategoryPage = lazy(() =>
  import("./HelpCategoryPage").then((m) => ({ default: m.HelpCategoryPage })),
);
const HelpArticlePage = lazy(() => import("./HelpArticlePage").then((m) => ({ default: m.HelpArticlePage })));
const ContactPage = lazy(() => import("./ContactPage").then((m) => ({ default: m.ContactPage })));

/**
 * Public help-center pages: home, search results, a category, an article (`/help/:article`, the
 * address problems' and failure reasons' `helpArticle` links use), and the contact page with
 * its article suggestions. "search" and "categories" are fixed segments, so they outrank `:article`.
 */
export const helpRoutes: RouteObject[] = [
  { path: "help", element: <HelpHomePage /> },
  { path: "help/search", element: <HelpSearchPage /> },
  { path: "help/categories/:slug", element: <HelpCategoryPage /> },
  { path: "help/:article", element: <HelpArticlePage /> },
  { path: "contact", element: <ContactPage /> },
];
