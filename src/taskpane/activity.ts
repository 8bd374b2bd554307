import { h } from "./dom";

/** Shows progress after this long: quick work only changes the status line (issue 4: progress for work over a second). */
const PROGRESS_DELAY_MS = 1000;

export type StatusKind = "info" | "error";

/**
 * A section's status line (aria-live, so screen readers hear results) and its progress bar.
 * The bar appears only once work has lasted {@link PROGRESS_DELAY_MS}.
 */
export class Activity {
  readonly element: HTMLElement;
  private readonly status: HTMLElement;
  private readonly progress: HTMLProgressElement;
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(name: string) {
    this.status = h("div", { className: "koyo-status", attrs: { role: "status", "aria-live": "polite", "data-activity": name } });
    this.progress = h("progress", { className: "koyo-progress", attrs: { "aria-label": name } });
    this.progress.hidden = true;
    this.element = h("div", {}, this.progress, this.status);
  }

  start(text: string): void {
    this.report(text);
    this.progress.removeAttribute("value"); // indeterminate until the first step is known
    clearTimeout(this.timer);
    this.timer = setTimeout(() => (this.progress.hidden = false), PROGRESS_DELAY_MS);
  }

  step(done: number, total: number, text: string): void {
    this.progress.max = Math.max(total, 1);
    this.progress.value = done;
    this.report(text);
  }

  finish(text: string, kind: StatusKind = "info"): void {
    clearTimeout(this.timer);
    this.progress.hidden = true;
    this.report(text, kind);
  }

  private report(text: string, kind: StatusKind = "info"): void {
    this.status.textContent = text;
    this.status.setAttribute("data-kind", kind);
  }
}
