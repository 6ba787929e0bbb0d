import type { RouteObject } from "react-router";

/** Staff pages of the help center (articles and editor, categories, synonyms, analytics). Mounted inside RequireAuth. PLACEHOLDER: replaced by its owner. */
export const staffHelpRoutes: RouteObject[] = [];
