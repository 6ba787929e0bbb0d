import type { RouteObject } from "react-router";
import { HelpPage } from "../HelpPage";

/** Public help-center pages (home, categories, articles, search, contact). PLACEHOLDER: replaced by its owner. */
export const helpRoutes: RouteObject[] = [
  { path: "help", element: <HelpPage /> },
  { path: "help/:article", element: <HelpPage /> },
];
