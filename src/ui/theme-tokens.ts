/**
 * Two-tier theming shared by every shop-guide element: the public `--shop-guide-*` tokens (README,
 * "Theming") feed private `--_*` variables. Plain text (no Lit): the first script's launcher uses it too.
 * Goes inside a `:host { }` rule.
 */
export const themeTokensText = `--_accent:var(--shop-guide-accent,#2563eb);--_accent-contrast:var(--shop-guide-accent-contrast,#ffffff);--_surface:var(--shop-guide-surface,#ffffff);--_surface-alt:var(--shop-guide-surface-alt,#f3f4f6);--_text:var(--shop-guide-text,#1f2937);--_muted:var(--shop-guide-muted,#6b7280);--_border:var(--shop-guide-border,#e5e7eb);--_radius:var(--shop-guide-radius,14px);--_font:var(--shop-guide-font,system-ui,-apple-system,'Segoe UI',Roboto,'PingFang SC','Microsoft YaHei',sans-serif);`;
