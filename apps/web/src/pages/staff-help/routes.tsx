import { lazy } from "react";
import type { RouteObject } from "react-router";
import { RequireRole } from "../../auth/RequireRole";

// Staff pages are opened by few people, so each is loaded on first use (Layout shows "Loading…").
const ArticleListPage = lazy(() =>
  import("./articles/ArticleListPage").then((m) => ({ default: m.ArticleListPage })),
);
const ArticleEditorPage = lazy(() =>
  import("./editor/ArticleEditorPage").then((m) => ({ default: m.ArticleEditorPage })),
);
const NewArticlePage = lazy(() =>
  import("./editor/NewArticlePage").then((m) => ({ default: m.NewArticlePage })),
);
const CategoriesPage = lazy(() =>
  import("./taxonomy/CategoriesPage").then((m) => ({ default: m.CategoriesPage })),
);
const SynonymsPage = lazy(() => import("./taxonomy/SynonymsPage").then((m) => ({ default: m.SynonymsPage })));
const AnalyticsPage = lazy(() =>
  import("./analytics/AnalyticsPage").then((m) => ({ default: m.AnalyticsPage })),
);

/**
 * Staff pages of the help center (articles and editor, categories, synonyms, analytics), for
 * agents and admins; publishing and categories are for admins (checked inside, and by the server).
 * Mounted inside RequireAuth.
 */
export const staffHelpRoutes: RouteObject[] = [
  {
    path: "admin/help",
    element: <RequireRole allow="agent" />,
    children: [
      { index: true, element: <ArticleListPage /> },
      { path: "articles/new", element: <NewArticlePage /> },
      { path: "articles/:slug", element: <ArticleEditorPage /> },
      { path: "categories", element: <CategoriesPage /> },
      { path: "synonyms", element: <SynonymsPage /> },
      { path: "analytics", element: <AnalyticsPage /> },
    ],
  },
];
