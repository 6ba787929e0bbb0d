import { lazy } from "react";
import type { RouteObject } from "react-router";

const ChatEmbedPage = lazy(() => import("./ChatEmbedPage").then((m) => ({ default: m.ChatEmbedPage })));

/** Public: the chat widget inside the iframe that /chat-widget.js puts on any page. */
export const publicChatRoutes: RouteObject[] = [{ path: "chat/embed", element: <ChatEmbedPage /> }];
