import { useQueryClient } from "@tanstack/react-query";
import {
  createContext,
  type ReactNode,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useRef,
  useState,
} from "react";
import {
  EVENTS_URL,
  type PresenceStatus,
  parseSupportEvent,
  SUPPORT_EVENT_TYPES,
  type SupportEvent,
  setPresence,
} from "../../api/consoleLive";
import { INCOMING_CALL_EVENT, type IncomingCall, parseIncomingCall } from "../../api/phone";
import { consoleKeys } from "./queries";

/** Presence is posted this often while the console is open (the server counts 2 minutes as online). */
export const PRESENCE_HEARTBEAT_MS = 60_000;
/** A new ticket stays highlighted in the queue this long. */
export const FRESH_MS = 60_000;
/** While the event stream is down, lists are asked again this often instead. */
export const POLL_MS = 30_000;
const RECONNECT_MS = 15_000;
/** An incoming-call toast stays this long unless dismissed (a phone does not ring longer). */
export const CALL_TOAST_MS = 60_000;
const PRESENCE_KEY = "satchel.console.presence";

type Listener = (event: SupportEvent) => void;

interface ConsoleLive {
  /** The event stream is open: lists need no polling. */
  connected: boolean;
  /** Tickets created since the console opened (for a short while), to highlight in the queue. */
  fresh: ReadonlySet<string>;
  /** The latest new ticket, for a polite announcement. */
  latestNew: { id: string; number: string | null } | null;
  presence: PresenceStatus;
  changePresence: (status: PresenceStatus) => void;
  /** Hears every event (the ticket page follows viewers.changed); returns the way to stop. */
  subscribe: (listener: Listener) => () => void;
  /** Phones ringing now (the voice provider's call.incoming), newest last, for the toast. */
  incomingCalls: IncomingCall[];
  dismissCall: (callId: string) => void;
}

const LiveContext = createContext<ConsoleLive | null>(null);

export function useConsoleLive(): ConsoleLive {
  const live = useContext(LiveContext);
  if (!live) throw new Error("useConsoleLive() is only for pages inside the console");
  return live;
}

function savedPresence(): PresenceStatus {
  try {
    return window.localStorage.getItem(PRESENCE_KEY) === "away" ? "away" : "online";
  } catch {
    return "online";
  }
}

/**
 * The console's live link, while a console page is open: the event stream (each
 * event refreshes the lists and the ticket it is about), the presence heartbeat and the
 * Online/Away choice (remembered in this browser).
 */
export function ConsoleLiveProvider({ children }: { children: ReactNode }) {
  const queryClient = useQueryClient();
  const [connected, setConnected] = useState(false);
  const [fresh, setFresh] = useState<ReadonlySet<string>>(new Set());
  const [latestNew, setLatestNew] = useState<ConsoleLive["latestNew"]>(null);
  const [presence, setPresenceState] = useState<PresenceStatus>(savedPresence);
  const listeners = useRef(new Set<Listener>());
  const [incomingCalls, setIncomingCalls] = useState<IncomingCall[]>([]);

  const dismissCall = useCallback((callId: string) => {
    setIncomingCalls((prev) => prev.filter((c) => c.callId !== callId));
  }, []);
  const onIncomingCall = useCallback(
    (call: IncomingCall) => {
      setIncomingCalls((prev) => [...prev.filter((c) => c.callId !== call.callId), call].slice(-3));
      window.setTimeout(() => dismissCall(call.callId), CALL_TOAST_MS);
    },
    [dismissCall],
  );

  const onEvent = useCallback(
    (event: SupportEvent) => {
      if (event.type !== "viewers.changed") {
        void queryClient.invalidateQueries({ queryKey: consoleKeys.queueAll });
        void queryClient.invalidateQueries({ queryKey: consoleKeys.counts });
        void queryClient.invalidateQueries({ queryKey: consoleKeys.ticket(event.ticketId) });
      }
      if (event.type === "ticket.created") {
        setFresh((prev) => new Set(prev).add(event.ticketId));
        setLatestNew({ id: event.ticketId, number: event.number });
        window.setTimeout(() => {
          setFresh((prev) => {
            const next = new Set(prev);
            next.delete(event.ticketId);
            return next;
          });
        }, FRESH_MS);
      }
      for (const listener of listeners.current) listener(event);
    },
    [queryClient],
  );

  // The event stream. EventSource reconnects by itself after a dropped connection; a refused one
  // (signed out, server without the route) is closed for good, so it is opened again later.
  useEffect(() => {
    if (typeof EventSource === "undefined") return;
    let source: EventSource | null = null;
    let retry: number | undefined;
    let stopped = false;
    let openedBefore = false;
    const open = () => {
      source = new EventSource(EVENTS_URL);
      source.onopen = () => {
        setConnected(true);
        // Whatever happened while the stream was down.
        if (openedBefore) void queryClient.invalidateQueries({ queryKey: consoleKeys.all });
        openedBefore = true;
      };
      source.onerror = () => {
        setConnected(false);
        if (source?.readyState === EventSource.CLOSED && !stopped) {
          retry = window.setTimeout(open, RECONNECT_MS);
        }
      };
      for (const type of SUPPORT_EVENT_TYPES) {
        source.addEventListener(type, (message) => {
          const event = parseSupportEvent(type, (message as MessageEvent<string>).data);
          if (event) onEvent(event);
        });
      }
      source.addEventListener(INCOMING_CALL_EVENT, (message) => {
        const call = parseIncomingCall((message as MessageEvent<string>).data);
        if (call) onIncomingCall(call);
      });
    };
    open();
    return () => {
      stopped = true;
      window.clearTimeout(retry);
      source?.close();
      setConnected(false);
    };
  }, [onEvent, onIncomingCall, queryClient]);

  // The heartbeat: the chosen status now, then every minute.
  useEffect(() => {
    const beat = () => void setPresence(presence).catch(() => undefined);
    beat();
    const timer = window.setInterval(beat, PRESENCE_HEARTBEAT_MS);
    return () => window.clearInterval(timer);
  }, [presence]);

  const changePresence = useCallback((status: PresenceStatus) => {
    setPresenceState(status);
    try {
      window.localStorage.setItem(PRESENCE_KEY, status);
    } catch {
      // not remembered; the choice still holds for this visit
    }
  }, []);

  const subscribe = useCallback((listener: Listener) => {
    listeners.current.add(listener);
    return () => {
      listeners.current.delete(listener);
    };
  }, []);

  const value = useMemo(
    () => ({ connected, fresh, latestNew, presence, changePresence, subscribe, incomingCalls, dismissCall }),
    [connected, fresh, latestNew, presence, changePresence, subscribe, incomingCalls, dismissCall],
  );
  return <LiveContext.Provider value={value}>{children}</LiveContext.Provider>;
}
