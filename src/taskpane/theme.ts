import { isDarkColor } from "./isDarkColor";

/** The part of `Office.context.officeTheme` the pane follows. */
export interface ThemeColors {
  bodyBackgroundColor: string;
  bodyForegroundColor: string;
  controlBackgroundColor?: string;
  controlForegroundColor?: string;
}

/**
 * Follows the Office theme when Office reports one: its body colours become the pane's, and
 * `data-theme` picks the light or dark token set for everything derived (brand, badges, strokes).
 * Without a theme (Excel on the web in some hosts, the preview) the CSS falls back to
 * `prefers-color-scheme`; `forced-colors` (Windows high contrast) always wins in the CSS.
 */
export function applyTheme(root: HTMLElement, theme: ThemeColors | undefined | null): void {
  if (!theme || !/^#/.test(theme.bodyBackgroundColor ?? "")) {
    root.removeAttribute("data-theme");
    return;
  }
  root.setAttribute("data-theme", isDarkColor(theme.bodyBackgroundColor) ? "dark" : "light");
  root.style.setProperty("--koyo-bg", theme.bodyBackgroundColor);
  root.style.setProperty("--koyo-fg", theme.bodyForegroundColor);
  if (theme.controlBackgroundColor) root.style.setProperty("--koyo-control-bg", theme.controlBackgroundColor);
  if (theme.controlForegroundColor) root.style.setProperty("--koyo-control-fg", theme.controlForegroundColor);
}
